#include "io/nato_workbook.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "core/vintage.hpp"
#include "io/sheet_scan.hpp"

namespace fardeau::io {
namespace {

struct LabelIso {
  std::string_view label;
  std::string_view iso3;
};

// Row labels as NATO prints them, with the older and alternative spellings its tables
// have used (Czech Republic until 2022, Turkey until 2022, Slovakia/Slovak Republic).
// Iceland has no armed forces and normally no row; its label is known so a row for it
// imports rather than fails.
constexpr LabelIso kNatoLabels[] = {
    {"Albania", "ALB"},
    {"Belgium", "BEL"},
    {"Bulgaria", "BGR"},
    {"Canada", "CAN"},
    {"Croatia", "HRV"},
    {"Czechia", "CZE"},
    {"Czech Republic", "CZE"},
    {"Denmark", "DNK"},
    {"Estonia", "EST"},
    {"Finland", "FIN"},
    {"France", "FRA"},
    {"Germany", "DEU"},
    {"Greece", "GRC"},
    {"Hungary", "HUN"},
    {"Iceland", "ISL"},
    {"Italy", "ITA"},
    {"Latvia", "LVA"},
    {"Lithuania", "LTU"},
    {"Luxembourg", "LUX"},
    {"Montenegro", "MNE"},
    {"Netherlands", "NLD"},
    {"The Netherlands", "NLD"},
    {"North Macedonia", "MKD"},
    {"Republic of North Macedonia", "MKD"},
    {"Norway", "NOR"},
    {"Poland", "POL"},
    {"Portugal", "PRT"},
    {"Romania", "ROU"},
    {"Slovak Republic", "SVK"},
    {"Slovakia", "SVK"},
    {"Slovenia", "SVN"},
    {"Spain", "ESP"},
    {"Sweden", "SWE"},
    {"T\xC3\xBCrkiye", "TUR"},
    {"Turkiye", "TUR"},
    {"Turkey", "TUR"},
    {"United Kingdom", "GBR"},
    {"United States", "USA"},
    {"United States of America", "USA"},
    {"NATO Europe and Canada", kNatoEuropeCanada},
    {"NATO Europe & Canada", kNatoEuropeCanada},
    {"NATO Total", kNatoTotal},
};

/// A label split into its parts: "Sweden (Kronor)*" -> plain "Sweden", currency
/// "Kronor", footnote mark.
struct Label {
  std::string plain;
  std::string currency;
  bool footnote = false;
};

Label split_label(std::string_view text) {
  Label out;
  std::string s;
  for (char c : trim_text(text)) {
    if (c == '*')
      out.footnote = true;
    else
      s += c;
  }
  std::string_view v = trim_text(s);
  if (!v.empty() && v.back() == ')') {
    auto open = v.rfind('(');
    if (open != std::string_view::npos && open > 0) {
      out.currency = std::string(trim_text(v.substr(open + 1, v.size() - open - 2)));
      v = trim_text(v.substr(0, open));
    }
  }
  out.plain = std::string(v);
  return out;
}

// ---------------------------------------------------------------- series definitions

struct SeriesSpec {
  std::string_view id;                       // "{B}" stands for the base year
  std::string_view unit;                     // idem
  std::array<std::string_view, 2> keywords;  // subtitle matches if it contains either
  std::string_view what;                     // for messages: "constant prices"
};

struct TableSpec {
  std::string_view sheet;
  std::vector<SeriesSpec> series;
};

const std::vector<TableSpec>& table_specs() {
  static const std::vector<TableSpec> kTables = {
      {"Table 1",
       {{"defexp_ncu_current_m",
         "million national currency, current prices",
         {"current", ""},
         "current prices"},
        {"defexp_ncu_const{B}_m",
         "million national currency, constant {B} prices",
         {"constant", ""},
         "constant prices"}}},
      {"Table 2",
       {{"defexp_usd_current_m",
         "million US dollars, current prices and exchange rates",
         {"current", ""},
         "current prices"},
        {"defexp_usd_const{B}_m",
         "million US dollars, constant {B} prices and exchange rates",
         {"constant", ""},
         "constant prices"}}},
      {"Table 3",
       {{"defexp_pct_gdp",
         "% of real GDP (based on {B} prices)",
         {"share", "% of"},
         "share of real GDP"},
        {"defexp_real_change_pct",
         "% annual real change (based on {B} prices)",
         {"change", ""},
         "annual real change"}}},
      {"Table 5",
       {{"gdp_usd_current_m",
         "million US dollars, current prices and exchange rates",
         {"current", ""},
         "current prices"},
        {"gdp_usd_const{B}_m",
         "million US dollars, constant {B} prices and exchange rates",
         {"constant", ""},
         "constant prices"}}},
      {"Table 6",
       {{"gdp_per_capita_const{B}_kusd",
         "thousand US dollars per capita, constant {B} prices",
         {"gdp", ""},
         "GDP per capita"},
        {"defexp_per_capita_const{B}_usd",
         "US dollars per capita, constant {B} prices",
         {"defence", "expenditure"},
         "defence expenditure per capita"}}},
      {"Table 7",
       {{"military_personnel_k",
         "thousand military personnel",
         {"personnel", ""},
         "military personnel"}}},
      {"Table 8a",
       {{"equipment_share_pct",
         "% of defence expenditure (equipment incl. R&D on major equipment)",
         {"equipment", ""},
         "equipment"},
        {"personnel_share_pct",
         "% of defence expenditure (personnel incl. pensions)",
         {"personnel", ""},
         "personnel"}}},
      {"Table 8b",
       {{"infrastructure_share_pct",
         "% of defence expenditure (infrastructure)",
         {"infrastructure", ""},
         "infrastructure"},
        {"other_share_pct",
         "% of defence expenditure (other, incl. O&M and other R&D)",
         {"other", ""},
         "other"}}},
  };
  return kTables;
}

std::string with_base(std::string_view pattern, int base_year) {
  std::string out(pattern);
  auto p = out.find("{B}");
  if (p != std::string::npos) out.replace(p, 3, std::to_string(base_year));
  return out;
}

bool matches(const SeriesSpec& s, std::string_view subtitle) {
  for (std::string_view k : s.keywords)
    if (!k.empty() && contains_icase(subtitle, k)) return true;
  return false;
}

// ---------------------------------------------------------------- sheet structure

/// One block found in a sheet: its header row, years by column, its subtitle.
struct Block {
  std::uint32_t header_row = 0;
  std::uint32_t end_row = 0;  // one past the last row that may hold its data
  std::vector<std::pair<std::uint32_t, YearHeader>> years;  // (column, year)
  std::string subtitle;
  std::optional<CellPos> subtitle_pos;
  const SeriesSpec* spec = nullptr;
  const YearHeader* year_at(std::uint32_t col) const {  // years are sorted by column
    auto it = std::lower_bound(years.begin(), years.end(), col,
                               [](const auto& e, std::uint32_t c) { return e.first < c; });
    return it != years.end() && it->first == col ? &it->second : nullptr;
  }
};

bool is_known_label(std::string_view text) { return !text.empty() && nato_iso3(text); }

/// Year headers of row `r` when it is a header row: column A holds no country label and
/// at least two year cells follow in increasing order.
std::optional<std::vector<std::pair<std::uint32_t, YearHeader>>> header_years(const Sheet& sheet,
                                                                              std::uint32_t r) {
  if (is_known_label(cell_text(sheet.at(r, 0)))) return std::nullopt;
  if (sheet.at(r, 0).is_number()) return std::nullopt;
  std::vector<std::pair<std::uint32_t, YearHeader>> years;
  for (const Sheet::Entry& e : sheet.row_entries(r)) {
    if (e.col == 0) continue;
    auto y = parse_year_header(e.cell);
    if (!y) continue;
    if (!years.empty() && y->year <= years.back().second.year) return std::nullopt;
    years.emplace_back(e.col, *y);
  }
  if (years.size() < 2) return std::nullopt;
  return years;
}

bool is_notes_row(std::string_view text) {
  return starts_with_icase(text, "note") || starts_with_icase(text, "source");
}

bool row_has_values(const Sheet& sheet, std::uint32_t r) {
  for (const Sheet::Entry& e : sheet.row_entries(r))
    if (e.col > 0) return true;
  return false;
}

/// Where a year appears in a title or subtitle that names the price base.
struct BaseYearSighting {
  int year;
  std::string where;
};

/// Find the blocks of one table and match them to its series.
Result<std::vector<Block>> find_blocks(const Sheet& sheet, const TableSpec& table,
                                       std::vector<BaseYearSighting>& base_years) {
  std::vector<Block> blocks;
  const std::vector<std::uint32_t> rows = sheet.stored_rows();
  std::uint32_t end = sheet.row_count();
  for (std::uint32_t r : rows) {
    std::string_view a = cell_text(sheet.merged_at(r, 0));
    if (is_notes_row(a)) {
      end = r;
      break;
    }
    if (auto years = header_years(sheet, r)) {
      Block b;
      b.header_row = r;
      b.years = std::move(*years);
      blocks.push_back(std::move(b));
    }
  }
  for (std::size_t i = 0; i < blocks.size(); ++i)
    blocks[i].end_row = i + 1 < blocks.size() ? blocks[i + 1].header_row : end;
  if (blocks.empty())
    return make_error(ErrorCode::data_error,
                      "no header row of years (column A empty, then e.g. 2014 ... 2025e)",
                      sheet.where());

  // The title: a text starting with the sheet name above the first block.
  bool titled = false;
  for (std::uint32_t r : rows) {
    if (r >= blocks.front().header_row || titled) break;
    for (const Sheet::Entry& e : sheet.row_entries(r))
      titled = titled || starts_with_icase(cell_text(e.cell), table.sheet);
  }
  if (!titled)
    return make_error(ErrorCode::data_error,
                      "no title: expected a row starting with '" + std::string(table.sheet) +
                          "' above the first header row",
                      sheet.where(0, 0));

  // Subtitles: the header row's own column-A text, else the nearest column-A text above
  // it that is not a data row of the previous block.
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    Block& b = blocks[i];
    std::string_view own = cell_text(sheet.merged_at(b.header_row, 0));
    if (!own.empty() && !equals_icase(own, "country") && !equals_icase(own, "countries")) {
      b.subtitle = std::string(own);
      b.subtitle_pos = CellPos{b.header_row, 0};
    } else {
      std::uint32_t floor = i == 0 ? 0 : blocks[i - 1].header_row + 1;
      auto from = std::lower_bound(rows.begin(), rows.end(), floor);
      auto to = std::lower_bound(rows.begin(), rows.end(), b.header_row);
      for (auto it = to; it != from;) {
        const std::uint32_t r = *--it;
        std::string_view t = cell_text(sheet.merged_at(r, 0));
        if (t.empty()) continue;
        if (is_known_label(split_label(t).plain)) break;  // previous block's data
        b.subtitle = std::string(t);
        b.subtitle_pos = CellPos{r, 0};
        break;
      }
    }
  }

  // Base years named in titles and subtitles (rows that are not data rows).
  for (std::uint32_t r : rows) {
    if (r >= end) break;
    std::string_view t = cell_text(sheet.merged_at(r, 0));
    if (t.empty() || is_known_label(split_label(t).plain)) continue;
    if (auto y = price_base_year(t)) base_years.push_back({*y, sheet.where(r, 0)});
  }

  // Match blocks to series.
  if (blocks.size() == 1 && table.series.size() == 1) {
    blocks[0].spec = &table.series[0];
    return blocks;
  }
  for (Block& b : blocks) {
    const SeriesSpec* found = nullptr;
    int n = 0;
    for (const SeriesSpec& s : table.series)
      if (matches(s, b.subtitle)) {
        found = &s;
        ++n;
      }
    std::string expected;
    for (const SeriesSpec& s : table.series)
      expected += (expected.empty() ? "'" : " or '") + std::string(s.what) + "'";
    std::string where = b.subtitle_pos ? sheet.where(b.subtitle_pos->row, b.subtitle_pos->col)
                                       : sheet.where(b.header_row, 0);
    if (n != 1)
      return make_error(ErrorCode::data_error,
                        "cannot tell which series the block with header row " +
                            std::to_string(b.header_row + 1) + " holds: its title '" +
                            b.subtitle.substr(0, 80) + "' names " +
                            (n == 0 ? "none" : "more than one") + " of " + expected,
                        where);
    for (const Block& other : blocks)
      if (&other != &b && other.spec == found)
        return make_error(ErrorCode::data_error,
                          "a second '" + std::string(found->what) +
                              "' block (the first has "
                              "header row " +
                              std::to_string(other.header_row + 1) + ")",
                          where);
    b.spec = found;
  }
  for (const SeriesSpec& s : table.series) {
    bool present = false;
    for (const Block& b : blocks) present = present || b.spec == &s;
    if (!present)
      return make_error(ErrorCode::data_error,
                        "no '" + std::string(s.what) +
                            "' block: expected a title naming it above a header row of years",
                        sheet.where());
  }
  return blocks;
}

Status import_block(const Sheet& sheet, const TableSpec& table, const Block& b, int base_year,
                    NatoImport& out) {
  const std::string indicator = with_base(b.spec->id, base_year);
  const std::string unit = with_base(b.spec->unit, base_year);
  std::unordered_map<std::string, std::uint32_t> row_of;
  const std::vector<std::uint32_t> rows = sheet.stored_rows();
  for (auto rit = std::upper_bound(rows.begin(), rows.end(), b.header_row);
       rit != rows.end() && *rit < b.end_row; ++rit) {
    const std::uint32_t r = *rit;
    const auto cells = sheet.row_entries(r);
    const Cell& label_cell = sheet.at(r, 0);
    std::string_view text = cell_text(label_cell);
    if (!label_cell.empty() && text.empty())
      return make_error(ErrorCode::data_error,
                        "expected a country label in column A, found " + describe_cell(label_cell) +
                            " (columns shifted?)",
                        sheet.where(r, 0));
    if (text.empty()) {
      for (const Sheet::Entry& e : cells)
        if (e.cell.is_number())
          return make_error(ErrorCode::data_error,
                            "a number in a row with no country label in column A (columns "
                            "shifted?)",
                            sheet.where(r, e.col));
      continue;  // a row of notes outside column A
    }
    Label label = split_label(text);
    auto iso = nato_iso3(label.plain);
    if (!iso) {
      // A text-only row inside a block: the next block's subtitle, a unit line, a note.
      if (!row_has_values(sheet, r)) continue;
      return make_error(ErrorCode::data_error,
                        "unknown country label '" + std::string(text).substr(0, 60) +
                            "' (NATO labels known to fardeau are in io/nato_workbook.cpp)",
                        sheet.where(r, 0));
    }
    std::string iso3(*iso);
    auto [it, fresh] = row_of.try_emplace(iso3, r);
    if (!fresh)
      return make_error(ErrorCode::data_error,
                        "duplicate row: '" + label.plain + "' already has a row in the '" +
                            std::string(b.spec->what) + "' block, at row " +
                            std::to_string(it->second + 1),
                        sheet.where(r, 0));
    if (label.footnote) out.footnoted.insert(iso3);
    if (!label.currency.empty() && table.sheet == "Table 1")
      out.national_currency[iso3] = label.currency;
    for (const Sheet::Entry& e : cells) {
      const std::uint32_t c = e.col;
      const Cell& cell = e.cell;
      if (c == 0) continue;
      const YearHeader* year = b.year_at(c);
      if (!year) {
        if (cell.is_number())
          return make_error(ErrorCode::data_error,
                            "a number in column " + column_name(c) +
                                ", which has no year header: columns shifted?",
                            sheet.where(r, c));
        continue;
      }
      if (cell.is_text() && is_not_available_marker(cell_text(cell))) continue;
      if (!cell.is_number())
        return make_error(ErrorCode::data_error,
                          "expected a number for " + std::to_string(year->year) +
                              (year->estimate ? "e" : "") + ", found " + describe_cell(cell) +
                              " (NATO marks unpublished values '..' or leaves them empty)",
                          sheet.where(r, c));
      if (!out.panel.add(iso3, indicator, unit, year->year,
                         Observation{cell.number, year->estimate}))
        return make_error(ErrorCode::data_error,
                          fmt::format("duplicate value for {} {} {}", iso3, indicator, year->year),
                          sheet.where(r, c));
    }
  }
  if (row_of.empty())
    return make_error(ErrorCode::data_error, "the block has no country rows",
                      sheet.where(b.header_row, 0));
  return ok_status();
}

}  // namespace

std::optional<std::string_view> nato_iso3(std::string_view label) {
  Label l = split_label(label);
  for (const LabelIso& e : kNatoLabels)
    if (equals_icase(l.plain, e.label)) return e.iso3;
  return std::nullopt;
}

Result<NatoImport> import_nato_workbook(const XlsxReader& book) {
  try {
    struct Loaded {
      const TableSpec* table;
      Sheet sheet;
      std::vector<Block> blocks;
    };
    std::vector<Loaded> loaded;
    std::vector<BaseYearSighting> base_years;
    for (const TableSpec& t : table_specs()) {
      FARDEAU_TRY(sheet, book.read_sheet(t.sheet));
      FARDEAU_TRY(blocks, find_blocks(sheet, t, base_years));
      loaded.push_back({&t, std::move(sheet), std::move(blocks)});
    }
    if (base_years.empty())
      return make_error(ErrorCode::data_error,
                        "no price base year: expected a title or subtitle such as 'Constant "
                        "2021 prices' or '(based on 2021 prices)'",
                        book.name());
    for (const BaseYearSighting& s : base_years)
      if (s.year != base_years.front().year)
        return make_error(ErrorCode::data_error,
                          "this title names " + std::to_string(s.year) + " prices but " +
                              base_years.front().where + " names " +
                              std::to_string(base_years.front().year) + " prices",
                          s.where);
    NatoImport out;
    out.base_year = base_years.front().year;
    for (const Loaded& l : loaded)
      for (const Block& b : l.blocks)
        if (auto st = import_block(l.sheet, *l.table, b, out.base_year, out); !st)
          return st.error();
    return out;
  } catch (...) {
    return import_exception_error(book.name());
  }
}

}  // namespace fardeau::io

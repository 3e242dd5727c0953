#include "io/nato_workbook.hpp"

#include <algorithm>
#include <array>
#include <memory>
#include <span>
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
// Iceland has no armed forces and no defence rows, but Tables 5 and 6 print its GDP (it
// is in NATO's GDP aggregates), so its label is known.
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
    {"Republic of T\xC3\xBCrkiye", "TUR"},
    {"Czechia (Czech Republic)", "CZE"},
    {"NATO Europe and Canada", kNatoEuropeCanada},
    {"NATO Europe & Canada", kNatoEuropeCanada},
    {"NATO Total", kNatoTotal},
};

/// A label split into its parts: "Sweden*   (Kronor)" -> plain "Sweden", currency
/// "Kronor", footnote mark. Runs of spaces inside the name count as one.
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
  for (char c : v)
    if (c != ' ' || out.plain.empty() || out.plain.back() != ' ') out.plain += c;
  return out;
}

/// The code of a label already split (split_label().plain).
std::optional<std::string_view> iso3_of_plain(std::string_view plain) {
  for (const LabelIso& e : kNatoLabels)
    if (equals_icase(plain, e.label)) return e.iso3;
  return std::nullopt;
}

// ---------------------------------------------------------------- series definitions

struct SeriesSpec {
  std::string_view id;                       // "{B}" stands for the base year
  std::string_view unit;                     // idem
  std::array<std::string_view, 2> keywords;  // subtitle matches if it contains either
  std::string_view what;                     // for messages: "constant prices"
};

struct TableSpec {
  std::string_view table;  // "1" ... "8b"
  std::string_view name;   // for messages
  std::vector<SeriesSpec> series;
};

const std::vector<TableSpec>& table_specs() {
  static const std::vector<TableSpec> kTables = {
      {"1",
       "Defence expenditure (national currency)",
       {{"defexp_ncu_current_m",
         "million national currency, current prices",
         {"current", ""},
         "current prices"},
        {"defexp_ncu_const{B}_m",
         "million national currency, constant {B} prices",
         {"constant", ""},
         "constant prices"}}},
      {"2",
       "Defence expenditure (US dollars)",
       {{"defexp_usd_current_m",
         "million US dollars, current prices and exchange rates",
         {"current", ""},
         "current prices"},
        {"defexp_usd_const{B}_m",
         "million US dollars, constant {B} prices and exchange rates",
         {"constant", ""},
         "constant prices"}}},
      {"3",
       "Defence expenditure as a share of GDP",
       {{"defexp_pct_gdp",
         "% of real GDP (based on {B} prices)",
         {"share", "% of"},
         "share of real GDP"},
        {"defexp_real_change_pct",
         "% annual real change (based on {B} prices)",
         {"change", ""},
         "annual real change"}}},
      {"5",
       "GDP",
       {{"gdp_usd_current_m",
         "million US dollars, current prices and exchange rates",
         {"current", ""},
         "current prices"},
        {"gdp_usd_const{B}_m",
         "million US dollars, constant {B} prices and exchange rates",
         {"constant", ""},
         "constant prices"}}},
      {"6",
       "GDP and defence expenditure per capita",
       {{"gdp_per_capita_const{B}_kusd",
         "thousand US dollars per capita, constant {B} prices",
         {"gdp", ""},
         "GDP per capita"},
        {"defexp_per_capita_const{B}_usd",
         "US dollars per capita, constant {B} prices",
         {"defence", "expenditure"},
         "defence expenditure per capita"}}},
      {"7",
       "Military personnel",
       {{"military_personnel_k",
         "thousand military personnel",
         {"personnel", ""},
         "military personnel"}}},
      {"8a",
       "Distribution of defence expenditure (equipment, personnel)",
       {{"equipment_share_pct",
         "% of defence expenditure (equipment incl. R&D on major equipment)",
         {"equipment", ""},
         "equipment"},
        {"personnel_share_pct",
         "% of defence expenditure (personnel incl. pensions)",
         {"personnel", ""},
         "personnel"}}},
      {"8b",
       "Distribution of defence expenditure (infrastructure, other)",
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

bool matches(const SeriesSpec& s, std::string_view heading) {
  for (std::string_view k : s.keywords)
    if (!k.empty() && contains_icase(heading, k)) return true;
  return false;
}

const TableSpec* table_spec(std::string_view table) {
  for (const TableSpec& t : table_specs())
    if (t.table == table) return &t;
  return nullptr;
}

std::string expected_series(const TableSpec& t) {
  std::string out;
  for (const SeriesSpec& s : t.series)
    out += (out.empty() ? "'" : " or '") + std::string(s.what) + "'";
  return out;
}

/// "Table 3 : Defence expenditure..." starts with "Table" and the table's number.
bool is_table_title(std::string_view text, std::string_view table) {
  if (!starts_with_icase(text, "table")) return false;
  std::string_view rest = trim_text(text.substr(5));
  if (!starts_with_icase(rest, table)) return false;
  rest.remove_prefix(table.size());
  if (rest.empty()) return true;
  char c = rest.front();
  bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return !alnum;
}

bool is_notes_text(std::string_view text) {
  return starts_with_icase(text, "note") || starts_with_icase(text, "source:");
}

bool is_ref_error(const Cell& c) {
  return (c.type == CellType::error || c.type == CellType::text) && trim_text(c.text) == "#REF!";
}

// ---------------------------------------------------------------- one sheet

struct YearColumn {
  std::uint32_t col;
  YearHeader year;
};

struct Heading {
  std::string text;
  CellPos pos;
};

/// Reads one table sheet row by row (see the header for the rules).
class SheetParser {
 public:
  SheetParser(const Sheet& sheet, const TableSpec& table, NatoImport& out)
      : sheet_(sheet), table_(table), out_(out) {}

  /// Pass 1: structure, base years and values into the blocks; the indicator ids need
  /// the workbook's base year, known only once every sheet is read.
  Status parse(std::vector<std::pair<int, std::string>>& base_years);
  /// Pass 2: the values into the panel with the workbook's base year.
  Status commit(int base_year);

 private:
  struct Value {
    std::string entity;
    int year;
    Observation obs;
    CellPos pos;
  };
  struct Block {
    const SeriesSpec* spec = nullptr;
    Heading heading;
    std::unordered_map<std::string, std::uint32_t> row_of;
    std::vector<Value> values;
    std::vector<int> estimate_years;
    int first_year = 0, last_year = 0;
  };

  Status header_row(std::uint32_t r, std::vector<YearColumn> years);
  Status data_row(std::uint32_t r, const Label& label, std::string_view iso3,
                  std::uint32_t label_col);
  Status unlabelled_row(std::uint32_t r, std::span<const Sheet::Entry> cells);
  Result<const SeriesSpec*> series_for_run(std::uint32_t r, Heading& heading) const;
  void add_heading(std::string_view text, CellPos pos) {
    headings_.push_back({std::string(text), pos});
    if (auto y = price_base_year(text))
      base_years_->emplace_back(*y, sheet_.where(pos.row, pos.col));
  }
  void skip(std::uint32_t r, std::uint32_t c, std::string why) {
    out_.report.skipped.push_back({sheet_.where(r, c), std::move(why)});
  }
  const YearColumn* year_at(std::uint32_t col) const {
    auto it = std::lower_bound(years_.begin(), years_.end(), col,
                               [](const YearColumn& y, std::uint32_t c) { return y.col < c; });
    return it != years_.end() && it->col == col ? &*it : nullptr;
  }

  const Sheet& sheet_;
  const TableSpec& table_;
  NatoImport& out_;
  std::vector<YearColumn> years_;  // the current header row's, by column
  std::optional<CellPos> header_pos_;
  std::vector<Heading> headings_;  // text rows since the last data row, top to bottom
  bool titled_ = false;
  bool in_run_ = false;  // the previous non-skipped row was a data row
  std::vector<Block> blocks_;
  std::vector<std::pair<int, std::string>>* base_years_ = nullptr;
};

/// Year cells of a row, in column order, when it is a header row: at least two year
/// cells, increasing. Validation of holes is the caller's (it needs the location).
std::vector<YearColumn> year_cells(std::span<const Sheet::Entry> cells) {
  std::vector<YearColumn> years;
  for (const Sheet::Entry& e : cells)
    if (auto y = parse_year_header(e.cell)) {
      if (!years.empty() && y->year <= years.back().year.year) return {};
      years.push_back({e.col, *y});
    }
  if (years.size() < 2) return {};
  return years;
}

Status SheetParser::header_row(std::uint32_t r, std::vector<YearColumn> years) {
  for (std::size_t i = 1; i < years.size(); ++i) {
    const YearColumn &a = years[i - 1], &b = years[i];
    if (b.col != a.col + 1) {
      const Cell& hole = sheet_.at(r, a.col + 1);
      return make_error(
          ErrorCode::data_error,
          fmt::format("the year header has a hole: {} between {}{} ({}) and {}{} "
                      "({}); every column from the first year to the last needs "
                      "a year",
                      hole.empty() ? std::string("an empty cell") : describe_cell(hole),
                      a.year.year, a.year.estimate ? "e" : "", cell_ref(r, a.col), b.year.year,
                      b.year.estimate ? "e" : "", cell_ref(r, b.col)),
          sheet_.where(r, a.col + 1));
    }
    if (b.year.year != a.year.year + 1)
      return make_error(ErrorCode::data_error,
                        fmt::format("the year header skips from {} to {}: a year is missing",
                                    a.year.year, b.year.year),
                        sheet_.where(r, b.col));
  }
  years_ = std::move(years);
  header_pos_ = CellPos{r, years_.front().col};
  in_run_ = false;
  // Text left of the years on the header row itself ("Current prices   2014 2015 ..."):
  // a heading unless it is a column caption.
  for (const Sheet::Entry& e : sheet_.row_entries(r)) {
    if (e.col >= years_.front().col) break;
    std::string_view t = cell_text(e.cell);
    if (!t.empty() && !equals_icase(t, "country") && !equals_icase(t, "countries"))
      add_heading(t, {r, e.col});
  }
  return ok_status();
}

Result<const SeriesSpec*> SheetParser::series_for_run(std::uint32_t r, Heading& heading) const {
  const std::vector<SeriesSpec>& series = table_.series;
  for (std::size_t k = headings_.size(); k-- > 0;) {  // nearest first
    const Heading& h = headings_[k];
    if (is_table_title(h.text, table_.table)) continue;
    const SeriesSpec* found = nullptr;
    int n = 0;
    for (const SeriesSpec& s : series)
      if (matches(s, h.text)) {
        found = &s;
        ++n;
      }
    if (n == 0) continue;
    if (n > 1)
      return make_error(ErrorCode::data_error,
                        fmt::format("the block title '{}' names more than one of {}",
                                    h.text.substr(0, 80), expected_series(table_)),
                        sheet_.where(h.pos.row, h.pos.col));
    heading = h;
    return found;
  }
  if (series.size() == 1) {  // Table 7: the table's own title names the series
    heading = headings_.empty() ? Heading{} : headings_.back();
    for (const Heading& h : headings_)
      if (is_table_title(h.text, table_.table)) heading = h;
    return &series.front();
  }
  // Locate the error at the title that should have named the series: the nearest
  // heading above the run, else the run's first row.
  for (std::size_t k = headings_.size(); k-- > 0;)
    if (const Heading& h = headings_[k]; !is_table_title(h.text, table_.table))
      return make_error(
          ErrorCode::data_error,
          fmt::format("cannot tell which series the rows from {} hold: the "
                      "block title '{}' names none of {}",
                      cell_ref(r, 0).substr(1), h.text.substr(0, 80), expected_series(table_)),
          sheet_.where(h.pos.row, h.pos.col));
  return make_error(
      ErrorCode::data_error,
      fmt::format("country rows with no block title above them naming {}", expected_series(table_)),
      sheet_.where(r, 0));
}

Status SheetParser::data_row(std::uint32_t r, const Label& label, std::string_view iso3_code,
                             std::uint32_t label_col) {
  if (years_.empty())
    return make_error(ErrorCode::data_error,
                      "a country row above any header row of years (e.g. 2014 ... 2024e)",
                      sheet_.where(r, label_col));
  if (!titled_)
    return make_error(ErrorCode::data_error,
                      fmt::format("no title: expected a row starting with 'Table {}' above the "
                                  "first header row",
                                  table_.table),
                      sheet_.where(0, 0));
  if (!in_run_) {
    Heading heading;
    FARDEAU_TRY(spec, series_for_run(r, heading));
    for (const Block& other : blocks_)
      if (other.spec == spec)
        return make_error(
            ErrorCode::data_error,
            fmt::format("a second '{}' block in this sheet (the first is titled '{}' at {})",
                        spec->what, other.heading.text.substr(0, 60),
                        cell_ref(other.heading.pos.row, other.heading.pos.col)),
            sheet_.where(heading.pos.row, heading.pos.col));
    Block b;
    b.spec = spec;
    b.heading = heading.text.empty() ? Heading{"", *header_pos_} : heading;
    for (const YearColumn& y : years_)
      if (y.year.estimate) b.estimate_years.push_back(y.year.year);
    b.first_year = years_.front().year.year;
    b.last_year = years_.back().year.year;
    blocks_.push_back(std::move(b));
    headings_.clear();
    in_run_ = true;
  }
  Block& b = blocks_.back();
  const std::string iso3(iso3_code);
  auto [it, fresh] = b.row_of.try_emplace(iso3, r);
  if (!fresh)
    return make_error(ErrorCode::data_error,
                      fmt::format("duplicate row: '{}' already has a row in the '{}' block, at "
                                  "row {}",
                                  label.plain, b.spec->what, it->second + 1),
                      sheet_.where(r, label_col));
  if (label.footnote) out_.footnoted.insert(iso3);
  if (!label.currency.empty() && table_.table == "1") out_.national_currency[iso3] = label.currency;
  for (const Sheet::Entry& e : sheet_.row_entries(r)) {
    const std::uint32_t c = e.col;
    const Cell& cell = e.cell;
    if (c <= label_col) continue;
    const YearColumn* year = year_at(c);
    if (!year) {
      if (cell.is_number())
        return make_error(ErrorCode::data_error,
                          fmt::format("a number in column {}, which has no year header (the "
                                      "years are in {} to {}): columns shifted?",
                                      column_name(c), column_name(years_.front().col),
                                      column_name(years_.back().col)),
                          sheet_.where(r, c));
      continue;
    }
    if (cell.empty() ||
        (cell.is_text() && (cell_text(cell).empty() || is_not_available_marker(cell_text(cell)))))
      continue;
    if (is_ref_error(cell)) {
      skip(r, c,
           fmt::format("'#REF!' (a broken formula) for {} {}: no value imported", iso3,
                       year->year.year));
      continue;
    }
    if (!cell.is_number())
      return make_error(
          ErrorCode::data_error,
          fmt::format("expected a number for {}{}, found {} (NATO marks "
                      "unpublished values '..' or leaves them empty)",
                      year->year.year, year->year.estimate ? "e" : "", describe_cell(cell)),
          sheet_.where(r, c));
    b.values.push_back({iso3,
                        year->year.year,
                        Observation{cell.number, year->year.estimate, label.footnote},
                        {r, c}});
  }
  return ok_status();
}

Status SheetParser::unlabelled_row(std::uint32_t r, std::span<const Sheet::Entry> cells) {
  bool all_ref = true, all_zero = true, any_value = false;
  for (const Sheet::Entry& e : cells) {
    if (cell_text(e.cell).empty() && !e.cell.is_number() && e.cell.type != CellType::error)
      continue;
    any_value = true;
    all_ref = all_ref && is_ref_error(e.cell);
    all_zero = all_zero && e.cell.is_number() && e.cell.number == 0.0;
  }
  if (!any_value) return ok_status();
  const std::uint32_t c0 = cells.front().col;
  if (all_ref) {
    skip(r, c0, "row of '#REF!' values with no label skipped (stale formulas)");
    return ok_status();
  }
  if (all_zero && !years_.empty()) {
    skip(r, c0, "row of zeros with no label skipped");
    return ok_status();
  }
  for (const Sheet::Entry& e : cells)
    if (e.cell.is_number())
      return make_error(ErrorCode::data_error,
                        "a number in a row with no country label left of the years (columns "
                        "shifted?)",
                        sheet_.where(r, e.col));
  // Text only, right of where labels go: a heading placed over the value columns.
  for (const Sheet::Entry& e : cells)
    if (!cell_text(e.cell).empty()) add_heading(cell_text(e.cell), {r, e.col});
  return ok_status();
}

Status SheetParser::parse(std::vector<std::pair<int, std::string>>& base_years) {
  base_years_ = &base_years;
  const std::vector<std::uint32_t> rows = sheet_.stored_rows();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const std::uint32_t r = rows[i];
    const auto cells = sheet_.row_entries(r);
    if (cells.empty()) continue;
    // The first text of the row, for titles and notes.
    std::string_view first_text;
    std::uint32_t first_text_col = 0;
    for (const Sheet::Entry& e : cells)
      if (!cell_text(e.cell).empty()) {
        first_text = cell_text(e.cell);
        first_text_col = e.col;
        break;
      }
    if (!first_text.empty() && is_notes_text(first_text) &&
        (years_.empty() || first_text_col < years_.front().col)) {
      skip(r, first_text_col,
           fmt::format("notes from here on ({} stored rows) are not data", rows.size() - i));
      break;
    }
    if (!first_text.empty() && is_table_title(first_text, table_.table)) titled_ = true;
    if (auto years = year_cells(cells); !years.empty()) {
      bool labelled = false;  // a country row whose values happen to look like years
      for (const Sheet::Entry& e : cells)
        if (e.col < years.front().col && nato_iso3(cell_text(e.cell))) labelled = true;
      if (!labelled) {
        auto st = header_row(r, std::move(years));
        if (!st) return st;
        continue;
      }
    }
    // The label: the first cell left of the year columns.
    const Sheet::Entry* label = nullptr;
    for (const Sheet::Entry& e : cells)
      if (years_.empty() || e.col < years_.front().col) {
        if (e.cell.is_number() || e.cell.type == CellType::boolean ||
            e.cell.type == CellType::error || !cell_text(e.cell).empty()) {
          label = &e;
          break;
        }
      }
    if (!label) {
      auto st = unlabelled_row(r, cells);
      if (!st) return st;
      continue;
    }
    std::string_view text = cell_text(label->cell);
    if (text.empty())
      return make_error(ErrorCode::data_error,
                        fmt::format("expected a country label or a title in column {}, found {} "
                                    "(columns shifted?)",
                                    column_name(label->col), describe_cell(label->cell)),
                        sheet_.where(r, label->col));
    const Label parts = split_label(text);
    if (auto iso3 = iso3_of_plain(parts.plain)) {
      auto st = data_row(r, parts, *iso3, label->col);
      if (!st) return st;
      continue;
    }
    // A text row that is no country: a heading, unless values follow it.
    for (const Sheet::Entry& e : cells)
      if (e.col > label->col && e.cell.is_number())
        return make_error(ErrorCode::data_error,
                          fmt::format("unknown country label '{}' (NATO labels known to fardeau "
                                      "are in io/nato_workbook.cpp)",
                                      std::string(text).substr(0, 60)),
                          sheet_.where(r, label->col));
    in_run_ = false;
    for (const Sheet::Entry& e : cells)
      if (!cell_text(e.cell).empty()) add_heading(cell_text(e.cell), {r, e.col});
  }
  if (!titled_)
    return make_error(
        ErrorCode::data_error,
        fmt::format("no title: expected a row starting with 'Table {}'", table_.table),
        sheet_.where(0, 0));
  if (blocks_.empty())
    return make_error(
        ErrorCode::data_error,
        years_.empty() ? "no header row of years (e.g. 2014 ... 2024e)"
                       : "no country rows under the header row of years",
        header_pos_ ? sheet_.where(header_pos_->row, header_pos_->col) : sheet_.where());
  for (const SeriesSpec& s : table_.series) {
    bool present = false;
    for (const Block& b : blocks_) present = present || b.spec == &s;
    if (!present)
      return make_error(ErrorCode::data_error,
                        fmt::format("no '{}' block: expected a title naming it above its "
                                    "country rows",
                                    s.what),
                        sheet_.where());
  }
  return ok_status();
}

Status SheetParser::commit(int base_year) {
  for (const Block& b : blocks_) {
    const std::string indicator = with_base(b.spec->id, base_year);
    const std::string unit = with_base(b.spec->unit, base_year);
    for (const Value& v : b.values)
      if (!out_.panel.add(v.entity, indicator, unit, v.year, v.obs))
        return make_error(ErrorCode::data_error,
                          fmt::format("duplicate value for {} {} {}", v.entity, indicator, v.year),
                          sheet_.where(v.pos.row, v.pos.col));
    FoundBlock f;
    f.sheet = sheet_.name();
    f.title = b.heading.text;
    f.where = sheet_.where(b.heading.pos.row, b.heading.pos.col);
    f.indicator = indicator;
    f.unit = unit;
    f.base_year = b.spec->id.find("{B}") != std::string_view::npos ? base_year : 0;
    f.rows = b.row_of.size();
    f.values = b.values.size();
    f.first_year = b.first_year;
    f.last_year = b.last_year;
    f.estimate_years = b.estimate_years;
    out_.report.blocks.push_back(std::move(f));
  }
  return ok_status();
}

}  // namespace

std::optional<std::string_view> nato_iso3(std::string_view label) {
  return iso3_of_plain(split_label(label).plain);
}

std::optional<std::string> nato_table_of_sheet(std::string_view sheet_name) {
  std::string compact;
  for (char c : trim_text(sheet_name))
    if (c != ' ' && c != '_' && c != '.' && c != '-') compact += c;
  if (!starts_with_icase(compact, "table")) return std::nullopt;
  std::string id = lower_ascii(std::string_view(compact).substr(5));
  std::size_t digits = 0;
  while (digits < id.size() && id[digits] >= '0' && id[digits] <= '9') ++digits;
  if (digits == 0 || digits > 2 || id[0] == '0') return std::nullopt;
  if (id.size() > digits + 1) return std::nullopt;
  if (id.size() == digits + 1 && (id.back() < 'a' || id.back() > 'z')) return std::nullopt;
  return id;
}

bool looks_like_nato_workbook(const XlsxReader& book) {
  for (const std::string& s : book.sheet_names())
    if (auto t = nato_table_of_sheet(s); t && (table_spec(*t) || *t == "4")) return true;
  return false;
}

Result<NatoImport> import_nato_workbook(const XlsxReader& book) {
  try {
    NatoImport out;
    struct Loaded {
      const TableSpec* table;
      std::unique_ptr<Sheet> sheet;
      std::unique_ptr<SheetParser> parser;
    };
    std::vector<Loaded> loaded;
    std::map<std::string, std::string> sheet_of_table;
    std::vector<std::pair<int, std::string>> base_years;
    for (const std::string& name : book.sheet_names()) {
      FoundSheet found{name, "", false, ""};
      auto table = nato_table_of_sheet(name);
      if (table) found.table = *table;
      if (table) {
        auto [it, fresh] = sheet_of_table.try_emplace(*table, name);
        if (!fresh)
          return make_error(
              ErrorCode::data_error,
              fmt::format("two sheets hold Table {}: '{}' and '{}'", *table, it->second, name),
              book.name());
      }
      const TableSpec* spec = table ? table_spec(*table) : nullptr;
      if (!spec) {
        found.note = !table          ? "not a NATO table; not read"
                     : *table == "4" ? "Table 4 repeats Tables 2 and 3 (constant-price "
                                       "spending and shares of GDP of two years, and their "
                                       "ratio); not imported twice"
                                     : "a table fardeau does not know; not read";
        out.report.sheets.push_back(std::move(found));
        continue;
      }
      FARDEAU_TRY(sheet, book.read_sheet(name));
      auto owned = std::make_unique<Sheet>(std::move(sheet));
      auto parser = std::make_unique<SheetParser>(*owned, *spec, out);
      auto st = parser->parse(base_years);
      if (!st) return st.error();
      found.imported = true;
      found.note = std::string(spec->name);
      out.report.sheets.push_back(std::move(found));
      loaded.push_back({spec, std::move(owned), std::move(parser)});
    }
    if (loaded.empty()) {
      std::string sheets;
      for (const auto& s : book.sheet_names()) sheets += (sheets.empty() ? "" : ", ") + s;
      return make_error(ErrorCode::data_error,
                        fmt::format("no NATO table sheet (\"Table 1\" ... \"Table 8b\", any "
                                    "spelling such as \"TABLE1\"); sheets: {}",
                                    sheets.empty() ? "none" : sheets),
                        book.name());
    }
    for (const TableSpec& t : table_specs())
      if (!sheet_of_table.count(std::string(t.table)))
        out.report.skipped.push_back(
            {book.name(), fmt::format("no sheet for Table {} ({}): its series are not "
                                      "imported",
                                      t.table, t.name)});
    bool needs_base = false;
    for (const Loaded& l : loaded)
      for (const SeriesSpec& s : l.table->series)
        needs_base = needs_base || s.id.find("{B}") != std::string_view::npos;
    if (needs_base && base_years.empty())
      return make_error(ErrorCode::data_error,
                        "no price base year: expected a title such as 'Constant 2015 prices' "
                        "or 'Based on 2021 prices'",
                        book.name());
    for (const auto& [year, where] : base_years)
      if (year != base_years.front().first)
        return make_error(ErrorCode::data_error,
                          fmt::format("this title names {} prices but {} names {} prices", year,
                                      base_years.front().second, base_years.front().first),
                          where);
    out.base_year = base_years.empty() ? 0 : base_years.front().first;
    for (Loaded& l : loaded) {
      auto st = l.parser->commit(out.base_year);
      if (!st) return st.error();
    }
    return out;
  } catch (...) {
    return import_exception_error(book.name());
  }
}

}  // namespace fardeau::io

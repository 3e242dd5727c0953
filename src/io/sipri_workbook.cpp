#include "io/sipri_workbook.hpp"

#include <cmath>
#include <set>
#include <unordered_map>
#include <vector>

#include "io/country_names.hpp"
#include "io/sheet_scan.hpp"

namespace fardeau::io {
namespace {

struct Series {
  std::string sheet;      // sheet name as SIPRI writes it
  std::string indicator;  // id in data/sipri_milex_1949_2024_long.csv
  std::string unit;
  bool fraction = false;  // SIPRI stores a share as a fraction; the panel holds percent
};

// How far down a sheet the "Country" header may be (the real sheets have it in rows 6-8).
constexpr std::uint32_t kHeaderSearchRows = 60;

/// Years by column: the header row's consecutive run of year cells.
struct YearColumns {
  std::uint32_t header_row = 0;
  std::uint32_t first_col = 0;
  std::vector<int> years;  // years[i] is the year of column first_col + i
  std::optional<int> year_of(std::uint32_t col) const {
    if (col < first_col || col - first_col >= years.size()) return std::nullopt;
    return years[col - first_col];
  }
};

Result<YearColumns> find_header(const Sheet& sheet) {
  std::optional<std::uint32_t> header;
  std::optional<CellPos> elsewhere;
  for (std::uint32_t r : sheet.stored_rows()) {
    if (r >= kHeaderSearchRows) break;
    if (equals_icase(cell_text(sheet.merged_at(r, 0)), "Country")) {
      header = r;
      break;
    }
    for (const Sheet::Entry& e : sheet.row_entries(r))
      if (!elsewhere && e.col > 0 && equals_icase(cell_text(e.cell), "Country"))
        elsewhere = CellPos{r, e.col};
  }
  if (!header) {
    if (elsewhere)
      return make_error(ErrorCode::data_error,
                        "the 'Country' header is in column " + column_name(elsewhere->col) +
                            "; the SIPRI layout has it in column A (columns shifted?)",
                        sheet.where(elsewhere->row, elsewhere->col));
    return make_error(ErrorCode::data_error,
                      "no header row: expected 'Country' in column A of one of the first " +
                          std::to_string(kHeaderSearchRows) + " rows, with years to its right",
                      sheet.where());
  }
  YearColumns yc;
  yc.header_row = *header;
  const auto header_cells = sheet.row_entries(*header);
  std::size_t k = 0;
  for (; k < header_cells.size(); ++k) {
    const std::uint32_t c = header_cells[k].col;
    if (c == 0) continue;
    auto y = parse_year_header(header_cells[k].cell);
    if (!y) {
      if (!yc.years.empty()) break;  // the run of years has ended
      continue;
    }
    if (!yc.years.empty() && c != yc.first_col + yc.years.size()) break;  // a gap
    if (yc.years.empty()) {
      yc.first_col = c;
    } else if (y->year != yc.years.back() + 1) {
      return make_error(ErrorCode::data_error,
                        "year " + std::to_string(y->year) + " follows " +
                            std::to_string(yc.years.back()) +
                            "; expected consecutive years in adjacent columns",
                        sheet.where(*header, c));
    }
    yc.years.push_back(y->year);
  }
  if (yc.years.empty())
    return make_error(ErrorCode::data_error,
                      "the header row has no year columns (expected 1949, 1950, ...)",
                      sheet.where(*header, 0));
  // A year after the run (e.g. a second, shifted copy of the header) breaks the layout.
  for (; k < header_cells.size(); ++k)
    if (parse_year_header(header_cells[k].cell))
      return make_error(ErrorCode::data_error,
                        "a year header after a gap; expected one run of consecutive years",
                        sheet.where(*header, header_cells[k].col));
  return yc;
}

Status import_sheet(const Sheet& sheet, const Series& series, Panel& panel,
                    std::set<std::string>& countries) {
  FARDEAU_TRY(cols, find_header(sheet));
  std::unordered_map<std::string, std::uint32_t> row_of;  // iso3 -> first row (duplicates)
  for (std::uint32_t r : sheet.stored_rows()) {
    if (r <= cols.header_row) continue;
    const auto cells = sheet.row_entries(r);
    const Cell& name_cell = sheet.at(r, 0);
    std::optional<std::uint32_t> first_other, first_number;
    for (const Sheet::Entry& e : cells) {
      if (e.col == 0) continue;
      if (!first_other) first_other = e.col;
      if (e.cell.is_number() && !first_number) first_number = e.col;
    }
    std::string_view name = cell_text(name_cell);
    if (!name_cell.empty() && name.empty())
      return make_error(ErrorCode::data_error,
                        "expected a country name in column A, found " + describe_cell(name_cell),
                        sheet.where(r, 0));
    if (name.empty()) {
      if (first_number)
        return make_error(ErrorCode::data_error,
                          "a number in a row with no country name in column A (columns "
                          "shifted?)",
                          sheet.where(r, *first_number));
      continue;  // blank row, or a note outside column A
    }
    if (!first_other) continue;  // a region heading ("Europe", "Western Europe")
    auto iso = sipri_iso3(name);
    if (!iso)
      return make_error(ErrorCode::data_error,
                        "unknown country '" + std::string(name) +
                            "': not a SIPRI or World Bank name known to fardeau "
                            "(see data/reference/publisher_country_names.csv)",
                        sheet.where(r, 0));
    std::string iso3(*iso);
    auto [it, fresh] = row_of.try_emplace(iso3, r);
    if (!fresh)
      return make_error(ErrorCode::data_error,
                        "duplicate row: '" + std::string(name) + "' (" +
                            (iso3.empty() ? std::string("no ISO code") : iso3) +
                            ") already has a row in this sheet, at row " +
                            std::to_string(it->second + 1),
                        sheet.where(r, 0));
    countries.insert(iso3);
    for (const Sheet::Entry& e : cells) {
      const std::uint32_t c = e.col;
      const Cell& cell = e.cell;
      if (c == 0) continue;
      auto year = cols.year_of(c);
      if (!year) {
        if (cell.is_number())
          return make_error(ErrorCode::data_error,
                            "a number in column " + column_name(c) +
                                ", which has no year header (header " +
                                cell_ref(cols.header_row, c) + " is " +
                                describe_cell(sheet.at(cols.header_row, c)) + "): columns shifted?",
                            sheet.where(r, c));
        continue;  // notes, footnote marks
      }
      if (cell.is_text()) {
        std::string_view t = cell_text(cell);
        if (is_not_available_marker(t) || equals_icase(t, "xxx")) continue;
      }
      if (!cell.is_number())
        return make_error(ErrorCode::data_error,
                          "expected a number for " + std::to_string(*year) + ", found " +
                              describe_cell(cell) +
                              " (SIPRI marks missing data '. .' or '...' and years a state "
                              "did not exist 'xxx')",
                          sheet.where(r, c));
      double value = cell.number;
      if (series.fraction) value = round_decimals(value * 100.0, 10);
      if (!std::isfinite(value))
        return make_error(ErrorCode::data_error, "value out of range", sheet.where(r, c));
      if (!panel.add(iso3, series.indicator, series.unit, *year, Observation{value, false}))
        return make_error(ErrorCode::data_error,
                          "duplicate value for " + iso3 + " " + std::to_string(*year),
                          sheet.where(r, c));
    }
  }
  if (row_of.empty())
    return make_error(ErrorCode::data_error, "no country rows below the header",
                      sheet.where(cols.header_row, 0));
  return ok_status();
}

/// "Constant (2023) US$" -> 2023.
std::optional<int> constant_sheet_year(std::string_view name) {
  std::string_view t = trim_text(name);
  constexpr std::string_view kHead = "constant (";
  constexpr std::string_view kTail = ") us$";
  if (t.size() != kHead.size() + 4 + kTail.size()) return std::nullopt;
  if (!starts_with_icase(t, kHead) || !equals_icase(t.substr(kHead.size() + 4), kTail))
    return std::nullopt;
  auto y = parse_year_header(Cell{CellType::text, 0.0, std::string(t.substr(kHead.size(), 4))});
  if (!y || y->estimate) return std::nullopt;
  return y->year;
}

}  // namespace

std::optional<std::string_view> sipri_iso3(std::string_view name) {
  static const std::unordered_map<std::string_view, std::string_view> kByName = [] {
    std::unordered_map<std::string_view, std::string_view> m;
    if (auto names = embedded_country_names("sipri"))
      for (const CountryName& n : **names) m.emplace(n.name, n.iso3);
    return m;
  }();
  auto it = kByName.find(trim_text(name));
  if (it == kByName.end()) return std::nullopt;
  return it->second;
}

Result<SipriImport> import_sipri_workbook(const XlsxReader& book) {
  try {
    if (auto names = embedded_country_names("sipri"); !names) return names.error();
    // The constant-dollar sheet's name carries the base year.
    std::optional<std::string> constant_sheet;
    int base_year = 0;
    for (const std::string& s : book.sheet_names()) {
      auto y = constant_sheet_year(s);
      if (!y) continue;
      if (constant_sheet)
        return make_error(ErrorCode::data_error,
                          "two constant-dollar sheets, '" + *constant_sheet + "' and '" + s +
                              "'; expected one 'Constant (YYYY) US$'",
                          book.name());
      constant_sheet = s;
      base_year = *y;
    }
    if (!constant_sheet)
      return make_error(ErrorCode::not_found,
                        "no constant-dollar sheet: expected a sheet named like "
                        "'Constant (2023) US$'",
                        book.name());
    const std::string by = std::to_string(base_year);
    const std::vector<Series> series = {
        {"Current US$", "milex_usd_current_m",
         "million US dollars, current prices and exchange rates", false},
        {*constant_sheet, "milex_usd_const" + by + "_m",
         "million US dollars, constant " + by + " prices and exchange rates", false},
        {"Share of GDP", "milex_pct_gdp", "% of GDP", true},
        {"Per capita", "milex_per_capita_usd_current", "US dollars per capita, current prices",
         false},
        {"Share of Govt. spending", "milex_pct_govt_spending",
         "% of general government expenditure", true},
    };
    SipriImport out;
    out.base_year = base_year;
    std::set<std::string> countries;
    for (const Series& s : series) {
      FARDEAU_TRY(sheet, book.read_sheet(s.sheet));
      if (s.sheet == *constant_sheet) {
        // The title ("... in constant (2023) US$ m., ...") must name the same base year.
        FARDEAU_TRY(cols, find_header(sheet));
        for (std::uint32_t r = 0; r < cols.header_row; ++r) {
          auto y = price_base_year(cell_text(sheet.merged_at(r, 0)));
          if (y && *y != base_year)
            return make_error(ErrorCode::data_error,
                              "the title names constant " + std::to_string(*y) +
                                  " prices but the sheet is named '" + s.sheet + "'",
                              sheet.where(r, 0));
        }
      }
      if (auto st = import_sheet(sheet, s, out.panel, countries); !st) return st.error();
    }
    out.countries = countries.size();
    return out;
  } catch (...) {
    return import_exception_error(book.name());
  }
}

}  // namespace fardeau::io

#include "support/workbook_writer.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <sstream>

#include "io/csv_reader.hpp"
#include "io/number_parse.hpp"

namespace fardeau::testing {

void SheetModel::set(std::uint32_t row, std::uint32_t col, CellValue v) {
  if (rows.size() <= row) rows.resize(row + 1);
  if (rows[row].size() <= col) rows[row].resize(col + 1);
  rows[row][col] = std::move(v);
}

const CellValue& SheetModel::get(std::uint32_t row, std::uint32_t col) const {
  static const CellValue kEmpty{};
  if (row >= rows.size() || col >= rows[row].size()) return kEmpty;
  return rows[row][col];
}

SheetModel* WorkbookModel::find(std::string_view name) {
  for (SheetModel& s : sheets)
    if (s.name == name) return &s;
  return nullptr;
}

std::optional<std::string> write_xlsx(const WorkbookModel& model, bool inline_strings) {
  std::string path = (std::filesystem::temp_directory_path() / "fardeau-xlsx-XXXXXX").string();
  int fd = mkstemp(path.data());
  if (fd < 0) return std::nullopt;
  close(fd);
  lxw_workbook_options options{};
  options.constant_memory = inline_strings ? LXW_TRUE : LXW_FALSE;
  lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
  if (!wb) {
    std::remove(path.c_str());
    return std::nullopt;
  }
  bool ok = true;
  for (const SheetModel& s : model.sheets) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, s.name.c_str());
    if (!ws) {
      ok = false;
      break;
    }
    // Row by row (constant-memory mode requires it), merges first on their top row.
    for (std::uint32_t r = 0; r < s.rows.size(); ++r) {
      for (const io::CellRange& m : s.merges) {
        if (m.first.row != r) continue;
        const CellValue& v = s.get(m.first.row, m.first.col);
        const std::string* text = std::get_if<std::string>(&v);
        worksheet_merge_range(ws, m.first.row, static_cast<lxw_col_t>(m.first.col), m.last.row,
                              static_cast<lxw_col_t>(m.last.col), text ? text->c_str() : "",
                              nullptr);
      }
      for (std::uint32_t c = 0; c < s.rows[r].size(); ++c) {
        bool merged = false;
        for (const io::CellRange& m : s.merges) merged = merged || m.contains(r, c);
        if (merged) continue;
        const CellValue& v = s.rows[r][c];
        lxw_error e = LXW_NO_ERROR;
        if (const double* d = std::get_if<double>(&v))
          e = worksheet_write_number(ws, r, static_cast<lxw_col_t>(c), *d, nullptr);
        else if (const std::string* t = std::get_if<std::string>(&v))
          e = worksheet_write_string(ws, r, static_cast<lxw_col_t>(c), t->c_str(), nullptr);
        if (e != LXW_NO_ERROR) ok = false;
      }
    }
  }
  if (workbook_close(wb) != LXW_NO_ERROR) ok = false;
  std::optional<std::string> out;
  if (ok) {
    std::ifstream in(path, std::ios::binary);
    out = std::string(std::istreambuf_iterator<char>(in), {});
  }
  std::remove(path.c_str());
  return out;
}

std::vector<LongRow> read_long_rows(std::string_view csv_text) {
  io::CsvReader reader(csv_text, "long.csv");
  std::vector<std::string> f;
  std::vector<LongRow> rows;
  auto got = reader.next(f);  // header: iso3,country,year,indicator,unit,value,is_estimate,...
  while (true) {
    got = reader.next(f);
    if (!got || !*got) break;
    LongRow r;
    r.iso3 = f[0];
    r.country = f[1];
    r.year = static_cast<int>(io::parse_int(f[2], 1800, 2200).value_or(0));
    r.indicator = f[3];
    r.unit = f[4];
    r.value = io::parse_double(f[5]).value_or(0.0);
    r.estimate = f[6] == "1";
    rows.push_back(std::move(r));
  }
  return rows;
}

double xlsxwriter_stored(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.16G", v);
  return io::parse_double(buf).value_or(v);
}

namespace {

// ---------------------------------------------------------------- NATO layout

struct NatoBlock {
  std::string_view sheet;
  int block;  // 0 or 1
  std::string_view subtitle;
};

NatoBlock nato_block_of(std::string_view indicator) {
  static const std::map<std::string_view, NatoBlock> kBlocks = {
      {"defexp_ncu_current_m", {"Table 1", 0, "Current prices"}},
      {"defexp_ncu_const2021_m", {"Table 1", 1, "Constant 2021 prices"}},
      {"defexp_usd_current_m", {"Table 2", 0, "Current prices and exchange rates"}},
      {"defexp_usd_const2021_m", {"Table 2", 1, "Constant 2021 prices and exchange rates"}},
      {"defexp_pct_gdp", {"Table 3", 0, "Share of real GDP (%)"}},
      {"defexp_real_change_pct", {"Table 3", 1, "Annual real change (%)"}},
      {"gdp_usd_current_m", {"Table 5", 0, "Current prices and exchange rates"}},
      {"gdp_usd_const2021_m", {"Table 5", 1, "Constant 2021 prices and exchange rates"}},
      {"gdp_per_capita_const2021_kusd",
       {"Table 6", 0, "Real GDP per capita (thousand US dollars)"}},
      {"defexp_per_capita_const2021_usd",
       {"Table 6", 1, "Core defence expenditure per capita (US dollars)"}},
      {"military_personnel_k", {"Table 7", 0, ""}},  // one block, no subtitle
      {"equipment_share_pct", {"Table 8a", 0, "Equipment (a)"}},
      {"personnel_share_pct", {"Table 8a", 1, "Personnel (b)"}},
      {"infrastructure_share_pct", {"Table 8b", 0, "Infrastructure (c)"}},
      {"other_share_pct", {"Table 8b", 1, "Other (d)"}},
  };
  return kBlocks.at(indicator);
}

const std::map<std::string_view, std::string_view>& nato_titles() {
  static const std::map<std::string_view, std::string_view> kTitles = {
      {"Table 1", "Table 1: Core defence expenditure (million national currency)"},
      {"Table 2", "Table 2: Core defence expenditure (million US dollars)"},
      {"Table 3",
       "Table 3: Core defence expenditure as a share of real GDP and annual real change "
       "(based on 2021 prices)"},
      {"Table 5", "Table 5: Gross domestic product (million US dollars)"},
      {"Table 6", "Table 6: GDP per capita and core defence expenditure per capita (2021 prices)"},
      {"Table 7", "Table 7: Military personnel (thousands)"},
      {"Table 8a", "Table 8a: Core defence expenditure by category (% of total)"},
      {"Table 8b", "Table 8b: Core defence expenditure by category (% of total)"},
  };
  return kTitles;
}

/// How NATO prints a country: its own spellings, the footnote mark, the currency.
std::string nato_label(const LongRow& r, bool with_currency) {
  std::string label = r.country;
  if (r.iso3 == "SVK") label = "Slovak Republic";
  if (r.iso3 == "NATO_EUR_CAN") label = "NATO Europe and Canada";
  if (r.iso3 == "NATO_TOTAL") label = "NATO Total";
  if (r.iso3 == "SVN") label += "*";
  if (with_currency) {
    auto open = r.unit.find('('), close = r.unit.find(')');
    if (open != std::string::npos && close != std::string::npos && close > open)
      label += " (" + r.unit.substr(open + 1, close - open - 1) + ")";
  }
  return label;
}

}  // namespace

WorkbookModel nato_workbook_model(const std::vector<LongRow>& rows) {
  int first_year = 9999, last_year = 0;
  std::set<int> estimate_years;
  // sheet -> block -> entity label -> year -> value
  struct BlockData {
    std::map<std::string, std::map<int, double>> allies;      // sorted by label
    std::map<std::string, std::map<int, double>> aggregates;  // "NATO Europe...", "NATO Total"
  };
  std::map<std::string_view, std::map<int, BlockData>> data;
  for (const LongRow& r : rows) {
    NatoBlock b = nato_block_of(r.indicator);
    first_year = std::min(first_year, r.year);
    last_year = std::max(last_year, r.year);
    if (r.estimate) estimate_years.insert(r.year);
    std::string label = nato_label(r, b.sheet == "Table 1");
    bool aggregate = r.iso3.rfind("NATO_", 0) == 0;
    (aggregate ? data[b.sheet][b.block].aggregates : data[b.sheet][b.block].allies)[label][r.year] =
        r.value;
  }
  const auto ncols = static_cast<std::uint32_t>(last_year - first_year + 2);
  WorkbookModel wb;
  SheetModel contents;
  contents.name = "Contents";
  contents.set(0, 0, std::string("Defence Investment of NATO Countries (2014-2026)"));
  contents.set(2, 0, std::string("Table 1 ... Table 8b"));
  wb.sheets.push_back(std::move(contents));
  for (const auto& [sheet_name, title] : nato_titles()) {
    SheetModel s;
    s.name = std::string(sheet_name);
    std::uint32_t r = 0;
    s.set(r, 0, std::string(title));
    s.merges.push_back({{r, 0}, {r, ncols - 1}});
    r += 1;
    s.set(r, 0, std::string("Figures are for core defence expenditure as reported by Allies"));
    r += 2;  // a blank row
    for (const auto& [block_index, bd] : data[sheet_name]) {
      NatoBlock nb{};
      for (const LongRow& any : rows) {
        NatoBlock cand = nato_block_of(any.indicator);
        if (cand.sheet == sheet_name && cand.block == block_index) {
          nb = cand;
          break;
        }
      }
      if (!nb.subtitle.empty()) {
        s.set(r, 0, std::string(nb.subtitle));
        s.merges.push_back({{r, 0}, {r, ncols - 1}});
        ++r;
      }
      for (int y = first_year; y <= last_year; ++y) {
        auto col = static_cast<std::uint32_t>(y - first_year + 1);
        if (estimate_years.count(y))
          s.set(r, col, std::to_string(y) + "e");
        else
          s.set(r, col, static_cast<double>(y));
      }
      ++r;
      auto put_rows = [&](const std::map<std::string, std::map<int, double>>& entities,
                          bool aggregate) {
        for (const auto& [label, values] : entities) {
          s.set(r, 0, label);
          for (int y = first_year; y <= last_year; ++y) {
            auto col = static_cast<std::uint32_t>(y - first_year + 1);
            auto it = values.find(y);
            if (it != values.end())
              s.set(r, col, it->second);
            else if (!aggregate)
              s.set(r, col, std::string(".."));
          }
          ++r;
        }
      };
      put_rows(bd.allies, false);
      ++r;  // blank row before the aggregates
      if (!bd.aggregates.empty()) {
        // NATO lists "NATO Europe and Canada" before "NATO Total".
        put_rows(bd.aggregates, true);
        ++r;
      }
      ++r;
    }
    s.set(r, 0, std::string("Notes: figures for 2025 and 2026 are estimates."));
    s.set(r + 1, 0, std::string("* Slovenia: revised series."));
    s.set(r + 2, 0, std::string("2025e"));  // after "Notes": ignored, whatever it says
    s.set(r + 2, 1, 12345.0);
    wb.sheets.push_back(std::move(s));
  }
  return wb;
}

// ---------------------------------------------------------------- SIPRI layout

WorkbookModel sipri_workbook_model(const std::vector<LongRow>& rows) {
  struct SheetDef {
    std::string_view indicator, name, title;
    bool fraction;
    bool spacer;          // the constant sheet has an empty column between Country and Notes
    bool reporting_year;  // the government-spending sheet has a "Reporting year" column
  };
  static const SheetDef kSheets[] = {
      {"milex_usd_const2023_m", "Constant (2023) US$",
       "Military expenditure by country, in constant (2023) US$ m., 1949-2024      \xC2\xA9 SIPRI "
       "2024",
       false, true, false},
      {"milex_usd_current_m", "Current US$",
       "Military expenditure by country, in millions of US$ at current prices and exchange rates, "
       "1949-2024",
       false, false, false},
      {"milex_pct_gdp", "Share of GDP",
       "Military expenditure by country as percentage of gross domestic product, 1949-2024", true,
       false, false},
      {"milex_per_capita_usd_current", "Per capita",
       "Military expenditure per capita by country, in current US$, 1988-2024", false, false,
       false},
      {"milex_pct_govt_spending", "Share of Govt. spending",
       "Military expenditure by country as percentage of government spending, 1988-2024", true,
       false, true},
  };
  WorkbookModel wb;
  SheetModel front;
  front.name = "Front page";
  front.set(0, 0, std::string("SIPRI Military Expenditure Database"));
  wb.sheets.push_back(std::move(front));
  for (const SheetDef& def : kSheets) {
    std::map<std::string, std::map<int, double>> by_country;
    int first_year = 9999, last_year = 0;
    for (const LongRow& r : rows) {
      if (r.indicator != def.indicator) continue;
      by_country[r.country][r.year] = def.fraction ? r.value / 100.0 : r.value;
      first_year = std::min(first_year, r.year);
      last_year = std::max(last_year, r.year);
    }
    SheetModel s;
    s.name = std::string(def.name);
    s.set(0, 0, std::string(def.title));
    s.set(1, 0, std::string("Figures in blue are SIPRI estimates."));
    s.set(2, 0, std::string("\". .\" = data unavailable. \"xxx\" = country did not exist."));
    const std::uint32_t header = 5;
    std::uint32_t col = 0;
    s.set(header, col++, std::string("Country"));
    if (def.spacer) col++;
    s.set(header, col++, std::string("Notes"));
    if (def.reporting_year) s.set(header, col++, std::string("Reporting year"));
    const std::uint32_t first_col = col;
    for (int y = first_year; y <= last_year; ++y)
      s.set(header, first_col + static_cast<std::uint32_t>(y - first_year), static_cast<double>(y));
    std::uint32_t r = header + 2;  // a blank row, like SIPRI's
    std::size_t i = 0;
    const std::size_t half = by_country.size() / 2;
    for (const auto& [country, values] : by_country) {
      if (i == 0) s.set(r++, 0, std::string("Africa"));  // region headings
      if (i == half) s.set(r++, 0, std::string("Western Europe"));
      s.set(r, 0, country);
      if (i % 7 == 0)
        s.set(r, first_col - 1 - (def.reporting_year ? 1 : 0),
              std::string("\xC2\xA7"
                          "4"));
      for (int y = first_year; y <= last_year; ++y) {
        auto c = first_col + static_cast<std::uint32_t>(y - first_year);
        auto it = values.find(y);
        if (it != values.end())
          s.set(r, c, it->second);
        else
          s.set(r, c, std::string((r + c) % 3 == 0 ? "xxx" : (r + c) % 3 == 1 ? ". ." : "..."));
      }
      ++r;
      ++i;
    }
    wb.sheets.push_back(std::move(s));
  }
  SheetModel notes;
  notes.name = "Footnotes";
  notes.set(0, 0, std::string("Footnotes"));
  wb.sheets.push_back(std::move(notes));
  return wb;
}

}  // namespace fardeau::testing

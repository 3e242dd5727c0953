// Importer of SIPRI's Military Expenditure Database workbook
// (SIPRI-Milex-data-1949-YYYY.xlsx) into a Panel with the indicator ids and units of
// data/sipri_milex_1949_2024_long.csv.
//
// Sheets read (others, e.g. "Front page", "Local currency ...", "Footnotes", are ignored):
//   "Current US$"               -> milex_usd_current_m            million US$, current
//   "Constant (YYYY) US$"       -> milex_usd_constYYYY_m          million US$, YYYY prices
//   "Share of GDP"              -> milex_pct_gdp                  % (SIPRI stores a fraction: x100)
//   "Per capita"                -> milex_per_capita_usd_current   US$ per head, current
//   "Share of Govt. spending"   -> milex_pct_govt_spending        % (fraction x100)
// The base year YYYY comes from the sheet name and must agree with the sheet's title.
//
// The layout is recognised, not assumed. In each sheet:
//   * title and note rows, then a header row: "Country" in column A, year numbers
//     (1949, 1950, ...) in consecutive columns, other headers ("Notes", "Reporting
//     year", a blank spacer column) before the years;
//   * below it, country rows (name in column A) and region headings (a name alone);
//   * values: numbers; ". ." or "..." (not available) and "xxx" (the state did not
//     exist) are skipped, as are empty cells.
// Anything else is a located data_error: "Country" outside column A, a number under no
// year header or in a row with no name (shifted columns), text in a value cell, an
// unknown country name, the same country twice in a sheet.
//
// Shares are multiplied by 100 and rounded to 10 decimal places, exactly as
// data/scripts/build.py did, so the import equals the embedded CSV value for value.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "core/panel.hpp"
#include "io/xlsx_reader.hpp"

namespace fardeau::io {

struct SipriImport {
  Panel panel;        ///< entities are ISO3 codes (see sipri_iso3)
  int base_year = 0;  ///< price base of the constant-dollar sheet (2023 in the 2025 edition)
  std::size_t countries = 0;  ///< distinct country rows read (all sheets)
};

/// Import the five series from an open SIPRI workbook. All or nothing: the first layout
/// or value problem is returned as an Error located at its sheet and cell.
Result<SipriImport> import_sipri_workbook(const XlsxReader& book);

/// ISO3 code of a country as SIPRI names it, among SIPRI's spellings in
/// data/reference/publisher_country_names.csv: the World Bank WDI name list (vintage
/// 2018-02-22) plus SIPRI's own spellings ("Türkiye", "Congo, DR", "USSR" -> SUN, ...),
/// as in data/scripts/build.py. "Yemen, North" has no code and maps to "" (as in the
/// CSV). nullopt for an unknown name (or if the embedded table does not load, which the
/// build rules out).
std::optional<std::string_view> sipri_iso3(std::string_view name);

}  // namespace fardeau::io

// Importer of NATO's official workbook "def-exp-YYYY-en.xlsx" (Defence Expenditure /
// Defence Investment of NATO Countries) into a Panel with the indicator ids and units of
// data/nato_*_edition_long.csv, estimate and footnote flags included.
//
// Read against the official June 2024 file (240617-def-exp-2024-TABLES-en.xlsx, a test
// fixture) and the layout of the 2025-2026 files described by two independent parsers.
// Nothing is found by fixed position; every element is recognised by its content:
//
//   * Sheets: the table number in the sheet name, whatever the spelling ("TABLE1",
//     "Table 1", "table 8a"). Tables 1, 2, 3, 5, 6, 7, 8a and 8b are imported; Table 4
//     repeats Tables 2 and 3 (2014 and the last year at constant prices, shares of GDP)
//     and is listed, not imported; other sheets (contents, charts) are listed as such.
//   * The title: a text starting with "Table N" in any column above the first year row.
//   * Year header rows: at least two year cells ("2014", 2014, "2024e"; "e" marks an
//     estimate) in adjacent columns with consecutive years; a hole is an error. The first
//     year's column starts the values; labels and block titles are to its left (column A
//     in 2025-2026, B and C in 2024). One header row may serve several blocks (2024) or
//     each block may have its own (2025-2026).
//   * Rows: the label is the first cell left of the year columns. A NATO country label
//     ("Slovak Republic", "Czechia*", "Albania   (Leks)", "Türkiye") or an aggregate
//     ("NATO Europe and Canada", "NATO Total"), as NATO's spellings in
//     data/reference/publisher_country_names.csv list them, makes a data row; '*' (NATO's
//     footnote: national 2% laws) becomes the footnote flag of the ally's values and Table
//     1's "(currency)" the ally's currency. Any other text row is a heading.
//   * Blocks: a run of data rows takes its series from the nearest heading above it
//     (since the previous run) that names one: "Current prices", "Constant 2015 prices",
//     "Share of real GDP (%)", "Annual real change (%)", "GDP per capita", "Defence
//     expenditure per capita", "Equipment", "Personnel", "Infrastructure", "Other";
//     Table 7 has one series and needs none. The price base year comes from the headings
//     ("Constant 2015 prices", "Based on 2021 prices"); all must agree.
//   * A "Notes" row ends a sheet's data (what follows is notes and page numbers).
//   * Skipped, and reported with the cell: a row of '#REF!' values with no label (stale
//     formulas under the country rows), an unlabelled row of zeros, a '#REF!' cell in a
//     data row, the notes below the data. ".." / "-" / empty mean "not published".
//
// Failures (data_error, located at the sheet and cell): a run of data rows under no
// heading naming a series, a heading naming two, a series twice in a sheet, a year header
// with a hole, an unknown country label on a row with values, numbers in a row with no
// label or under no year, text in a value cell (other than '#REF!' and the markers above),
// a country twice in a block, headings naming two price bases, a sheet without its title,
// two sheets for one table, a workbook with no table sheet.
#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "core/panel.hpp"
#include "io/import_report.hpp"
#include "io/nato_labels.hpp"
#include "io/xlsx_reader.hpp"

namespace fardeau::io {

struct NatoImport {
  Panel panel;        ///< entities: ISO3 codes, NATO_EUR_CAN, NATO_TOTAL
  int base_year = 0;  ///< price base of the constant-price series (2015 in 2024, 2021 after)
  /// Entities whose label carries NATO's footnote mark '*' in any table (their values
  /// carry Observation::footnote in the tables where the mark is printed).
  std::set<std::string> footnoted;
  /// National currency as printed in Table 1 labels ("SWE" -> "Kronor"); the panel's
  /// unit for the national-currency series is generic because it holds one unit per
  /// indicator.
  std::map<std::string, std::string> national_currency;
  /// Sheets, blocks and skipped cells, for --dry-run and the import's warnings.
  ImportReport report;
};

/// Import the series of an open NATO workbook. All or nothing: the first problem is
/// returned as an Error located at its sheet and cell.
Result<NatoImport> import_nato_workbook(const XlsxReader& book);

/// The table a sheet name holds: "TABLE1" / "Table 1" / "table 8a" -> "1" / "1" / "8a";
/// nullopt for any other name.
std::optional<std::string> nato_table_of_sheet(std::string_view sheet_name);

/// True when the workbook has a sheet for one of NATO's tables (import detection).
bool looks_like_nato_workbook(const XlsxReader& book);

}  // namespace fardeau::io

// Test and benchmark support: build .xlsx workbooks in memory with libxlsxwriter from a
// simple cell model, and lay out the embedded long CSVs the way NATO's and SIPRI's
// workbooks do, so importers can be checked value for value against the CSVs.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "io/xlsx_reader.hpp"

namespace fardeau::testing {

using CellValue = std::variant<std::monostate, double, std::string>;

struct SheetModel {
  std::string name;
  std::vector<std::vector<CellValue>> rows;
  std::vector<io::CellRange> merges;  ///< the top-left cell's value is shown across the range

  /// Set the cell at 0-based (row, col), growing the grid as needed.
  void set(std::uint32_t row, std::uint32_t col, CellValue v);
  const CellValue& get(std::uint32_t row, std::uint32_t col) const;
};

struct WorkbookModel {
  std::vector<SheetModel> sheets;
  SheetModel* find(std::string_view name);
};

/// The .xlsx bytes of `model`, written by libxlsxwriter (through a temporary file: the
/// Debian 12 version cannot write to memory). Strings are shared strings, or inline
/// strings with `inline_strings` (libxlsxwriter's constant-memory mode). nullopt when
/// libxlsxwriter reports an error.
std::optional<std::string> write_xlsx(const WorkbookModel& model, bool inline_strings = false);

/// One row of a long CSV (data/*_long.csv).
struct LongRow {
  std::string iso3, country, indicator, unit;
  int year = 0;
  double value = 0;
  bool estimate = false;
};
std::vector<LongRow> read_long_rows(std::string_view csv_text);

/// A workbook in NATO's def-exp layout (sheets "Table 1" ... "Table 8b", see
/// io/nato_workbook.hpp) holding the rows of data/nato_2026_edition_long.csv.
WorkbookModel nato_workbook_model(const std::vector<LongRow>& rows);
/// A workbook in SIPRI's Milex layout holding the rows of
/// data/sipri_milex_1949_2024_long.csv (shares written back as fractions).
WorkbookModel sipri_workbook_model(const std::vector<LongRow>& rows);

/// A double as libxlsxwriter 1.1.4 stores it: printf "%.16G" (16 significant digits,
/// so 17-digit values do not survive exactly), read back.
double xlsxwriter_stored(double v);

}  // namespace fardeau::testing

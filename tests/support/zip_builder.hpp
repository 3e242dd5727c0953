// Test support: a zip archive built in memory with libzip, for hand-written .xlsx parts
// (cell types libxlsxwriter cannot write, malformed parts, non-workbook zips) and for
// the structure-aware fuzz target.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace fardeau::testing {

struct ZipEntry {
  std::string name;
  std::string data;
};

/// The bytes of a zip holding `entries` in order (deflated, or stored when `store`).
/// nullopt if libzip fails.
std::optional<std::string> make_zip(const std::vector<ZipEntry>& entries, bool store = false);

/// The parts of a minimal workbook: package and workbook relationships, workbook.xml
/// listing `sheets` (name, sheet XML) in order as xl/worksheets/sheetN.xml, and
/// xl/sharedStrings.xml when `shared_strings` is not empty (the whole <sst> XML).
std::vector<ZipEntry> minimal_workbook(
    const std::vector<std::pair<std::string, std::string>>& sheets,
    const std::string& shared_strings = {});

/// A worksheet part with `sheet_data` inside <sheetData> and `after` (e.g. <mergeCells>)
/// after it.
std::string worksheet_xml(const std::string& sheet_data, const std::string& after = {});

}  // namespace fardeau::testing

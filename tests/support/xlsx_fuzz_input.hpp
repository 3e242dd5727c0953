// What fuzz/xlsx_reader_fuzz.cpp does with one input, shared with the unit test that
// replays the inputs kept from fuzzing (tests/fixtures/fuzz/xlsx/).
//
// Two input modes, chosen by the first bytes:
//   * "PK..." : the input is an .xlsx (zip) as is;
//   * anything else: structure-aware. Mutating a zip mostly breaks its checksums, so the
//     input is split on "\n@@\n" into xl/worksheets/sheet1.xml, xl/sharedStrings.xml,
//     xl/workbook.xml, xl/_rels/workbook.xml.rels, _rels/.rels, then extra sheets
//     sheet2.xml ... (empty or missing parts get a default) and zipped with correct CRCs,
//     so mutations reach the XML readers. The default workbook.xml names every NATO and
//     SIPRI sheet ("Table 1" ... "Table 8b", then the five SIPRI sheets); name i reads
//     sheet part min(i, number of extra sheets) + 1, so the importers run on fuzzed grids.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace fardeau::testing {

/// The .xlsx bytes an input stands for (nullopt if libzip fails to build the zip).
std::optional<std::string> xlsx_from_fuzz_input(std::string_view input);

/// Open the workbook, read every sheet, run both importers; must return normally.
/// Returns the number of sheets read (for tests that want to see progress).
std::size_t exercise_xlsx(const std::string& bytes);

}  // namespace fardeau::testing

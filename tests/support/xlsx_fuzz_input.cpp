#include "support/xlsx_fuzz_input.hpp"

#include <vector>

#include "io/nato_workbook.hpp"
#include "io/sipri_workbook.hpp"
#include "io/xlsx_reader.hpp"
#include "support/zip_builder.hpp"

namespace fardeau::testing {
namespace {

const char* const kSheetNames[] = {
    "Table 1", "Table 2", "Table 3", "Table 5", "Table 6", "Table 7", "Table 8a", "Table 8b",
    "Current US$", "Constant (2023) US$", "Share of GDP", "Per capita", "Share of Govt. spending"};

std::string default_workbook() {
  std::string wb =
      "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>";
  int id = 1;
  for (const char* name : kSheetNames)
    wb += std::string("<sheet name=\"") + name + "\" sheetId=\"" + std::to_string(id++) +
          "\" r:id=\"rId1\"/>";
  return wb + "</sheets></workbook>";
}

}  // namespace

std::optional<std::string> xlsx_from_fuzz_input(std::string_view input) {
  if (input.size() >= 2 && input[0] == 'P' && input[1] == 'K') return std::string(input);
  static const std::string kDefaults[] = {
      "<worksheet><sheetData/></worksheet>",
      "<sst><si><t>Country</t></si></sst>",
      default_workbook(),
      "<Relationships><Relationship Id=\"rId1\" Type=\"x/worksheet\" "
      "Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"x/sharedStrings\" "
      "Target=\"sharedStrings.xml\"/></Relationships>",
      "<Relationships><Relationship Id=\"rId1\" Type=\"x/officeDocument\" "
      "Target=\"xl/workbook.xml\"/></Relationships>"};
  static const char* const kNames[] = {"xl/worksheets/sheet1.xml", "xl/sharedStrings.xml",
                                       "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                                       "_rels/.rels"};
  // The input's pieces first, defaults for the parts it does not give.
  std::vector<std::string> pieces;
  constexpr std::string_view kSep = "\n@@\n";
  while (pieces.size() < 5) {
    auto end = input.find(kSep);
    pieces.emplace_back(input.substr(0, end));
    if (end == std::string_view::npos) break;
    input = input.substr(end + kSep.size());
  }
  std::vector<ZipEntry> parts;
  for (std::size_t i = 0; i < 5; ++i)
    parts.push_back({kNames[i], i < pieces.size() ? pieces[i] : kDefaults[i]});
  return make_zip(parts, /*store=*/true);
}

std::size_t exercise_xlsx(const std::string& bytes) {
  io::XlsxLimits limits;
  limits.max_file_bytes = 1 << 20;
  limits.max_part_bytes = 4 << 20;
  limits.max_sheets = 64;
  auto book = io::XlsxReader::open_bytes(bytes, "fuzz.xlsx", limits);
  if (!book) return 0;
  std::size_t read = 0;
  for (const std::string& s : book->sheet_names()) {
    auto sheet = book->read_sheet(s);
    if (!sheet) continue;
    ++read;
    for (std::uint32_t r : sheet->stored_rows()) {
      for (const io::Sheet::Entry& e : sheet->row_entries(r)) (void)sheet->merged_at(r, e.col);
      (void)sheet->merged_at(r, 0);
    }
    (void)sheet->where(sheet->row_count(), sheet->column_count());
  }
  (void)io::import_sipri_workbook(*book);
  (void)io::import_nato_workbook(*book);
  return read;
}

}  // namespace fardeau::testing

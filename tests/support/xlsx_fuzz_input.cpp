#include "support/xlsx_fuzz_input.hpp"

#include <algorithm>
#include <vector>

#include "io/nato_workbook.hpp"
#include "io/sipri_workbook.hpp"
#include "io/xlsx_reader.hpp"
#include "support/zip_builder.hpp"

namespace fardeau::testing {
namespace {

const char* const kSheetNames[] = {"Table 1",
                                   "Table 2",
                                   "Table 3",
                                   "Table 5",
                                   "Table 6",
                                   "Table 7",
                                   "Table 8a",
                                   "Table 8b",
                                   "Current US$",
                                   "Constant (2023) US$",
                                   "Share of GDP",
                                   "Per capita",
                                   "Share of Govt. spending"};

/// workbook.xml naming every NATO and SIPRI sheet: name i reads sheet part
/// min(i, extra) + 1, so an input with extra sheet parts gives tables their own grids.
std::string default_workbook(std::size_t extra) {
  std::string wb =
      "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>";
  std::size_t i = 0;
  for (const char* name : kSheetNames) {
    wb += std::string("<sheet name=\"") + name + "\" sheetId=\"" + std::to_string(i + 1) +
          "\" r:id=\"rId" + std::to_string(std::min(i, extra) + 1) + "\"/>";
    ++i;
  }
  return wb + "</sheets></workbook>";
}

std::string default_workbook_rels(std::size_t extra) {
  std::string rels = "<Relationships>";
  for (std::size_t i = 0; i <= extra; ++i)
    rels += "<Relationship Id=\"rId" + std::to_string(i + 1) +
            "\" Type=\"x/worksheet\" Target=\"worksheets/sheet" + std::to_string(i + 1) +
            ".xml\"/>";
  return rels +
         "<Relationship Id=\"rIdS\" Type=\"x/sharedStrings\" Target=\"sharedStrings.xml\"/>"
         "</Relationships>";
}

}  // namespace

std::optional<std::string> xlsx_from_fuzz_input(std::string_view input) {
  if (input.size() >= 2 && input[0] == 'P' && input[1] == 'K') return std::string(input);
  // Pieces: sheet1, sharedStrings, workbook, workbook rels, package rels, then extra
  // sheets (sheet2, sheet3, ...); an empty piece or a missing one takes the default.
  constexpr std::size_t kMaxPieces = 5 + 16;
  std::vector<std::string> pieces;
  constexpr std::string_view kSep = "\n@@\n";
  while (pieces.size() < kMaxPieces) {
    auto end = input.find(kSep);
    pieces.emplace_back(input.substr(0, end));
    if (end == std::string_view::npos) break;
    input = input.substr(end + kSep.size());
  }
  const std::size_t extra = pieces.size() > 5 ? pieces.size() - 5 : 0;
  const std::string defaults[] = {
      "<worksheet><sheetData/></worksheet>", "<sst><si><t>Country</t></si></sst>",
      default_workbook(extra), default_workbook_rels(extra),
      "<Relationships><Relationship Id=\"rId1\" Type=\"x/officeDocument\" "
      "Target=\"xl/workbook.xml\"/></Relationships>"};
  const char* const names[] = {"xl/worksheets/sheet1.xml", "xl/sharedStrings.xml",
                               "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "_rels/.rels"};
  std::vector<ZipEntry> parts;
  for (std::size_t i = 0; i < 5; ++i)
    parts.push_back({names[i], i < pieces.size() && !pieces[i].empty() ? pieces[i] : defaults[i]});
  for (std::size_t i = 5; i < pieces.size(); ++i)
    parts.push_back({"xl/worksheets/sheet" + std::to_string(i - 3) + ".xml", pieces[i]});
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

// The xlsx reader: cell references, every cell type, sheet order, merged ranges, and one
// test per malformed input with its error code and location.
#include "io/xlsx_reader.hpp"

#include <gtest/gtest.h>

#include <string>

#include "support/workbook_writer.hpp"
#include "support/zip_builder.hpp"

namespace fardeau::io {
namespace {

using testing::make_zip;
using testing::minimal_workbook;
using testing::worksheet_xml;

const std::string kFixture =
    std::string(FARDEAU_SOURCE_DIR) + "/tests/fixtures/raw/SIPRI-Milex-data-1949-2024_2.xlsx";

XlsxReader open_ok(const std::string& bytes, const std::string& name = "t.xlsx") {
  auto r = XlsxReader::open_bytes(bytes, name);
  EXPECT_TRUE(r.ok()) << r.error().what();
  return std::move(r).value();
}

std::string zip_of(const std::vector<testing::ZipEntry>& entries, bool store = false) {
  auto z = make_zip(entries, store);
  EXPECT_TRUE(z.has_value());
  return z.value_or("");
}

/// A workbook with one sheet "Data" holding `sheet_data`.
std::string one_sheet(const std::string& sheet_data, const std::string& sst = {},
                      const std::string& after = {}) {
  return zip_of(minimal_workbook({{"Data", worksheet_xml(sheet_data, after)}}, sst));
}

// ---------------------------------------------------------------- references

TEST(xlsx_reader_test, cell_refs_parse_to_zero_based_positions) {
  EXPECT_EQ(parse_cell_ref("A1").value(), (CellPos{0, 0}));
  EXPECT_EQ(parse_cell_ref("AB12").value(), (CellPos{11, 27}));
  EXPECT_EQ(parse_cell_ref("$C$3").value(), (CellPos{2, 2}));
  EXPECT_EQ(parse_cell_ref("xfd1048576").value(), (CellPos{1048575, 16383}));
  for (const char* bad :
       {"", "A", "12", "A0", "A01", "XFE1", "A1048577", "1A", "A1B", "AAAA1", "A-1", "A 1"}) {
    auto r = parse_cell_ref(bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.error().code, ErrorCode::parse_error) << bad;
  }
}

TEST(xlsx_reader_test, column_names_round_trip) {
  EXPECT_EQ(column_name(0), "A");
  EXPECT_EQ(column_name(25), "Z");
  EXPECT_EQ(column_name(26), "AA");
  EXPECT_EQ(column_name(27), "AB");
  EXPECT_EQ(column_name(16383), "XFD");
  for (std::uint32_t c = 0; c < kXlsxMaxColumns; ++c)
    ASSERT_EQ(parse_cell_ref(cell_ref(7, c)).value(), (CellPos{7, c}));
}

TEST(xlsx_reader_test, ranges_are_normalised) {
  auto r = parse_range_ref("D3:A1").value();
  EXPECT_EQ(r.first, (CellPos{0, 0}));
  EXPECT_EQ(r.last, (CellPos{2, 3}));
  EXPECT_TRUE(r.contains(1, 2));
  EXPECT_FALSE(r.contains(3, 0));
  EXPECT_EQ(parse_range_ref("B2").value().last, (CellPos{1, 1}));
  EXPECT_FALSE(parse_range_ref("A1:").ok());
}

// ---------------------------------------------------------------- cells

TEST(xlsx_reader_test, reads_every_cell_type) {
  const std::string sst =
      "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      "<si><t>plain</t></si>"
      "<si><r><rPr><b/></rPr><t>rich </t></r><r><t xml:space=\"preserve\">text </t></r>"
      "<rPh sb=\"0\" eb=\"1\"><t>PHONETIC</t></rPh></si>"
      "<si><t>line_x000D_break _x005F_x</t></si>"
      "<si><t xml:space=\"preserve\"> </t></si>"
      "</sst>";
  const std::string data =
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
      "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c></row>"
      "<row r=\"2\"><c r=\"A2\"><v>1.715E-07</v></c><c r=\"B2\" t=\"n\"><v>-42</v></c>"
      "<c r=\"C2\" t=\"b\"><v>1</v></c><c r=\"D2\" t=\"e\"><v>#N/A</v></c>"
      "<c r=\"E2\" s=\"3\"/><c r=\"F2\" t=\"str\"><f>A1</f><v>formula text</v></c>"
      "<c r=\"G2\" t=\"inlineStr\"><is><t>inline</t></is></c></row>"
      // cells and rows without r attributes continue from the previous position
      "<row><c><v>7</v></c><c "
      "t=\"inlineStr\"><is><r><t>in</t></r><r><t>runs</t></r></is></c></row>";
  XlsxReader book = open_ok(one_sheet(data, sst));
  ASSERT_EQ(book.sheet_names(), std::vector<std::string>{"Data"});
  auto sheet = book.read_sheet("Data");
  ASSERT_TRUE(sheet.ok()) << sheet.error().what();
  const Sheet& s = *sheet;
  EXPECT_EQ(s.at(0, 0).type, CellType::text);
  EXPECT_EQ(s.at(0, 0).text, "plain");
  EXPECT_EQ(s.at(0, 1).text, "rich text ");  // runs joined, phonetic run skipped
  EXPECT_EQ(s.at(0, 2).text, "line\rbreak _x");
  EXPECT_EQ(s.at(0, 3).text, " ");  // xml:space="preserve" whitespace kept
  EXPECT_EQ(s.at(1, 0).type, CellType::number);
  EXPECT_EQ(s.at(1, 0).number, 1.715e-07);
  EXPECT_EQ(s.at(1, 1).number, -42.0);
  EXPECT_EQ(s.at(1, 2).type, CellType::boolean);
  EXPECT_EQ(s.at(1, 2).number, 1.0);
  EXPECT_EQ(s.at(1, 3).type, CellType::error);
  EXPECT_EQ(s.at(1, 3).text, "#N/A");
  EXPECT_TRUE(s.at(1, 4).empty());  // styled, no value
  EXPECT_EQ(s.at(1, 5).text, "formula text");
  EXPECT_EQ(s.at(1, 6).text, "inline");
  EXPECT_EQ(s.at(2, 0).number, 7.0);
  EXPECT_EQ(s.at(2, 1).text, "inruns");
  EXPECT_TRUE(s.at(500, 500).empty());
  EXPECT_EQ(s.row_count(), 3u);
  EXPECT_EQ(s.column_count(), 7u);
  EXPECT_EQ(s.cell_count(), 12u);
  EXPECT_EQ(s.where(1, 3), "t.xlsx:'Data'!D2");
}

TEST(xlsx_reader_test, prefixed_element_names_are_read) {
  // The .NET Open XML SDK writes "x:" prefixes instead of a default namespace.
  const std::string sheet =
      "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      "<x:sheetData><x:row r=\"1\"><x:c r=\"A1\"><x:v>3.5</x:v></x:c></x:row></x:sheetData>"
      "</x:worksheet>";
  XlsxReader book = open_ok(zip_of(minimal_workbook({{"P", sheet}})));
  auto s = book.read_sheet("P");
  ASSERT_TRUE(s.ok()) << s.error().what();
  EXPECT_EQ(s->at(0, 0).number, 3.5);
}

TEST(xlsx_reader_test, sheet_order_comes_from_workbook_xml_not_relationships) {
  // The real SIPRI workbook lists its relationships in another order than its sheets.
  auto parts =
      minimal_workbook({{"Zeta", worksheet_xml("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")},
                        {"Alpha", worksheet_xml("<row r=\"1\"><c r=\"A1\"><v>2</v></c></row>")}});
  // Rewrite the relationships in reverse order, with an absolute target for one.
  for (auto& p : parts)
    if (p.name == "xl/_rels/workbook.xml.rels")
      p.data =
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
          "relationships/worksheet\" Target=\"/xl/worksheets/sheet2.xml\"/>"
          "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
          "relationships/worksheet\" Target=\"./worksheets/../worksheets/sheet1.xml\"/>"
          "</Relationships>";
  XlsxReader book = open_ok(zip_of(parts));
  EXPECT_EQ(book.sheet_names(), (std::vector<std::string>{"Zeta", "Alpha"}));
  EXPECT_EQ(book.read_sheet("Zeta")->at(0, 0).number, 1.0);
  EXPECT_EQ(book.read_sheet("alpha")->at(0, 0).number, 2.0);  // case-insensitive, like Excel
}

TEST(xlsx_reader_test, real_sipri_workbook_lists_its_sheets_in_order) {
  auto book = XlsxReader::open_file(kFixture);
  ASSERT_TRUE(book.ok()) << book.error().what();
  EXPECT_EQ(book->sheet_names(),
            (std::vector<std::string>{
                "Front page", "Regional totals", "Local currency financial years",
                "Local currency calendar years", "Constant (2023) US$", "Current US$",
                "Share of GDP", "Per capita", "Share of Govt. spending", "Footnotes"}));
  auto s = book->read_sheet("Current US$");
  ASSERT_TRUE(s.ok()) << s.error().what();
  EXPECT_EQ(s->at(5, 0).text, "Country");
  EXPECT_EQ(s->at(5, 2).number, 1949.0);
}

TEST(xlsx_reader_test, merged_cell_reads_from_any_covered_cell) {
  testing::WorkbookModel m;
  testing::SheetModel s;
  s.name = "M";
  s.set(0, 0, std::string("Table 2: Core defence expenditure"));
  s.merges.push_back({{0, 0}, {1, 5}});
  s.set(2, 3, 4.25);
  m.sheets.push_back(s);
  auto bytes = testing::write_xlsx(m);
  ASSERT_TRUE(bytes.has_value());
  XlsxReader book = open_ok(*bytes);
  auto sheet = book.read_sheet("M");
  ASSERT_TRUE(sheet.ok()) << sheet.error().what();
  ASSERT_EQ(sheet->merged_ranges().size(), 1u);
  EXPECT_EQ(sheet->merged_at(1, 5).text, "Table 2: Core defence expenditure");
  EXPECT_EQ(sheet->merged_at(0, 3).text, "Table 2: Core defence expenditure");
  EXPECT_TRUE(sheet->at(1, 5).empty());
  EXPECT_EQ(sheet->merged_at(2, 3).number, 4.25);  // outside the range: the cell itself
}

TEST(xlsx_reader_test, inline_strings_from_libxlsxwriter_constant_memory_mode) {
  testing::WorkbookModel m;
  testing::SheetModel s;
  s.name = "I";
  s.set(0, 0, std::string("T\xC3\xBCrkiye"));
  s.set(0, 1, 12.5);
  m.sheets.push_back(s);
  auto bytes = testing::write_xlsx(m, /*inline_strings=*/true);
  ASSERT_TRUE(bytes.has_value());
  ASSERT_NE(bytes->find("PK"), std::string::npos);
  XlsxReader book = open_ok(*bytes);
  auto sheet = book.read_sheet("I");
  ASSERT_TRUE(sheet.ok()) << sheet.error().what();
  EXPECT_EQ(sheet->at(0, 0).text, "T\xC3\xBCrkiye");
  EXPECT_EQ(sheet->at(0, 1).number, 12.5);
}

// ---------------------------------------------------------------- malformed inputs

TEST(xlsx_reader_test, empty_file_is_a_parse_error) {
  auto r = XlsxReader::open_bytes("", "empty.xlsx");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::parse_error);
  EXPECT_EQ(r.error().where, "empty.xlsx");
  EXPECT_NE(r.error().message.find("empty"), std::string::npos);
}

TEST(xlsx_reader_test, not_a_zip_is_a_parse_error) {
  auto r = XlsxReader::open_bytes("iso3,year\nFRA,2024\n", "data.csv");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::parse_error);
  EXPECT_EQ(r.error().where, "data.csv");
  EXPECT_NE(r.error().message.find("not a zip"), std::string::npos);
  auto xls = XlsxReader::open_bytes(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8), "old.xls");
  ASSERT_FALSE(xls.ok());
  EXPECT_NE(xls.error().message.find(".xls"), std::string::npos);
}

TEST(xlsx_reader_test, truncated_zip_is_a_parse_error) {
  auto r = XlsxReader::open_file(kFixture);
  ASSERT_TRUE(r.ok());
  std::FILE* f = std::fopen(kFixture.c_str(), "rb");
  ASSERT_NE(f, nullptr);
  std::string bytes(300000, '\0');
  bytes.resize(std::fread(bytes.data(), 1, bytes.size(), f));
  std::fclose(f);
  auto t = XlsxReader::open_bytes(bytes, "cut.xlsx");  // the first 300 kB of 757 kB
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().code, ErrorCode::parse_error);
  EXPECT_EQ(t.error().where, "cut.xlsx");
  EXPECT_NE(t.error().message.find("truncated"), std::string::npos);
}

TEST(xlsx_reader_test, zip_without_workbook_is_a_data_error) {
  auto r = XlsxReader::open_bytes(zip_of({{"readme.txt", "hello"}}), "other.zip");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::data_error);
  EXPECT_EQ(r.error().where, "other.zip");
  EXPECT_NE(r.error().message.find("xl/workbook.xml"), std::string::npos);
}

TEST(xlsx_reader_test, word_document_is_not_a_spreadsheet) {
  auto r = XlsxReader::open_bytes(
      zip_of({{"_rels/.rels",
               "<Relationships><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
               "officeDocument/2006/relationships/officeDocument\" "
               "Target=\"word/document.xml\"/></Relationships>"},
              {"word/document.xml", "<w:document xmlns:w=\"w\"/>"}}),
      "letter.docx");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::data_error);
  EXPECT_EQ(r.error().where, "letter.docx:word/document.xml");
}

TEST(xlsx_reader_test, missing_sheet_is_not_found_and_lists_the_sheets) {
  auto book = XlsxReader::open_file(kFixture);
  ASSERT_TRUE(book.ok());
  auto s = book->read_sheet("Table 2");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::not_found);
  EXPECT_EQ(s.error().where, kFixture);
  EXPECT_NE(s.error().message.find("'Current US$'"), std::string::npos);
}

TEST(xlsx_reader_test, missing_file_is_an_io_error) {
  auto r = XlsxReader::open_file("/nonexistent/def-exp-2026-en.xlsx");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::io_error);
  EXPECT_EQ(r.error().where, "/nonexistent/def-exp-2026-en.xlsx");
}

TEST(xlsx_reader_test, malformed_sheet_xml_is_a_located_parse_error) {
  XlsxReader book = open_ok(zip_of(minimal_workbook(
      {{"Data", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></row></sheetData>"}})));
  auto s = book.read_sheet("Data");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::parse_error);
  EXPECT_EQ(s.error().where, "t.xlsx:'Data'");
  EXPECT_NE(s.error().message.find("xl/worksheets/sheet1.xml: malformed XML"), std::string::npos);
}

TEST(xlsx_reader_test, malformed_workbook_xml_fails_at_open) {
  auto parts = minimal_workbook({{"Data", worksheet_xml("")}});
  for (auto& p : parts)
    if (p.name == "xl/workbook.xml") p.data = "<workbook><sheets><sheet name=\"x\"";
  auto r = XlsxReader::open_bytes(zip_of(parts), "t.xlsx");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::parse_error);
  EXPECT_EQ(r.error().where, "t.xlsx:xl/workbook.xml");
}

TEST(xlsx_reader_test, bad_cell_reference_is_a_located_parse_error) {
  XlsxReader book = open_ok(one_sheet("<row r=\"4\"><c r=\"A0\"><v>1</v></c></row>"));
  auto s = book.read_sheet("Data");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::parse_error);
  EXPECT_EQ(s.error().where, "t.xlsx:'Data'!A0");
  EXPECT_NE(s.error().message.find("row 4"), std::string::npos);
}

TEST(xlsx_reader_test, cell_outside_its_row_is_a_parse_error) {
  XlsxReader book = open_ok(one_sheet("<row r=\"4\"><c r=\"B5\"><v>1</v></c></row>"));
  auto s = book.read_sheet("Data");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().where, "t.xlsx:'Data'!B5");
}

TEST(xlsx_reader_test, duplicate_cell_is_a_parse_error) {
  XlsxReader book = open_ok(one_sheet(
      "<row r=\"2\"><c r=\"C2\"><v>1</v></c></row><row r=\"2\"><c r=\"C2\"><v>2</v></c></row>"));
  auto s = book.read_sheet("Data");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::parse_error);
  EXPECT_EQ(s.error().where, "t.xlsx:'Data'!C2");
}

TEST(xlsx_reader_test, text_in_a_number_cell_is_a_located_parse_error) {
  XlsxReader book = open_ok(one_sheet("<row r=\"3\"><c r=\"D3\"><v>12,5</v></c></row>"));
  auto s = book.read_sheet("Data");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::parse_error);
  EXPECT_EQ(s.error().where, "t.xlsx:'Data'!D3");
}

TEST(xlsx_reader_test, shared_string_index_out_of_range_is_a_parse_error) {
  XlsxReader book = open_ok(one_sheet("<row r=\"1\"><c r=\"B1\" t=\"s\"><v>5</v></c></row>",
                                      "<sst><si><t>only</t></si></sst>"));
  auto s = book.read_sheet("Data");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().where, "t.xlsx:'Data'!B1");
}

TEST(xlsx_reader_test, bad_merged_range_is_a_parse_error) {
  XlsxReader book =
      open_ok(one_sheet("", {}, "<mergeCells><mergeCell ref=\"A1:ZZZZ9\"/></mergeCells>"));
  auto s = book.read_sheet("Data");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::parse_error);
  EXPECT_EQ(s.error().where, "t.xlsx:'Data'");
}

TEST(xlsx_reader_test, overlapping_merged_ranges_are_a_parse_error) {
  XlsxReader book = open_ok(one_sheet(
      "", {}, "<mergeCells><mergeCell ref=\"A1:C3\"/><mergeCell ref=\"C3:D9\"/></mergeCells>"));
  auto s = book.read_sheet("Data");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::parse_error);
  EXPECT_NE(s.error().message.find("A1:C3 and C3:D9 overlap"), std::string::npos);
}

TEST(xlsx_reader_test, merges_spanning_too_many_columns_are_refused) {
  XlsxReader book =
      open_ok(one_sheet("", {}, "<mergeCells><mergeCell ref=\"A1:XFD2\"/></mergeCells>"));
  EXPECT_TRUE(book.read_sheet("Data").ok());  // 16384 column spans: under the default limit
  XlsxLimits limits;
  limits.max_merge_columns = 1000;
  auto small = XlsxReader::open_bytes(
      one_sheet("", {}, "<mergeCells><mergeCell ref=\"A1:XFD2\"/></mergeCells>"), "t.xlsx", limits);
  ASSERT_TRUE(small.ok());
  auto s = small->read_sheet("Data");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::data_error);
}

TEST(xlsx_reader_test, far_cells_cost_what_is_stored_not_the_grid_extent) {
  // Two cells make a grid of 17 billion positions; scans walk the two stored rows.
  XlsxReader book =
      open_ok(one_sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                        "<row r=\"1048576\"><c r=\"XFD1048576\"><v>2</v></c></row>",
                        {}, "<mergeCells><mergeCell ref=\"B2:C1048576\"/></mergeCells>"));
  auto s = book.read_sheet("Data");
  ASSERT_TRUE(s.ok()) << s.error().what();
  EXPECT_EQ(s->row_count(), kXlsxMaxRows);
  EXPECT_EQ(s->column_count(), kXlsxMaxColumns);
  EXPECT_EQ(s->stored_rows(), (std::vector<std::uint32_t>{0, 1048575}));
  ASSERT_EQ(s->row_entries(1048575).size(), 1u);
  EXPECT_EQ(s->row_entries(1048575)[0].col, 16383u);
  EXPECT_TRUE(s->row_entries(5).empty());
  EXPECT_TRUE(s->merged_at(900000, 2).empty());  // top-left B2 is empty
}

TEST(xlsx_reader_test, zip_bomb_part_is_refused_with_the_documented_limit) {
  // 4 MiB of zeros deflate to a few kB; with a 1 MiB part limit the sheet is refused.
  std::string big = "<worksheet><sheetData/>" + std::string(4 << 20, ' ') + "</worksheet>";
  std::string bytes = zip_of(minimal_workbook({{"Data", big}}));
  ASSERT_LT(bytes.size(), 64u << 10);
  XlsxLimits limits;
  limits.max_part_bytes = 1 << 20;
  auto book = XlsxReader::open_bytes(bytes, "bomb.xlsx", limits);
  ASSERT_TRUE(book.ok()) << book.error().what();
  auto s = book->read_sheet("Data");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::data_error);
  EXPECT_EQ(s.error().where, "bomb.xlsx:'Data'");
  EXPECT_NE(s.error().message.find("xl/worksheets/sheet1.xml"), std::string::npos);
  EXPECT_NE(s.error().message.find("limit"), std::string::npos);
  // The default limit (16 MiB per part) reads it.
  auto ok = XlsxReader::open_bytes(bytes, "bomb.xlsx");
  ASSERT_TRUE(ok.ok());
  EXPECT_TRUE(ok->read_sheet("Data").ok());
}

TEST(xlsx_reader_test, oversized_file_is_refused) {
  XlsxLimits limits;
  limits.max_file_bytes = 1000;
  auto r = XlsxReader::open_file(kFixture, limits);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::data_error);
}

TEST(xlsx_reader_test, sheet_without_relationship_fails_when_read) {
  auto parts = minimal_workbook({{"Data", worksheet_xml("")}});
  for (auto& p : parts)
    if (p.name == "xl/_rels/workbook.xml.rels")
      p.data =
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>";
  XlsxReader book = open_ok(zip_of(parts));
  auto s = book.read_sheet("Data");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::data_error);
  EXPECT_EQ(s.error().where, "t.xlsx:'Data'");
}

TEST(xlsx_reader_test, stored_entries_read_like_deflated_ones) {
  XlsxReader book = open_ok(zip_of(
      minimal_workbook({{"S", worksheet_xml("<row r=\"1\"><c r=\"A1\"><v>9</v></c></row>")}}),
      /*store=*/true));
  EXPECT_EQ(book.read_sheet("S")->at(0, 0).number, 9.0);
}

}  // namespace
}  // namespace fardeau::io

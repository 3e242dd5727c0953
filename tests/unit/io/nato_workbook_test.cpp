// The NATO def-exp workbook importer, on workbooks generated in NATO's layout (see
// io/nato_workbook.hpp) from data/nato_2026_edition_long.csv: NATO, Defence Investment of
// NATO Countries (2014-2026), July 2026 edition (source id NATO_DEF_INV_2026).
#include "io/nato_workbook.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

#include "embedded_data.hpp"
#include "io/long_csv_loader.hpp"
#include "support/workbook_writer.hpp"

namespace fardeau::io {
namespace {

constexpr std::string_view kCsv = "nato_2026_edition_long.csv";

const std::vector<testing::LongRow>& csv_rows() {
  static const std::vector<testing::LongRow> rows =
      testing::read_long_rows(embedded::find(kCsv).value());
  return rows;
}

Result<NatoImport> import_model(const testing::WorkbookModel& m) {
  auto bytes = testing::write_xlsx(m);
  if (!bytes) return make_error(ErrorCode::internal, "libxlsxwriter failed");
  auto book = XlsxReader::open_bytes(*bytes, "def-exp-2026-en.xlsx");
  if (!book) return book.error();
  return import_nato_workbook(*book);
}

const testing::WorkbookModel& full_model() {
  static const testing::WorkbookModel m = testing::nato_workbook_model(csv_rows());
  return m;
}

TEST(nato_workbook_test, generated_workbook_equals_the_embedded_csv_with_estimate_flags) {
  auto imp = import_model(full_model());
  ASSERT_TRUE(imp.ok()) << imp.error().what();
  EXPECT_EQ(imp->base_year, 2021);
  std::size_t mismatches = 0;
  for (const testing::LongRow& r : csv_rows()) {
    auto got = imp->panel.get(r.iso3, r.indicator, r.year);
    if (!got || got->value != r.value || got->estimate != r.estimate) {
      if (++mismatches <= 5)
        ADD_FAILURE() << r.iso3 << " " << r.indicator << " " << r.year << ": csv " << r.value
                      << (r.estimate ? "e" : "") << ", imported "
                      << (got ? std::to_string(got->value) + (got->estimate ? "e" : "") : "none");
    }
  }
  EXPECT_EQ(mismatches, 0u);
  EXPECT_EQ(csv_rows().size(), 6273u);
  EXPECT_EQ(imp->panel.size(), csv_rows().size());
  EXPECT_EQ(imp->panel.entities().size(), 33u);  // 31 allies + 2 aggregates
  EXPECT_EQ(imp->panel.indicators().size(), 15u);

  // Ids and units as in the CSV; the national-currency units are generic (the panel has
  // one unit per indicator), the currency itself is kept per ally.
  Panel csv;
  ASSERT_TRUE(load_long_csv(embedded::find(kCsv).value(), std::string(kCsv), csv).ok());
  for (const IndicatorInfo& info : imp->panel.indicators()) {
    auto it = std::find_if(csv.indicators().begin(), csv.indicators().end(),
                           [&](const IndicatorInfo& c) { return c.id == info.id; });
    ASSERT_NE(it, csv.indicators().end()) << info.id;
    if (info.id.rfind("defexp_ncu_", 0) == 0)
      EXPECT_EQ(info.unit, info.id == "defexp_ncu_current_m"
                               ? "million national currency, current prices"
                               : "million national currency, constant 2021 prices");
    else
      EXPECT_EQ(info.unit, it->unit) << info.id;
  }
  EXPECT_EQ(imp->national_currency.at("SWE"), "SEK");
  EXPECT_EQ(imp->national_currency.at("BGR"), "EUR");
  EXPECT_EQ(imp->national_currency.size(), 31u);
  EXPECT_EQ(imp->footnoted, (std::set<std::string>{"SVN"}));
}

TEST(nato_workbook_test, published_figures_of_the_2026_edition) {
  // Figures asserted by third-party tests of the official def-exp-2026-en.xlsx
  // (mattahr/ha-edp-radar, see data/README.md): Sweden 2024 140549 million SEK; Sweden
  // 2026e 24186 million US$ current and 21538 constant 2021, 3.22 % of GDP, equipment
  // 25.41 %; United States 2026e 1032849 million US$.
  auto imp = import_model(full_model());
  ASSERT_TRUE(imp.ok()) << imp.error().what();
  const Panel& p = imp->panel;
  EXPECT_EQ(p.get("SWE", "defexp_ncu_current_m", 2024)->value, 140549.0);
  EXPECT_FALSE(p.get("SWE", "defexp_ncu_current_m", 2024)->estimate);
  EXPECT_EQ(p.get("SWE", "defexp_usd_current_m", 2026)->value, 24186.0);
  EXPECT_TRUE(p.get("SWE", "defexp_usd_current_m", 2026)->estimate);
  EXPECT_EQ(p.get("SWE", "defexp_usd_const2021_m", 2026)->value, 21538.0);
  EXPECT_EQ(p.get("SWE", "defexp_pct_gdp", 2026)->value, 3.22);
  EXPECT_EQ(p.get("SWE", "equipment_share_pct", 2026)->value, 25.41);
  EXPECT_EQ(p.get("USA", "defexp_usd_current_m", 2026)->value, 1032849.0);
  EXPECT_TRUE(p.get("NATO_TOTAL", "defexp_pct_gdp", 2025)->estimate);
  EXPECT_FALSE(p.get("NLD", "personnel_share_pct", 2026).has_value());  // ".." in the sheet
  EXPECT_FALSE(p.has_entity("ISL"));
}

TEST(nato_workbook_test, labels_map_as_nato_prints_them) {
  EXPECT_EQ(nato_iso3("Slovak Republic").value(), "SVK");
  EXPECT_EQ(nato_iso3("T\xC3\xBCrkiye").value(), "TUR");
  EXPECT_EQ(nato_iso3("Turkey").value(), "TUR");
  EXPECT_EQ(nato_iso3("Czech Republic").value(), "CZE");
  EXPECT_EQ(nato_iso3("North Macedonia (Denars)").value(), "MKD");
  EXPECT_EQ(nato_iso3("Slovenia*").value(), "SVN");
  EXPECT_EQ(nato_iso3(" United Kingdom \xC2\xA0").value(), "GBR");
  EXPECT_EQ(nato_iso3("NATO Europe and Canada").value(), "NATO_EUR_CAN");
  EXPECT_EQ(nato_iso3("NATO total").value(), "NATO_TOTAL");
  EXPECT_FALSE(nato_iso3("Austria").has_value());
}

// ---------------------------------------------------------------- malformed layouts

struct Found {
  testing::SheetModel* sheet;
  std::uint32_t row;
};

/// The `nth` row labelled `label` in `sheet` (0: first block, 1: second block).
Found find_row(testing::WorkbookModel& m, std::string_view sheet, const std::string& label,
               int nth = 0) {
  testing::SheetModel* s = m.find(sheet);
  for (std::uint32_t r = 0; s && r < s->rows.size(); ++r)
    if (const auto* t = std::get_if<std::string>(&s->get(r, 0)); t && *t == label && nth-- == 0)
      return {s, r};
  ADD_FAILURE() << "no row " << label << " in " << sheet;
  return {s, 0};
}

std::string cell(std::string_view sheet, std::uint32_t row, std::uint32_t col) {
  return "def-exp-2026-en.xlsx:'" + std::string(sheet) + "'!" + cell_ref(row, col);
}

Error import_error(const testing::WorkbookModel& m) {
  auto r = import_model(m);
  EXPECT_FALSE(r.ok());
  return r.ok() ? Error{} : r.error();
}

TEST(nato_workbook_test, shifted_row_is_a_located_data_error) {
  auto m = full_model();
  auto [s, r] = find_row(m, "Table 2", "France");
  auto& row = s->rows[r];  // values one column right, the label stays
  row.emplace_back();
  std::rotate(row.rbegin(), row.rbegin() + 1, row.rend() - 1);
  Error e = import_error(m);
  EXPECT_EQ(e.code, ErrorCode::data_error);
  EXPECT_EQ(e.where, cell("Table 2", r, 14));  // 2014..2026 fill B..N; O has no year
  EXPECT_NE(e.message.find("shifted"), std::string::npos);
}

TEST(nato_workbook_test, values_without_a_label_are_shifted_columns) {
  auto m = full_model();
  auto [s, r] = find_row(m, "Table 5", "Germany", 1);
  s->set(r, 0, testing::CellValue{});
  Error e = import_error(m);
  EXPECT_EQ(e.code, ErrorCode::data_error);
  EXPECT_EQ(e.where, cell("Table 5", r, 1));
}

TEST(nato_workbook_test, text_in_a_number_cell_is_a_located_data_error) {
  auto m = full_model();
  auto [s, r] = find_row(m, "Table 3", "Poland");
  s->set(r, 12, std::string("4,12"));  // column M: 2025e
  Error e = import_error(m);
  EXPECT_EQ(e.code, ErrorCode::data_error);
  EXPECT_EQ(e.where, cell("Table 3", r, 12));
  EXPECT_NE(e.message.find("2025e"), std::string::npos);
}

TEST(nato_workbook_test, duplicate_row_is_a_located_data_error) {
  auto m = full_model();
  auto [s, r] = find_row(m, "Table 8a", "Italy", 1);
  s->rows.insert(s->rows.begin() + r + 1, s->rows[r]);  // Italy twice in "personnel"
  Error e = import_error(m);
  EXPECT_EQ(e.code, ErrorCode::data_error);
  EXPECT_EQ(e.where, cell("Table 8a", r + 1, 0));
  EXPECT_NE(e.message.find("row " + std::to_string(r + 1)), std::string::npos);
}

TEST(nato_workbook_test, unknown_country_label_is_a_located_data_error) {
  auto m = full_model();
  auto [s, r] = find_row(m, "Table 7", "Norway");
  s->set(r, 0, std::string("Norwegia"));
  Error e = import_error(m);
  EXPECT_EQ(e.code, ErrorCode::data_error);
  EXPECT_EQ(e.where, cell("Table 7", r, 0));
}

TEST(nato_workbook_test, block_without_a_recognisable_subtitle_fails) {
  auto m = full_model();
  auto [s, r] = find_row(m, "Table 2", "Constant 2021 prices and exchange rates");
  s->set(r, 0, std::string("Something else"));
  Error e = import_error(m);
  EXPECT_EQ(e.code, ErrorCode::data_error);
  EXPECT_EQ(e.where, cell("Table 2", r, 0));
  EXPECT_NE(e.message.find("'constant prices'"), std::string::npos);
}

TEST(nato_workbook_test, titles_naming_two_base_years_fail) {
  auto m = full_model();
  auto [s, r] = find_row(m, "Table 5", "Constant 2021 prices and exchange rates");
  s->set(r, 0, std::string("Constant 2015 prices and exchange rates"));
  Error e = import_error(m);
  EXPECT_EQ(e.code, ErrorCode::data_error);
  EXPECT_EQ(e.where, cell("Table 5", r, 0));
}

TEST(nato_workbook_test, base_year_is_read_from_the_titles) {
  // The same workbook relabelled to 2015 prices imports as *_const2015_* indicators.
  std::vector<testing::LongRow> rows;
  for (const testing::LongRow& r : csv_rows())
    if (r.iso3 == "FRA" || r.iso3 == "NATO_TOTAL") rows.push_back(r);
  auto m = testing::nato_workbook_model(rows);
  for (auto& s : m.sheets)
    for (auto& row : s.rows)
      for (auto& v : row)
        if (auto* t = std::get_if<std::string>(&v))
          for (std::size_t p; (p = t->find("2021")) != std::string::npos;) t->replace(p, 4, "2015");
  auto imp = import_model(m);
  ASSERT_TRUE(imp.ok()) << imp.error().what();
  EXPECT_EQ(imp->base_year, 2015);
  EXPECT_TRUE(imp->panel.has_indicator("defexp_usd_const2015_m"));
  EXPECT_TRUE(imp->panel.has_indicator("gdp_per_capita_const2015_kusd"));
  EXPECT_FALSE(imp->panel.has_indicator("defexp_usd_const2021_m"));
}

TEST(nato_workbook_test, missing_table_is_reported_and_the_others_imported) {
  auto m = full_model();
  m.sheets.erase(std::remove_if(m.sheets.begin(), m.sheets.end(),
                                [](const auto& s) { return s.name == "Table 7"; }),
                 m.sheets.end());
  auto imp = import_model(m);
  ASSERT_TRUE(imp.ok()) << imp.error().what();
  EXPECT_FALSE(imp->panel.has_indicator("military_personnel_k"));
  EXPECT_TRUE(imp->panel.has_indicator("defexp_pct_gdp"));
  bool reported = false;
  for (const auto& k : imp->report.skipped)
    reported = reported || k.why.find("no sheet for Table 7") != std::string::npos;
  EXPECT_TRUE(reported);
}

TEST(nato_workbook_test, table_sheets_are_found_by_their_number_whatever_the_spelling) {
  EXPECT_EQ(nato_table_of_sheet("TABLE1").value(), "1");
  EXPECT_EQ(nato_table_of_sheet("Table 8a").value(), "8a");
  EXPECT_EQ(nato_table_of_sheet("table_8B").value(), "8b");
  EXPECT_EQ(nato_table_of_sheet(" Table 12 ").value(), "12");
  EXPECT_FALSE(nato_table_of_sheet("Contents").has_value());
  EXPECT_FALSE(nato_table_of_sheet("Table").has_value());
  EXPECT_FALSE(nato_table_of_sheet("Tables 1-3").has_value());
  EXPECT_FALSE(nato_table_of_sheet("Table 01").has_value());
}

TEST(nato_workbook_test, a_workbook_without_table_sheets_fails) {
  testing::WorkbookModel m;
  testing::SheetModel s;
  s.name = "Contents";
  s.set(0, 0, std::string("Defence Expenditure of NATO Countries"));
  m.sheets.push_back(s);
  Error e = import_error(m);
  EXPECT_EQ(e.code, ErrorCode::data_error);
  EXPECT_NE(e.message.find("no NATO table sheet"), std::string::npos) << e.message;
}

TEST(nato_workbook_test, sheet_without_title_fails) {
  auto m = full_model();
  m.find("Table 6")->set(0, 0, std::string("Untitled"));
  Error e = import_error(m);
  EXPECT_EQ(e.code, ErrorCode::data_error);
  EXPECT_EQ(e.where, cell("Table 6", 0, 0));
}

}  // namespace
}  // namespace fardeau::io

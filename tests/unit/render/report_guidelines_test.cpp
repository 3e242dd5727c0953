// `fardeau report` takes its guidelines from core's table, guidelines(): each target and
// id in the JSON, and each row heading in both languages, is the table's.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include <nlohmann/json.hpp>

#include "core/target_rule.hpp"
#include "render/document.hpp"
#include "render/views.hpp"
#include "service/engine.hpp"
#include "service/query_params.hpp"

namespace fardeau::render {
namespace {

service::ReportResult report(const char* year) {
  static service::Engine engine;
  auto q = service::report_query(service::Params{{"year", year}});
  EXPECT_TRUE(q.ok());
  auto r = engine.report(*q);
  EXPECT_TRUE(r.ok()) << r.error().what();
  return *r;
}

// render_as builds only the part a format prints (the report takes Needs): the text is the
// full view's, in every format and language, for a year with estimates and one without.
TEST(report_view, render_as_prints_what_the_whole_view_prints) {
  for (const char* year : {"2026", "2014"}) {
    const auto r = report(year);
    for (Lang lang : {Lang::en, Lang::fr})
      for (Format f : {Format::table, Format::csv, Format::json, Format::md}) {
        const std::string text = render_as(r, lang, f);
        EXPECT_EQ(text, emit(render_result(r, lang), f)) << year << " " << static_cast<int>(f);
        EXPECT_GT(text.size(), 500U) << year << " " << static_cast<int>(f);
      }
  }
  const Needs table = needs_of(Format::table);
  EXPECT_TRUE(table.doc);
  EXPECT_FALSE(table.json);
  EXPECT_FALSE(table.csv);
  EXPECT_TRUE(needs_of(Format::json).json && !needs_of(Format::json).doc);
  EXPECT_TRUE(needs_of(Format::csv).csv && !needs_of(Format::csv).json);
}

TEST(report_guidelines, targets_and_ids_come_from_the_table) {
  const auto r = report("2025");
  EXPECT_EQ(r.report.two_pct.target_pct, guideline(GuidelineId::two_pct_gdp).target_pct);
  EXPECT_EQ(r.report.core_3_5.target_pct, guideline(GuidelineId::hague_core_3_5).target_pct);
  EXPECT_EQ(r.report.core_3_5.measure, guideline(GuidelineId::hague_core_3_5).measure);
  ASSERT_TRUE(r.report.equipment_20.has_value());
  EXPECT_EQ(r.report.equipment_20->target_pct, guideline(GuidelineId::equipment_20).target_pct);
  EXPECT_EQ(r.report.equipment_20->measure, guideline(GuidelineId::equipment_20).measure);

  const auto j = nlohmann::json::parse(emit(render_result(r, Lang::en), Format::json));
  ASSERT_EQ(j["guidelines"].size(), guidelines().size());
  for (const auto& g : j["guidelines"]) {
    const auto row = std::find_if(guidelines().begin(), guidelines().end(),
                                  [&](const Guideline& t) { return t.id == g["id"]; });
    ASSERT_NE(row, guidelines().end()) << g["id"];
    EXPECT_EQ(g["target_pct"], row->target_pct) << row->id;
    EXPECT_EQ(g["measure"], to_string(row->measure)) << row->id;
  }
}

TEST(report_guidelines, row_headings_are_the_tables_names) {
  const auto r = report("2025");
  for (Lang lang : {Lang::en, Lang::fr}) {
    const std::string table = emit(render_result(r, lang), Format::table);
    for (const auto& g : guidelines()) {
      const std::string_view name = lang == Lang::fr ? g.short_fr : g.short_en;
      EXPECT_NE(table.find(name), std::string::npos) << name;
    }
  }
}

}  // namespace
}  // namespace fardeau::render

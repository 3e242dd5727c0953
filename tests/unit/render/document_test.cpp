#include "render/document.hpp"

#include <gtest/gtest.h>

namespace fardeau::render {
namespace {

Doc sample() {
  Doc d;
  d.title = "T";
  Block b;
  b.facts = {{"Allies", "32"}};
  b.tables.push_back(
      {{"Ally", "Value", ""}, {false, true, false}, {{"Türkiye", "2.1", ""}, {"UK", "12.35", ""}}});
  d.blocks.push_back(b);
  d.source = "Source: X";
  return d;
}

TEST(document_test, text_tables_align_on_code_points_and_drop_empty_columns) {
  std::string out = render_text(sample());
  EXPECT_NE(out.find(" Türkiye    2.1\n"), std::string::npos) << out;
  EXPECT_NE(out.find(" UK       12.35\n"), std::string::npos) << out;
  EXPECT_EQ(out.find("  -\n"), std::string::npos) << out;  // no empty third column
  EXPECT_NE(out.find("Source: X"), std::string::npos);
}

TEST(document_test, french_facts_take_a_space_before_the_colon) {
  Doc d = sample();
  d.lang = Lang::fr;
  EXPECT_NE(render_text(d).find("Allies\u00A0: 32"), std::string::npos);
}

TEST(document_test, markdown_escapes_pipes) {
  Doc d = sample();
  d.blocks[0].facts = {{"a|b", "c"}};
  std::string md = render_markdown(d);
  EXPECT_NE(md.find("a\\|b"), std::string::npos) << md;
  EXPECT_NE(md.find("| ---: |"), std::string::npos) << md;
}

TEST(document_test, csv_quotes_only_when_needed) {
  EXPECT_EQ(csv_field("plain"), "plain");
  EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_field("say \"x\""), "\"say \"\"x\"\"\"");
  EXPECT_EQ(render_csv({{"a", "b"}, {{"1", "x,y"}}}), "a,b\n1,\"x,y\"\n");
  EXPECT_EQ(csv_number(0.1), "0.1");
  EXPECT_EQ(csv_number(24186), "24186");
}

}  // namespace
}  // namespace fardeau::render

// The claims file syntax of `fardeau check --file`.
#include <gtest/gtest.h>

#include "service/claims_file.hpp"

namespace fardeau::service {
namespace {

TEST(claims_file, sentences_comments_and_columns) {
  const char* text =
      "# a comment\n"
      "\n"
      "> « une réunion extraordinaire entre les 29 Etats membres »\n"
      "members(2018) = 29\n"
      "  pct_gdp[USA, 2018] ~ 4 ±0.2   # « pour correspondre à l'apport étasunien »\n"
      "count(meets(2018)) < 15  # not a quotation, just a note\r\n"
      "> first half,\n"
      "> second half\n"
      "# comments between the sentence and its claim are fine\n"
      "members(2024) = 32\n";
  auto r = parse_claims_file(text, "x.claims");
  ASSERT_TRUE(r.ok()) << r.error().what();
  ASSERT_EQ(r->size(), 4u);
  EXPECT_EQ((*r)[0].line, 4);
  EXPECT_EQ((*r)[0].claim, "members(2018) = 29");
  EXPECT_EQ((*r)[0].sentence, "« une réunion extraordinaire entre les 29 Etats membres »");
  EXPECT_EQ((*r)[0].sentence_line, 3);
  EXPECT_EQ((*r)[1].column, 3u);
  EXPECT_EQ((*r)[1].claim, "pct_gdp[USA, 2018] ~ 4 ±0.2");
  EXPECT_EQ((*r)[1].sentence, "« pour correspondre à l'apport étasunien »");
  EXPECT_EQ((*r)[2].claim, "count(meets(2018)) < 15");
  EXPECT_EQ((*r)[2].sentence, "");
  EXPECT_EQ((*r)[3].sentence, "first half, second half");
  EXPECT_EQ((*r)[3].line, 10);
}

TEST(claims_file, errors_name_the_line) {
  auto dangling = parse_claims_file("members(2018) = 29\n> « orphan »\n", "x.claims");
  ASSERT_FALSE(dangling.ok());
  EXPECT_EQ(dangling.error().where, "x.claims:2:1");
  auto empty = parse_claims_file("# nothing\n\n", "x.claims");
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().where, "x.claims");
  std::string huge(kMaxClaimsFileBytes + 1, ' ');
  EXPECT_FALSE(parse_claims_file(huge, "x.claims").ok());
}

TEST(claims_file, location_adds_the_claim_column) {
  ClaimLine c;
  c.line = 7;
  c.column = 3;
  EXPECT_EQ(file_location("f", c, make_error(ErrorCode::not_found, "x", "column 9")), "f:7:11");
  EXPECT_EQ(file_location("f", c, make_error(ErrorCode::not_found, "x")), "f:7:3");
}

}  // namespace
}  // namespace fardeau::service

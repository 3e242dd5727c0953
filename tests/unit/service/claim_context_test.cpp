// The real DataContext over the embedded editions: values, error codes, members.
#include <gtest/gtest.h>

#include "service/claim_context.hpp"

namespace fardeau::service {
namespace {

Engine& engine() {
  static Engine e;
  return e;
}

// NATO 2019 release, Table 3: the United States at 3.30 % of GDP in 2018e
// (3.29989461195658 unrounded in PR/CP(2019)069); July 2026 edition, Table 3: 3.25.
TEST(claim_context, values_of_each_edition) {
  ClaimContext ctx(engine());
  auto v19 = ctx.value(Measure::defexp_pct_gdp, "USA", 2018, "nato-2019");
  ASSERT_TRUE(v19.ok()) << v19.error().what();
  EXPECT_NEAR(v19->value, 3.2999, 1e-4);
  EXPECT_TRUE(v19->estimate);
  auto v26 = ctx.value(Measure::defexp_pct_gdp, "USA", 2018, "nato-2026");
  ASSERT_TRUE(v26.ok());
  EXPECT_DOUBLE_EQ(v26->value, 3.25);
  EXPECT_FALSE(v26->estimate);
}

// A year before the edition's first one is out_of_coverage, its own code: check tells it
// from a wrong argument by the code, not by the message.
TEST(claim_context, a_year_before_the_edition_is_out_of_coverage) {
  ClaimContext ctx(engine());
  auto before = ctx.value(Measure::defexp_pct_gdp, "FRA", 2013, "nato-2026");
  ASSERT_FALSE(before.ok());
  EXPECT_EQ(before.error().code, ErrorCode::out_of_coverage);
  EXPECT_EQ(before.error().message, "year 2013 is outside nato-2026, which covers 2014-2026");
  EXPECT_TRUE(before.error().where.empty());
  EXPECT_TRUE(ClaimContext::is_coverage_error(before.error()));
  // The same message with another code is not a coverage error.
  Error same_text = before.error();
  same_text.code = ErrorCode::invalid_argument;
  EXPECT_FALSE(ClaimContext::is_coverage_error(same_text));
}

TEST(claim_context, error_codes) {
  ClaimContext ctx(engine());
  auto unknown = ctx.value(Measure::defexp_pct_gdp, "XXX", 2018, "nato-2026");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, ErrorCode::not_found);
  EXPECT_NE(unknown.error().message.find("unknown ally 'XXX'"), std::string::npos);
  // An ISO2 code or a name is not an ISO3 code, even if the registry knows it.
  EXPECT_EQ(ctx.value(Measure::defexp_pct_gdp, "FR", 2018, "nato-2026").error().code,
            ErrorCode::not_found);

  auto outside = ctx.value(Measure::defexp_usd_const_m, "FRA", 2010, "nato-2019");
  ASSERT_FALSE(outside.ok());
  EXPECT_EQ(outside.error().code, ErrorCode::out_of_coverage);
  EXPECT_EQ(outside.error().message, "year 2010 is outside nato-2019, which covers 2012-2019");
  EXPECT_TRUE(ctx.is_coverage_error(outside.error()));
  EXPECT_FALSE(ctx.is_coverage_error(make_error(ErrorCode::invalid_argument, "division by zero")));

  auto iceland = ctx.value(Measure::defexp_usd_current_m, "ISL", 2018, "nato-2026");
  ASSERT_FALSE(iceland.ok());
  EXPECT_EQ(iceland.error().code, ErrorCode::unavailable);
  EXPECT_NE(iceland.error().message.find("no armed forces"), std::string::npos);

  // The August 2025 release: Table 3 (% of GDP) only.
  auto no_usd = ctx.value(Measure::defexp_usd_const_m, "FRA", 2018, "nato-2025");
  ASSERT_FALSE(no_usd.ok());
  EXPECT_EQ(no_usd.error().code, ErrorCode::unavailable);

  EXPECT_EQ(ctx.value(Measure::defexp_pct_gdp, "FRA", 2018, "nato-2018").error().code,
            ErrorCode::not_found);
}

// Montenegro joined in 2017, North Macedonia in 2020, Finland in 2023, Sweden in 2024.
TEST(claim_context, members_as_of_and_current) {
  ClaimContext ctx(engine());
  EXPECT_EQ(ctx.members("nato", 2018, Membership::as_of)->size(), 29u);
  EXPECT_EQ(ctx.members("nato", 2018, Membership::current)->size(), 32u);
  EXPECT_EQ(ctx.members("europe-canada", 2016, Membership::as_of)->size(), 27u);
  auto bad = ctx.members("europe", 2018, Membership::as_of);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, ErrorCode::not_found);
}

TEST(claim_context, vintages_are_the_engines) {
  ClaimContext ctx(engine());
  EXPECT_EQ(*ctx.default_vintage(), "nato-2026");
  EXPECT_EQ(ctx.vintages(), (std::vector<std::string>{"nato-2026", "nato-2025", "nato-2024",
                                                      "nato-2019", "sipri-2025", "wdi-2018"}));
  ClaimContext pinned(engine(), "nato-2019");
  EXPECT_EQ(*pinned.default_vintage(), "nato-2019");
  ClaimContext bad(engine(), "nato-1999");
  EXPECT_EQ(bad.default_vintage().error().where, "--vintage");
}

}  // namespace
}  // namespace fardeau::service

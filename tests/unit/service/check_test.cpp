// Verdicts of `fardeau check` on the embedded editions.
#include <gtest/gtest.h>

#include "service/check.hpp"

namespace fardeau::service {
namespace {

Engine& engine() {
  static Engine e;
  return e;
}

Result<CheckResult> run(const char* claim, const char* vintage = nullptr) {
  CheckQuery q;
  q.claim = claim;
  if (vintage) q.scope.vintage = vintage;
  return check(engine(), q);
}

TEST(check, verdict_strings) {
  EXPECT_STREQ(to_string(ClaimVerdict::true_), "true");
  EXPECT_STREQ(to_string(ClaimVerdict::false_), "false");
  EXPECT_STREQ(to_string(ClaimVerdict::true_under_some_readings), "true under some readings");
  EXPECT_STREQ(to_string(ClaimVerdict::not_checkable), "not checkable");
}

// A claim that reads no data has one reading, whatever the editions.
TEST(check, membership_claim_has_one_reading) {
  auto r = run("members(2018) = 29");
  ASSERT_TRUE(r.ok()) << r.error().what();
  EXPECT_EQ(r->verdict, ClaimVerdict::true_);
  ASSERT_EQ(r->readings.size(), 1u);
  EXPECT_EQ(r->readings[0].label, "as written");
  EXPECT_TRUE(r->editions.empty());
}

// A year before every edition: each reading fails with out_of_coverage, located at the
// year's column, and the claim is not checkable (not an error).
TEST(check, a_year_before_the_editions_is_not_checkable) {
  auto r = run("pct_gdp[USA, 1900] > 2");
  ASSERT_TRUE(r.ok()) << r.error().what();
  EXPECT_EQ(r->verdict, ClaimVerdict::not_checkable);
  ASSERT_FALSE(r->readings.empty());
  for (const auto& o : r->readings) {
    EXPECT_FALSE(o.checkable) << o.label;
    ASSERT_TRUE(o.reason) << o.label;
    EXPECT_EQ(o.reason->code, ErrorCode::out_of_coverage) << o.label;
    EXPECT_EQ(o.reason->where.kind, Location::Kind::claim) << o.label;
    EXPECT_EQ(o.reason->where.claim_column, 14) << o.label;
  }
  auto pinned = run("pct_gdp[USA, 2013] > 2 @nato-2026");
  ASSERT_TRUE(pinned.ok()) << pinned.error().what();
  EXPECT_EQ(pinned->verdict, ClaimVerdict::not_checkable);
  ASSERT_TRUE(pinned->readings.front().reason);
  EXPECT_EQ(pinned->readings.front().reason->message,
            "year 2013 is outside nato-2026, which covers 2014-2026");
}

// NATO Table 3 of every NATO edition: the US at 3.25 (2026 edition), 3.254 (2025),
// 3.30 (2019) % of GDP in 2018; never near 4 %.
TEST(check, us_at_four_percent_is_false_in_every_edition) {
  auto r = run("pct_gdp[USA, 2018] ~ 4 ±0.2");
  ASSERT_TRUE(r.ok()) << r.error().what();
  EXPECT_EQ(r->verdict, ClaimVerdict::false_);
  EXPECT_EQ(r->holding, 0u);
  ASSERT_NE(r->figure(), nullptr);
  EXPECT_DOUBLE_EQ(r->figure()->value, 3.25);
  EXPECT_EQ(r->figure()->vintages, std::vector<std::string>{"nato-2026"});
}

// The count of allies at 2 % in 2024: 18 in the August 2025 release, 17 in the July
// 2026 edition (Czechia revised from 2.08 to 1.99).
TEST(check, revisions_make_a_count_true_under_some_readings) {
  auto r = run("count(meets(2024)) = 18");
  ASSERT_TRUE(r.ok()) << r.error().what();
  EXPECT_EQ(r->verdict, ClaimVerdict::true_under_some_readings);
  ASSERT_NE(r->figure(), nullptr);
  EXPECT_EQ(r->figure()->vintages, std::vector<std::string>{"nato-2025"});
  EXPECT_DOUBLE_EQ(r->readings.front().value, 17.0);  // nato-2026, the claim's own reading
  auto pinned = run("count(meets(2024)) = 18", "nato-2026");
  ASSERT_TRUE(pinned.ok());
  EXPECT_EQ(pinned->verdict, ClaimVerdict::false_);
  EXPECT_EQ(pinned->readings.size(), 1u);
}

// Every edition tried ends before 1900 or lacks the series: nothing can check it.
TEST(check, years_outside_every_edition_are_not_checkable) {
  auto r = run("pct_gdp[USA, 1900] > 2");
  ASSERT_TRUE(r.ok()) << r.error().what();
  EXPECT_EQ(r->verdict, ClaimVerdict::not_checkable);
  EXPECT_EQ(r->figure(), nullptr);
  EXPECT_EQ(r->checkable, 0u);
  for (const auto& o : r->readings) EXPECT_TRUE(o.reason.has_value()) << o.label;
}

TEST(check, broken_claims_are_errors_with_a_column) {
  struct Case {
    const char* claim;
    ErrorCode code;
    const char* where;
  };
  for (const auto& c :
       {Case{"membres(2018) = 29", ErrorCode::not_found, "column 1"},
        Case{"pct_gdp[XXX, 2018] > 2", ErrorCode::not_found, "column 9"},
        Case{"members(2024) / (members(2018) - 29) > 0", ErrorCode::invalid_argument, "column 15"},
        Case{"members(2018) = ", ErrorCode::parse_error, "column 17"}}) {
    auto r = run(c.claim);
    ASSERT_FALSE(r.ok()) << c.claim;
    EXPECT_EQ(r.error().code, c.code) << c.claim;
    EXPECT_EQ(r.error().where, c.where) << c.claim << ": " << r.error().what();
  }
}

TEST(check, scope_errors_name_the_flag) {
  CheckQuery q;
  q.claim = "members(2018) = 29";
  q.scope.membership = Membership::current;
  EXPECT_EQ(check(engine(), q).error().where, "--membership");
  q.scope.membership = Membership::as_of;
  q.scope.vintage = "nato-1999";
  EXPECT_EQ(check(engine(), q).error().where, "--vintage");
}

TEST(check, file_keeps_errors_per_claim) {
  CheckFileQuery q;
  q.source = "f.claims";
  q.text = "members(2018) = 29\n  pct_gdp[XXX, 2018] > 2\n";
  auto r = check_file(engine(), q);
  ASSERT_TRUE(r.ok()) << r.error().what();
  ASSERT_EQ(r->claims.size(), 2u);
  EXPECT_EQ(r->claims[0].result->verdict, ClaimVerdict::true_);
  ASSERT_TRUE(r->claims[1].error.has_value());
  EXPECT_EQ(r->claims[1].error->where, "f.claims:2:11");
  EXPECT_EQ(r->claims[1].error_column, 11u);
  EXPECT_EQ(r->errors(), 1u);
  EXPECT_EQ(r->count(ClaimVerdict::true_), 1u);
}

}  // namespace
}  // namespace fardeau::service

#include "analysis/compliance.hpp"

#include <gtest/gtest.h>

#include "analysis_fixture.hpp"

namespace fardeau::analysis {
namespace {

TEST(compliance_test, counts_by_rounded_value_and_orders_highest_first) {
  auto reg = testing::small_allies();
  auto d = testing::small_dataset();
  auto r = compliance(d, testing::members(reg, 2021), 2021, Measure::defexp_pct_gdp, 2.0);
  EXPECT_EQ(r.members, 4);  // ICE is a member without forces
  EXPECT_EQ(r.reporting, 3);
  EXPECT_EQ(r.count_meeting, 2);  // AAA 3.0, CCC 1.996 -> 2.00
  EXPECT_EQ(r.meeting, (std::vector<std::string>{"AAA", "CCC"}));
  ASSERT_EQ(r.rows.size(), 4u);
  EXPECT_EQ(r.rows[0].ally->iso3, "AAA");
  EXPECT_EQ(r.rows[3].ally->iso3, "ICE");  // no value: last
  EXPECT_FALSE(r.rows[3].value);
  EXPECT_TRUE(r.rows[1].value->estimate);
}

TEST(compliance_test, as_of_membership_excludes_later_allies) {
  auto reg = testing::small_allies();
  auto d = testing::small_dataset();
  auto r = compliance(d, testing::members(reg, 2020), 2020, Measure::defexp_pct_gdp, 2.0);
  EXPECT_EQ(r.members, 3);
  EXPECT_EQ(r.count_meeting, 1);
}

TEST(compliance_test, equipment_guideline_uses_the_same_rule) {
  auto reg = testing::small_allies();
  auto d = testing::small_dataset();
  auto r = compliance(d, testing::members(reg, 2021), 2021, Measure::equipment_share_pct, 20.0);
  EXPECT_EQ(r.reporting, 2);
  EXPECT_EQ(r.meeting, (std::vector<std::string>{"AAA"}));  // BBB 19.994 prints as 19.99
}

TEST(compliance_test, counts_are_monotone_in_the_target) {
  auto reg = testing::small_allies();
  auto d = testing::small_dataset();
  int previous = 1000;
  for (double t = 0.5; t <= 5.0; t += 0.25) {
    int n =
        compliance(d, testing::members(reg, 2021), 2021, Measure::defexp_pct_gdp, t).count_meeting;
    EXPECT_LE(n, previous) << t;
    previous = n;
  }
}

}  // namespace
}  // namespace fardeau::analysis

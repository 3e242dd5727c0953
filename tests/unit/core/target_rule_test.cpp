#include "core/target_rule.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace fardeau {
namespace {

// NATO counts an ally at 2% when its published share rounded to two decimals is >= 2.
TEST(target_rule_test, two_percent_met_exactly_and_by_rounding) {
  EXPECT_TRUE(meets_target(2.00, 2.0));
  EXPECT_TRUE(meets_target(1.995, 2.0));  // prints as 2.00
  EXPECT_TRUE(meets_target(1.99500001, 2.0));
  EXPECT_FALSE(meets_target(1.9949, 2.0));  // prints as 1.99
  EXPECT_FALSE(meets_target(1.99, 2.0));
  EXPECT_TRUE(meets_target(3.5, 3.5));
  EXPECT_FALSE(meets_target(3.494, 3.5));
  EXPECT_TRUE(meets_target(25.41, 20.0));
}

// The threshold the Monte Carlo compares against is derived from meets_target: the two
// agree on both sides of the boundary, at 2% and at 3.5%.
TEST(target_rule_test, lowest_meeting_value_is_meets_targets_boundary) {
  for (double target : {2.0, 3.5, 20.0}) {
    const double low = lowest_meeting_pct(target);
    EXPECT_TRUE(meets_target(low, target)) << target;
    EXPECT_FALSE(meets_target(std::nextafter(low, 0.0), target)) << target;
    EXPECT_NEAR(low, target - 0.005, 1e-9) << target;
  }
  EXPECT_GE(1.995, lowest_meeting_pct(2.0));
  EXPECT_LT(1.9949, lowest_meeting_pct(2.0));
}

TEST(target_rule_test, round2_is_half_away_from_zero) {
  EXPECT_DOUBLE_EQ(round2(2.005), 2.01);
  EXPECT_DOUBLE_EQ(round2(2.0049), 2.0);
  EXPECT_DOUBLE_EQ(round2(-1.005), -1.01);
}

TEST(target_rule_test, targets_must_be_percentages) {
  EXPECT_TRUE(check_target_pct(2, "--target").ok());
  EXPECT_TRUE(check_target_pct(100, "--target").ok());
  for (double bad : {-1.0, 0.0, 100.5, std::numeric_limits<double>::infinity(),
                     std::numeric_limits<double>::quiet_NaN()}) {
    auto r = check_target_pct(bad, "--target");
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.error().where, "--target");
  }
  EXPECT_NE(check_target_pct(-1, "--target").error().message.find("got -1"), std::string::npos);
}

TEST(target_rule_test, guidelines_are_the_alliances) {
  ASSERT_EQ(guidelines().size(), 3u);
  EXPECT_DOUBLE_EQ(guidelines()[0].target_pct, 2.0);
  EXPECT_DOUBLE_EQ(guidelines()[1].target_pct, 20.0);
  EXPECT_DOUBLE_EQ(guidelines()[2].target_pct, 3.5);
}

TEST(target_rule_test, guideline_rows_by_id) {
  for (const Guideline& g : guidelines()) EXPECT_EQ(&guideline(g.key), &g) << g.id;
  const Guideline& two = guideline(GuidelineId::two_pct_gdp);
  EXPECT_EQ(two.id, "two-pct-gdp");
  EXPECT_EQ(two.measure, Measure::defexp_pct_gdp);
  EXPECT_EQ(two.short_en, "2% of GDP");
  EXPECT_EQ(two.short_fr, "2 % du PIB");
  const Guideline& eq = guideline(GuidelineId::equipment_20);
  EXPECT_EQ(eq.measure, Measure::equipment_share_pct);
  EXPECT_EQ(eq.short_fr, "20 % en équipements");
  EXPECT_EQ(guideline(GuidelineId::hague_core_3_5).short_fr, "3,5 % du PIB");
}

}  // namespace
}  // namespace fardeau

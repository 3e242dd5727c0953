// The formulas that have one home in analysis (docs/architecture.md), on small inputs
// computed by hand.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "analysis/change.hpp"
#include "analysis/exploitation.hpp"
#include "analysis/monte_carlo_calibration.hpp"
#include "analysis/revision.hpp"
#include "analysis/scenario.hpp"
#include "analysis/shares.hpp"
#include "analysis_fixture.hpp"

namespace fardeau::analysis {
namespace {

// The "41 billion" is not the level change: over 2014, 2015, 2016, 2017 at 100, 110, 130,
// 125 the level change is 125 - 100 = 25, the cumulative sum over 2014 is
// (110 - 100) + (130 - 100) + (125 - 100) = 10 + 30 + 25 = 65.
TEST(change_test, cumulative_over_base_is_not_the_level_change) {
  const std::vector<double> v{100, 110, 130, 125};
  EXPECT_DOUBLE_EQ(level_change(v.front(), v.back()), 25);
  EXPECT_DOUBLE_EQ(cumulative_over_base(v), 65);
  EXPECT_EQ(over_base_terms(v), (std::vector<double>{10, 30, 25}));
  EXPECT_DOUBLE_EQ(pct_change(v.front(), v.back()), 25);
  // Two years: the two readings coincide (one term).
  EXPECT_DOUBLE_EQ(cumulative_over_base({100, 110}), level_change(100, 110));
  EXPECT_TRUE(over_base_terms({100}).empty());
  EXPECT_DOUBLE_EQ(cumulative_over_base({100}), 0);
}

// Least squares on t = 0, 1, 2, 3 (mean 1.5): sxx = 2.25 + 0.25 + 0.25 + 2.25 = 5,
// mean 116.25, sxy = -1.5 (-16.25) - 0.5 (-6.25) + 0.5 (13.75) + 1.5 (8.75) = 47.5: 9.5 a year.
TEST(change_test, slope_per_year_by_hand) {
  EXPECT_DOUBLE_EQ(slope_per_year({100, 110, 130, 125}), 9.5);
  EXPECT_DOUBLE_EQ(slope_per_year({1, 3}), 2);
}

TEST(change_test, difference_pct_of_a_figure) {
  EXPECT_NEAR(*difference_pct(41.7, 41), 100.0 * 0.7 / 41, 1e-12);
  EXPECT_DOUBLE_EQ(*difference_pct(-3, -2), -50);  // relative to |reference|
  EXPECT_FALSE(difference_pct(1, 0));
  EXPECT_FALSE(difference_pct(std::numeric_limits<double>::quiet_NaN(), 1));
}

TEST(share_test, share_of_a_total_and_of_an_ally) {
  EXPECT_DOUBLE_EQ(share_pct(300, 450), 300.0 / 450.0 * 100.0);
  EXPECT_EQ(shares_pct({1, 3}), (std::vector<double>{25, 75}));
  EXPECT_EQ(shares_pct({0, 0}), (std::vector<double>{0, 0}));
  // The fixture's AAA spends 300 (current US$) of the 450 it and BBB spend in 2020.
  const auto d = testing::small_dataset();
  const auto aaa = ally_share(d, "AAA", Measure::defexp_usd_current_m, 2020, 450);
  ASSERT_TRUE(aaa);
  EXPECT_DOUBLE_EQ(aaa->value, 300);
  EXPECT_DOUBLE_EQ(aaa->share_pct, 300.0 / 450.0 * 100.0);
  EXPECT_FALSE(ally_share(d, "ZZZ", Measure::defexp_usd_current_m, 2020, 450));
  EXPECT_FALSE(ally_share(d, "AAA", Measure::defexp_usd_current_m, 2020, 0));
}

// 1.90 -> 2.10: revised by +0.2 (+10.53%) and now meets 2%; 1.996 -> 2.10 met 2% already
// (1.996 prints as 2.00), so under a 0.5 threshold it is not reported.
TEST(revision_test, revised_added_dropped_and_status) {
  auto r = revise(1.90, 2.10, 0.0, 2.0);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, RevisionStatus::revised);
  EXPECT_NEAR(*r->change, 0.2, 1e-12);
  EXPECT_NEAR(*r->change_pct, 0.2 / 1.9 * 100, 1e-9);
  EXPECT_FALSE(*r->from_meets);
  EXPECT_TRUE(*r->to_meets);
  EXPECT_TRUE(r->status_change());
  // Below the threshold and no change of status: nothing to report.
  EXPECT_FALSE(revise(1.996, 2.10, 0.5, 2.0));
  // Below the threshold but crossing 2%: reported.
  EXPECT_TRUE(revise(1.99, 2.00, 0.5, 2.0));
  EXPECT_FALSE(revise(2.0, 2.0, 0.0, 2.0));
  EXPECT_FALSE(revise(std::nullopt, std::nullopt, 0.0, std::nullopt));
  auto added = revise(std::nullopt, 5.0, 0.0, std::nullopt);
  ASSERT_TRUE(added);
  EXPECT_EQ(added->status, RevisionStatus::added);
  EXPECT_FALSE(added->change);
  EXPECT_FALSE(added->to_meets);  // no target: no flags
  EXPECT_EQ(revise(5.0, std::nullopt, 0.0, 2.0)->status, RevisionStatus::dropped);
  // From 0: a change but no relative change.
  EXPECT_FALSE(revise(0.0, 1.0, 0.0, std::nullopt)->change_pct);
}

// The fixture's 2021: AAA 300 of GDP 10,000 (3%), BBB 150 of 10,000 (1.5%), CCC 19.96 of
// 1,000 (1.996%); ICE has no forces. Published shares, or spending / GDP computed.
TEST(exploitation_test, sample_and_derived_burden) {
  auto reg = testing::small_allies();
  auto d = testing::small_dataset();
  const auto members = testing::members(reg, 2021);
  auto y = exploitation_sample(d, members, 2021, Measure::gdp_usd_current_m, true);
  EXPECT_EQ(y.members, 4u);
  ASSERT_EQ(y.allies.size(), 3u);
  EXPECT_EQ(y.excluded, (std::vector<std::string>{"ICE"}));
  EXPECT_EQ(y.allies[2].ally->iso3, "CCC");
  EXPECT_DOUBLE_EQ(y.allies[2].burden_pct, 1.996);  // published
  EXPECT_TRUE(y.allies[2].estimate);
  EXPECT_DOUBLE_EQ(*y.allies[0].gdp_per_capita_usd, 10000.0 / 100 * 1000);  // US$ m / k
  auto c = exploitation_sample(d, members, 2021, Measure::gdp_usd_current_m, false);
  EXPECT_DOUBLE_EQ(c.allies[2].burden_pct, 19.96 / 1000 * 100);  // computed
  EXPECT_DOUBLE_EQ(c.allies[1].burden_pct, 1.5);
  // Three allies are fewer than four: the year is not tested.
  EXPECT_EQ(*test_exploitation(y, d, 4), "3 allies with GDP and % of GDP, 4 needed");
}

// Calibration keeps the scenario's allies, base shares, planned shares and mean growth,
// and takes the execution settings as given.
TEST(monte_carlo_calibration_test, parameters_follow_the_scenario) {
  auto reg = testing::small_allies();
  auto d = testing::small_dataset();
  ScenarioSpec spec;
  spec.from_year = 2021;
  spec.by_year = 2023;
  // AAA at 3% of GDP (stays), BBB at 1.5% (rises to 2% by 2023), both growing 1% a year.
  std::vector<AllyBase> bases(2);
  bases[0] = {reg.find("AAA"), 3.0, 300, 300, 10000, 10000, false};
  bases[1] = {reg.find("BBB"), 1.5, 150, 150, 10000, 10000, false};
  for (auto& b : bases) {
    b.real_growth_pct = 1.0;
    b.target_pct = 2.0;
  }
  const auto plan = project(bases, spec);
  const McParams p = calibrate_monte_carlo(d, plan, {2.0, 0.8, 0.1});
  EXPECT_EQ(p.base_year, 2021);
  EXPECT_EQ(p.horizon_years, 2);
  EXPECT_DOUBLE_EQ(p.target_pct, 2.0);
  EXPECT_DOUBLE_EQ(p.execution_mean, 0.8);
  EXPECT_DOUBLE_EQ(p.execution_sd, 0.1);
  EXPECT_EQ(p.us_index, -1);
  ASSERT_FALSE(plan.bases.empty());
  ASSERT_EQ(p.allies.size(), plan.bases.size());
  for (std::size_t i = 0; i < p.allies.size(); ++i) {
    EXPECT_EQ(p.allies[i].iso3, plan.bases[i].ally->iso3);
    EXPECT_DOUBLE_EQ(p.allies[i].pct0, plan.bases[i].pct_gdp);
    EXPECT_DOUBLE_EQ(p.allies[i].mean_growth, 0.01);
    ASSERT_EQ(p.allies[i].plan_pct.size(), 3u);
    EXPECT_DOUBLE_EQ(p.allies[i].plan_pct[0], plan.bases[i].pct_gdp);
  }
}

}  // namespace
}  // namespace fardeau::analysis

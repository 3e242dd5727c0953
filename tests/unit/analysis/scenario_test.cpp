#include "analysis/scenario.hpp"

#include <gtest/gtest.h>

#include "analysis/growth_history.hpp"
#include "analysis/scenario_presets.hpp"

namespace fardeau::analysis {
namespace {

// Two allies, numbers chosen to check by hand:
//   USA: GDP 1,000 (2020) -> 1,020 real (+2%), current 1,040.4 (deflator +2%); 3% of GDP.
//   BBB: GDP 500 -> 500 real (0%), current 550 (deflator +10%); 1% of GDP.
AllyRegistry two_allies() {
  return AllyRegistry(
      {{"USA", "US", "US", "United States", "États-Unis", "1949-08-24", 1949, true, true},
       {"BBB", "BB", "BB", "Beta", "Bêta", "1949-04-04", 1949, true, true}});
}

Dataset two_ally_dataset() {
  VintageInfo info;
  info.id = "test";
  info.base_year = 2020;
  info.measures = {{Measure::defexp_usd_current_m, "spend_cur"},
                   {Measure::defexp_usd_const_m, "spend_const"},
                   {Measure::defexp_pct_gdp, "pct"},
                   {Measure::gdp_usd_current_m, "gdp_cur"},
                   {Measure::gdp_usd_const_m, "gdp_const"}};
  Panel p;
  auto put = [&](const char* e, const char* i, int y, double v) { p.add(e, i, "", y, {v, false}); };
  put("USA", "gdp_const", 2020, 1000);
  put("USA", "gdp_cur", 2020, 1000);
  put("USA", "spend_const", 2020, 30);
  put("USA", "spend_cur", 2020, 30);
  put("USA", "pct", 2020, 3.0);
  put("USA", "gdp_const", 2021, 1020);
  put("USA", "gdp_cur", 2021, 1040.4);
  put("USA", "spend_const", 2021, 30.6);
  put("USA", "spend_cur", 2021, 31.212);
  put("USA", "pct", 2021, 3.0);
  put("BBB", "gdp_const", 2020, 500);
  put("BBB", "gdp_cur", 2020, 500);
  put("BBB", "spend_const", 2020, 5);
  put("BBB", "spend_cur", 2020, 5);
  put("BBB", "pct", 2020, 1.0);
  put("BBB", "gdp_const", 2021, 500);
  put("BBB", "gdp_cur", 2021, 550);
  put("BBB", "spend_const", 2021, 5);
  put("BBB", "spend_cur", 2021, 5.5);
  put("BBB", "pct", 2021, 1.0);
  return Dataset(info, std::move(p));
}

TEST(scenario_test, planned_share_paths) {
  EXPECT_DOUBLE_EQ(planned_share_pct(1.0, 2.0, 0, 4, PathShape::linear), 1.0);
  EXPECT_DOUBLE_EQ(planned_share_pct(1.0, 2.0, 1, 4, PathShape::linear), 1.25);
  EXPECT_DOUBLE_EQ(planned_share_pct(1.0, 2.0, 4, 4, PathShape::linear), 2.0);
  EXPECT_NEAR(planned_share_pct(1.0, 4.0, 1, 2, PathShape::constant_growth), 2.0, 1e-12);
  EXPECT_DOUBLE_EQ(planned_share_pct(1.0, 2.0, 1, 4, PathShape::step), 2.0);
  EXPECT_DOUBLE_EQ(planned_share_pct(3.0, 2.0, 2, 4, PathShape::linear), 3.0);        // above: kept
  EXPECT_DOUBLE_EQ(planned_share_pct(3.0, 2.0, 2, 4, PathShape::linear, true), 2.5);  // --us
  EXPECT_DOUBLE_EQ(planned_share_pct(1.2, 2.0, 0, 0, PathShape::step), 2.0);          // immediate
}

TEST(scenario_test, trend_is_each_allys_average_growth) {
  auto reg = two_allies();
  auto d = two_ally_dataset();
  auto h = ally_history(d, *reg.find("BBB"));
  ASSERT_EQ(h.real_growth.size(), 1u);
  EXPECT_NEAR(h.mean_real_growth, 0.0, 1e-12);
  EXPECT_NEAR(h.mean_deflator_growth, 0.10, 1e-12);
  auto u = ally_history(d, *reg.find("USA"));
  EXPECT_NEAR(u.mean_real_growth, 0.02, 1e-12);
  EXPECT_NEAR(u.mean_deflator_growth, 0.02, 1e-12);
}

// By hand, 2% by 2023 from 2021, linear: BBB goes 1% -> 1.5% -> 2%.
//   2022: current spending 5.5 x 1.5 x 1.10 = 9.075 (baseline 5.5 x 1.1 = 6.05, extra 3.025)
//   2023: 5.5 x 2 x 1.21 = 13.31 (baseline 6.655, extra 6.655); cumulative extra 9.68.
//   USA at 3% keeps its share: 31.212 x 1.0404^k.
TEST(scenario_test, hand_computed_linear_path) {
  auto reg = two_allies();
  auto d = two_ally_dataset();
  ScenarioSpec s;
  s.target_pct = 2.0;
  s.from_year = 2021;
  s.by_year = 2023;
  auto r = project(d, reg.members_in(2021), s);
  ASSERT_EQ(r.bases.size(), 2u);
  ASSERT_EQ(r.years.size(), 3u);
  const auto& bbb = r.paths[0];  // sorted by ISO3: BBB, USA
  EXPECT_EQ(r.bases[0].ally->iso3, "BBB");
  EXPECT_DOUBLE_EQ(bbb[0].spend_current_m, 5.5);  // year 0 = published
  EXPECT_NEAR(bbb[1].pct_gdp, 1.5, 1e-12);
  EXPECT_NEAR(bbb[1].spend_current_m, 9.075, 1e-9);
  EXPECT_NEAR(bbb[1].spend_const_m, 7.5, 1e-9);
  EXPECT_NEAR(bbb[1].extra_usd_m, 3.025, 1e-9);
  EXPECT_NEAR(bbb[2].spend_current_m, 13.31, 1e-9);
  EXPECT_NEAR(bbb[2].gdp_current_m, 550 * 1.21, 1e-9);
  EXPECT_TRUE(bbb[2].meets);
  EXPECT_FALSE(bbb[1].meets);
  const double us2023 = 31.212 * 1.0404 * 1.0404;
  EXPECT_NEAR(r.paths[1][2].spend_current_m, us2023, 1e-9);
  EXPECT_NEAR(r.years[0].extra_usd_m, 0.0, 1e-12);
  EXPECT_NEAR(r.years[1].extra_usd_m, 3.025, 1e-9);
  EXPECT_NEAR(r.years[2].cumulative_extra_usd_m, 9.68, 1e-9);
  EXPECT_NEAR(r.years[2].total_current_m, us2023 + 13.31, 1e-9);
  ASSERT_TRUE(r.years[2].us_share_pct);
  EXPECT_NEAR(*r.years[2].us_share_pct, us2023 / (us2023 + 13.31) * 100, 1e-9);
  EXPECT_NEAR(*r.years[0].us_share_pct, 31.212 / 36.712 * 100, 1e-9);
  EXPECT_EQ(r.years[0].meeting, 1);
  EXPECT_EQ(r.years[2].meeting, 2);
}

// Counterfactual in 2021: BBB at exactly 2% spends 11 instead of 5.5; the US share falls
// from 31.212 / 36.712 = 85.0% to 31.212 / 42.212 = 73.9%.
TEST(scenario_test, counterfactual_in_one_year) {
  auto reg = two_allies();
  auto d = two_ally_dataset();
  ScenarioSpec s;
  s.from_year = s.by_year = 2021;
  s.path = PathShape::step;
  auto r = project(d, reg.members_in(2021), s);
  ASSERT_EQ(r.years.size(), 1u);
  EXPECT_NEAR(r.years[0].extra_usd_m, 5.5, 1e-9);
  EXPECT_NEAR(*r.years[0].us_share_pct, 31.212 / 42.212 * 100, 1e-9);
  EXPECT_NEAR(*r.years[0].baseline_us_share_pct, 31.212 / 36.712 * 100, 1e-9);
}

TEST(scenario_test, fixed_growth_and_us_override) {
  auto reg = two_allies();
  auto d = two_ally_dataset();
  ScenarioSpec s;
  s.from_year = 2021;
  s.by_year = 2022;
  s.gdp_growth_pct = 5.0;
  s.us_pct = 2.0;  // the US share falls from 3% to 2% of GDP
  auto r = project(d, reg.members_in(2021), s);
  const auto& us = r.paths[1][1];
  EXPECT_NEAR(us.pct_gdp, 2.0, 1e-12);
  EXPECT_NEAR(us.spend_const_m, 30.6 * (2.0 / 3.0) * 1.05, 1e-9);
  EXPECT_LT(us.extra_usd_m, 0.0);
}

TEST(scenario_test, presets_are_known) {
  ASSERT_NE(find_preset("counterfactual-2pct"), nullptr);
  EXPECT_TRUE(find_preset("counterfactual-2pct")->immediate());
  EXPECT_EQ(find_preset("wales-2024")->by_year, 2024);
  EXPECT_DOUBLE_EQ(find_preset("hague-2035")->target_pct, 3.5);
  EXPECT_DOUBLE_EQ(find_preset("summit-2018-4pct")->target_pct, 4.0);
  EXPECT_EQ(find_preset("nope"), nullptr);
  EXPECT_EQ(scenario_presets().size(), 4u);
}

}  // namespace
}  // namespace fardeau::analysis

// A scenario with zero growth and zero gap changes nothing: with GDP flat and every ally
// already at or above the target (the target is the lowest ally's share of GDP), no
// ally's share, constant-price spending or GDP moves, no extra spending is needed, and
// the totals and the US share stay the base year's. Every edition that publishes what
// scenarios need, every base year.
#include <algorithm>
#include <cmath>

#include "editions.hpp"
#include "service/scenario.hpp"

namespace fardeau::property {
namespace {

constexpr int kHorizonYears = 6;

bool scenario_ready(const Dataset& d) {
  for (Measure m : {Measure::defexp_pct_gdp, Measure::defexp_usd_current_m,
                    Measure::defexp_usd_const_m, Measure::gdp_usd_const_m})
    if (!d.has(m)) return false;
  return true;
}

double near(double expected) { return 1e-9 * std::max(1.0, std::fabs(expected)); }

using ZeroScenario = EditionTest;

TEST_P(ZeroScenario, ZeroGrowthAndZeroGapChangeNothing) {
  if (!scenario_ready(d())) GTEST_SKIP() << GetParam() << " lacks what scenarios need";
  int checked = 0;
  for (int year : years_of(d(), Measure::defexp_pct_gdp)) {
    SCOPED_TRACE(year);
    service::ScenarioQuery q;
    q.scope.vintage = GetParam();
    q.from = year;
    q.by = year + kHorizonYears;
    q.gdp_growth = "0";
    // First run: the allies' base shares; the lowest is a target every ally meets.
    auto probe = service::run_scenario(engine(), q);
    if (!probe && probe.error().code == ErrorCode::unavailable) continue;  // no ally complete
    ASSERT_TRUE(probe.ok()) << probe.error().what();
    double lowest = 100.0;
    for (const auto& b : probe->scenario.bases) lowest = std::min(lowest, b.pct_gdp);
    q.target_pct = lowest;
    auto r = service::run_scenario(engine(), q);
    ASSERT_TRUE(r.ok()) << r.error().what();
    const auto& s = r->scenario;
    ASSERT_EQ(s.years.size(), static_cast<std::size_t>(kHorizonYears + 1));
    for (std::size_t i = 0; i < s.bases.size(); ++i) {
      const auto& b = s.bases[i];
      EXPECT_EQ(b.real_growth_pct, 0.0);
      for (const auto& ay : s.paths[i]) {
        SCOPED_TRACE(::testing::Message() << b.ally->iso3 << " " << ay.year);
        EXPECT_EQ(ay.pct_gdp, b.pct_gdp);
        EXPECT_NEAR(ay.spend_const_m, b.spend_const_m, near(b.spend_const_m));
        EXPECT_NEAR(ay.gdp_const_m, b.gdp_const_m, near(b.gdp_const_m));
        EXPECT_NEAR(ay.extra_usd_m, 0.0, near(ay.spend_current_m));
      }
    }
    const auto& base = s.years.front();
    for (const auto& y : s.years) {
      SCOPED_TRACE(y.year);
      EXPECT_NEAR(y.extra_usd_m, 0.0, near(y.total_current_m));
      EXPECT_NEAR(y.extra_const_m, 0.0, near(y.total_const_m));
      EXPECT_NEAR(y.cumulative_extra_usd_m, 0.0,
                  near(y.total_current_m) * static_cast<double>(s.years.size()));
      EXPECT_NEAR(y.total_const_m, base.total_const_m, near(base.total_const_m));
      EXPECT_EQ(y.meeting, base.meeting);
      EXPECT_EQ(y.allies, base.allies);
      // Prices may move (each ally's deflator trend), so the US share is compared with the
      // no-change baseline of the same year.
      ASSERT_EQ(y.us_share_pct.has_value(), y.baseline_us_share_pct.has_value());
      if (y.us_share_pct) {
        EXPECT_NEAR(*y.us_share_pct, *y.baseline_us_share_pct, 1e-9);
      }
    }
    // Year 0 is the edition's published base year.
    double published = 0.0;
    for (const auto& b : s.bases) published += b.spend_current_m;
    EXPECT_NEAR(base.total_current_m, published, near(published));
    ++checked;
  }
  EXPECT_GT(checked, 0) << "no base year of " << GetParam() << " had an ally with every value";
}

FARDEAU_FOR_EVERY_EDITION(ZeroScenario);

}  // namespace
}  // namespace fardeau::property

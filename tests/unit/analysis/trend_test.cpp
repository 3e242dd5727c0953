#include "analysis/trend.hpp"

#include <gtest/gtest.h>

#include "analysis_fixture.hpp"

namespace fardeau::analysis {
namespace {

TEST(trend_test, level_real_and_cumulative_by_hand) {
  auto reg = testing::small_allies();
  auto d = testing::small_dataset();
  GroupSpec nato{"nato", {}};
  // As of each year: 2020 = AAA+BBB = 450 (const); 2021 = AAA+BBB+CCC = 330+160+20 = 510.
  auto t = trend(d, reg, nato, Membership::as_of, 2020, 2021, PriceBasis::constant);
  ASSERT_EQ(t.points.size(), 2u);
  EXPECT_DOUBLE_EQ(t.points[0].defexp_usd_m, 450);
  EXPECT_DOUBLE_EQ(t.points[1].defexp_usd_m, 510);
  EXPECT_DOUBLE_EQ(t.level_change_usd_m, 60);
  EXPECT_DOUBLE_EQ(t.cumulative_over_base_usd_m, 60);
  EXPECT_NEAR(*t.real_change_pct, 60.0 / 450.0 * 100.0, 1e-12);
  // Current membership counts CCC in 2020 too: 470 -> 510.
  auto c = trend(d, reg, nato, Membership::current, 2020, 2021, PriceBasis::constant);
  EXPECT_DOUBLE_EQ(c.points[0].defexp_usd_m, 470);
  EXPECT_EQ(c.points[0].n_allies, 3);
}

TEST(trend_test, current_basis_still_reports_real_change) {
  auto reg = testing::small_allies();
  auto d = testing::small_dataset();
  auto t = trend(d, reg, GroupSpec{"custom", {"AAA"}}, Membership::as_of, 2020, 2021,
                 PriceBasis::current);
  EXPECT_DOUBLE_EQ(t.level_change_usd_m, 0);
  EXPECT_NEAR(*t.real_change_pct, 10.0, 1e-12);
}

}  // namespace
}  // namespace fardeau::analysis

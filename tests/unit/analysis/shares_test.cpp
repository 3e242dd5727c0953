#include "analysis/shares.hpp"

#include <gtest/gtest.h>

#include "analysis_fixture.hpp"

namespace fardeau::analysis {
namespace {

TEST(shares_test, shares_sum_to_100_and_ratios_by_hand) {
  auto reg = testing::small_allies();
  auto d = testing::small_dataset();
  auto s = shares(d, testing::members(reg, 2020), 2020, PriceBasis::current, ShareBase::gdp);
  ASSERT_EQ(s.rows.size(), 2u);  // AAA, BBB (CCC not yet a member, ICE has no forces)
  EXPECT_DOUBLE_EQ(s.total_defexp_usd_m, 450);
  // AAA: 300/450 = 66.67% of spending, 50% of GDP, ratio 1.333.
  EXPECT_EQ(s.rows[0].ally->iso3, "AAA");
  EXPECT_NEAR(s.rows[0].defexp_share_pct, 200.0 / 3.0, 1e-12);
  EXPECT_NEAR(s.rows[0].ratio, 4.0 / 3.0, 1e-12);
  double sum = 0;
  for (const auto& r : s.rows) sum += r.defexp_share_pct;
  EXPECT_NEAR(sum, 100.0, 1e-9);
  // HHI = 66.67^2 + 33.33^2 = 5555.6
  EXPECT_NEAR(s.hhi, 40000.0 / 9.0 + 10000.0 / 9.0, 1e-9);
  EXPECT_FALSE(s.us_share_pct);
}

TEST(shares_test, by_population) {
  auto reg = testing::small_allies();
  auto d = testing::small_dataset();
  auto s = shares(d, testing::members(reg, 2021), 2021, PriceBasis::current, ShareBase::population);
  ASSERT_EQ(s.rows.size(), 3u);
  EXPECT_DOUBLE_EQ(s.total_base, 500);
  for (const auto& r : s.rows)
    if (r.ally->iso3 == "BBB") {
      EXPECT_NEAR(r.base_share_pct, 60.0, 1e-12);
    }
}

}  // namespace
}  // namespace fardeau::analysis

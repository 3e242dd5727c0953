#include "analysis/gap.hpp"

#include <gtest/gtest.h>

#include "analysis_fixture.hpp"

namespace fardeau::analysis {
namespace {

// By hand: BBB at 1.5% of a 10,000 GDP needs (2 - 1.5)/100 x 10,000 = 50 to reach 2%;
// CCC at 1.996% meets 2% by NATO's rounding, so it has no gap.
TEST(gap_test, hand_computed_gap_to_two_percent) {
  auto reg = testing::small_allies();
  auto d = testing::small_dataset();
  auto g = gap_to_target(d, testing::members(reg, 2021), 2021, 2.0, PriceBasis::current);
  ASSERT_EQ(g.rows.size(), 3u);
  EXPECT_EQ(g.count_below, 1);
  EXPECT_DOUBLE_EQ(g.total_gap_usd_m, 50.0);
  EXPECT_EQ(g.rows[0].ally->iso3, "BBB");
  EXPECT_DOUBLE_EQ(g.rows[0].gap_pp, 0.5);
  for (const auto& r : g.rows)
    if (r.ally->iso3 == "CCC") {
      EXPECT_EQ(r.gap_usd_m, 0.0);
    }
}

TEST(gap_test, higher_target_and_missing_gdp) {
  auto reg = testing::small_allies();
  auto d = testing::small_dataset();
  // 3.5%: AAA 0.5pp x 10,000 = 50; BBB 2pp x 10,000 = 200; CCC 1.504pp x 1,000 = 15.04.
  auto g = gap_to_target(d, testing::members(reg, 2021), 2021, 3.5, PriceBasis::current);
  EXPECT_EQ(g.count_below, 3);
  EXPECT_NEAR(g.total_gap_usd_m, 265.04, 1e-9);
  // No constant-price GDP in the fixture: every ally is listed as missing.
  auto c = gap_to_target(d, testing::members(reg, 2021), 2021, 2.0, PriceBasis::constant);
  EXPECT_TRUE(c.rows.empty());
  EXPECT_EQ(c.missing.size(), 3u);
}

TEST(gap_test, zero_gap_when_everyone_meets) {
  auto reg = testing::small_allies();
  auto d = testing::small_dataset();
  auto g = gap_to_target(d, testing::members(reg, 2021), 2021, 1.0, PriceBasis::current);
  EXPECT_EQ(g.count_below, 0);
  EXPECT_EQ(g.total_gap_usd_m, 0.0);
}

}  // namespace
}  // namespace fardeau::analysis

#include "core/panel.hpp"

#include <gtest/gtest.h>

namespace fardeau {
namespace {

TEST(panel_test, stores_and_finds_values_with_estimate_flags) {
  Panel p;
  EXPECT_TRUE(p.add("FRA", "defexp_pct_gdp", "%", 2014, {1.82, false}));
  EXPECT_TRUE(p.add("FRA", "defexp_pct_gdp", "%", 2026, {2.22, true}));
  EXPECT_TRUE(p.add("DEU", "gdp_usd_current_m", "million US$", 2014, {3.9e6, false}));
  auto v = p.get("FRA", "defexp_pct_gdp", 2026);
  ASSERT_TRUE(v);
  EXPECT_DOUBLE_EQ(v->value, 2.22);
  EXPECT_TRUE(v->estimate);
  EXPECT_FALSE(p.get("FRA", "defexp_pct_gdp", 2015));
  EXPECT_FALSE(p.get("ITA", "defexp_pct_gdp", 2014));
  EXPECT_FALSE(p.get("FRA", "nope", 2014));
  EXPECT_EQ(p.size(), 3u);
  EXPECT_EQ(p.first_year(), 2014);
  EXPECT_EQ(p.last_year(), 2026);
  EXPECT_EQ(p.year_range("defexp_pct_gdp"), (std::pair<int, int>{2014, 2026}));
  EXPECT_EQ(p.indicators().size(), 2u);
  EXPECT_EQ(p.indicators()[1].unit, "million US$");
}

TEST(panel_test, refuses_duplicates) {
  Panel p;
  EXPECT_TRUE(p.add("FRA", "x", "", 2014, {1, false}));
  EXPECT_FALSE(p.add("FRA", "x", "", 2014, {2, false}));
  EXPECT_DOUBLE_EQ(p.get("FRA", "x", 2014)->value, 1);
}

TEST(panel_test, keeps_years_far_apart_distinct) {
  Panel p;
  ASSERT_TRUE(p.add("USA", "x", "", 1949, {1, false}));
  ASSERT_TRUE(p.add("USA", "x", "", 2024, {2, false}));
  EXPECT_DOUBLE_EQ(p.get("USA", "x", 1949)->value, 1);
  EXPECT_DOUBLE_EQ(p.get("USA", "x", 2024)->value, 2);
}

}  // namespace
}  // namespace fardeau

#include "core/vintage.hpp"

#include <gtest/gtest.h>

// The built-in vintages (their ids, bindings and citations) are read from data/reference/:
// tests/unit/io/vintage_catalogue_test.cpp.

namespace fardeau {
namespace {

TEST(vintage_test, measures_by_name_and_short_alias) {
  EXPECT_EQ(measure_from_name("pct_gdp"), Measure::defexp_pct_gdp);
  EXPECT_EQ(measure_from_name("defexp_usd_const"), Measure::defexp_usd_const_m);
  EXPECT_EQ(measure_from_name("defexp_usd_const_m"), Measure::defexp_usd_const_m);
  EXPECT_EQ(measure_from_name("equipment_share"), Measure::equipment_share_pct);
  EXPECT_FALSE(measure_from_name("tanks"));
  EXPECT_FALSE(measure_from_name(""));
}

}  // namespace
}  // namespace fardeau

namespace fardeau {
namespace {

// The price base named in an indicator id: what diff and the importers compare.
TEST(indicator_test, constant_price_base_of_an_indicator_id) {
  EXPECT_EQ(constant_price_base("defexp_usd_const2015_m"), 2015);
  EXPECT_EQ(constant_price_base("gdp_per_capita_const2021_kusd"), 2021);
  EXPECT_EQ(constant_price_base("milex_usd_const2023_m"), 2023);
  EXPECT_FALSE(constant_price_base("defexp_usd_current_m").has_value());
  EXPECT_FALSE(constant_price_base("defexp_usd_const_m").has_value());  // the measure name
  EXPECT_FALSE(constant_price_base("constant_share_pct").has_value());
  EXPECT_FALSE(constant_price_base("x_const20a5_m").has_value());
}

}  // namespace
}  // namespace fardeau

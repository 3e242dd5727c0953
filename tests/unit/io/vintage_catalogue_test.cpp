// The catalogue of built-in editions (data/reference/vintages.csv and vintage_measures.csv):
// its ids, the measures each edition binds and how a Dataset applies them. Moved from
// tests/unit/core/vintage_test.cpp with the catalogue.
#include "io/builtin_reference.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace fardeau {
namespace {

const VintageInfo& builtin(std::string_view id) {
  for (const auto& v : io::builtin_vintages())
    if (v.id == id) return v;
  throw std::runtime_error("no vintage");
}

TEST(vintage_test, builtin_ids_and_default) {
  std::vector<std::string> ids;
  for (const auto& v : io::builtin_vintages()) ids.push_back(v.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"nato-2026", "nato-2025", "nato-2024", "nato-2019",
                                           "sipri-2025", "wdi-2018"}));
  EXPECT_EQ(kDefaultVintage, "nato-2026");
}

TEST(vintage_test, constant_prices_bind_to_the_editions_base_year) {
  EXPECT_EQ(builtin("nato-2026").binding(Measure::defexp_usd_const_m)->indicator,
            "defexp_usd_const2021_m");
  EXPECT_EQ(builtin("nato-2019").binding(Measure::defexp_usd_const_m)->indicator,
            "defexp_usd_const2015_m");
  EXPECT_EQ(builtin("sipri-2025").binding(Measure::defexp_usd_const_m)->indicator,
            "milex_usd_const2023_m");
  EXPECT_EQ(builtin("nato-2025").binding(Measure::defexp_usd_const_m), nullptr);
}

TEST(vintage_test, dataset_applies_scale_and_derivation) {
  Panel p;
  p.add("FRA", "gdp_usd_current", "US$", 2016, {2.47e12, false});
  p.add("FRA", "population", "persons", 2016, {66.9e6, false});
  p.add("FRA", "milex_pct_gdp", "%", 2016, {2.26, false});
  Dataset d(builtin("wdi-2018"), std::move(p));
  EXPECT_DOUBLE_EQ(d.get("FRA", Measure::gdp_usd_current_m, 2016)->value, 2.47e6);
  EXPECT_DOUBLE_EQ(d.get("FRA", Measure::population_k, 2016)->value, 66.9e3);
  EXPECT_FALSE(d.has(Measure::defexp_usd_current_m));
  EXPECT_EQ(d.span(), (std::pair<int, int>{2016, 2016}));

  Panel q;
  q.add("SWE", "gdp_usd_const2021_m", "", 2026, {600000, true});
  q.add("SWE", "gdp_per_capita_const2021_kusd", "", 2026, {57.0, false});
  Dataset n(builtin("nato-2026"), std::move(q));
  auto pop = n.get("SWE", Measure::population_k, 2026);
  ASSERT_TRUE(pop);
  EXPECT_NEAR(pop->value, 600000.0 / 57.0, 1e-9);  // thousands of persons
  EXPECT_TRUE(pop->estimate);
}

TEST(vintage_test, citation_names_edition_and_id) {
  auto c = builtin("nato-2019").citation();
  EXPECT_NE(c.find("2012-2019"), std::string::npos);
  EXPECT_NE(c.find("[nato-2019]"), std::string::npos);
}

}  // namespace
}  // namespace fardeau

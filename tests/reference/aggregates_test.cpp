// Sums of allies reproduce NATO's own published aggregate rows (NATO Total, NATO Europe
// and Canada), 2026 edition, Tables 2, 3, 5 and 7, for every year 2014-2026.
#include <gtest/gtest.h>

#include <cmath>

#include "analysis/aggregate.hpp"
#include "service/engine.hpp"

namespace fardeau {
namespace {

struct Fixture {
  service::Engine engine;
  DatasetPtr d;
  const AllyRegistry* allies = nullptr;
  Fixture() {
    d = *engine.dataset("nato-2026");
    allies = *engine.allies();
  }
};

const Fixture& fx() {
  static Fixture f;
  return f;
}

std::vector<const Ally*> group(const char* id, int year) {
  return resolve_group(GroupSpec{id, {}}, *fx().allies, year, Membership::as_of);
}

TEST(aggregates, spending_sums_equal_published_rows_to_rounding) {
  for (Measure m : {Measure::defexp_usd_current_m, Measure::defexp_usd_const_m})
    for (auto [gid, code] :
         {std::pair{"nato", kNatoTotal}, std::pair{"europe-canada", kNatoEuropeCanada}})
      for (int y = 2014; y <= 2026; ++y) {
        auto sum = analysis::sum_measure(*fx().d, group(gid, y), m, y);
        auto pub = analysis::published_aggregate(*fx().d, code, m, y);
        ASSERT_TRUE(pub) << code << " " << y;
        EXPECT_TRUE(sum.missing.empty());
        // NATO rounds each ally and the total to the million: at most a few millions apart.
        EXPECT_LE(std::fabs(sum.value - pub->value), 3.0)
            << gid << " " << to_string(m) << " " << y << ": sum " << sum.value << " published "
            << pub->value;
      }
}

TEST(aggregates, personnel_sums_equal_published_rows) {
  for (int y = 2014; y <= 2026; ++y) {
    double sum = 0;
    for (const Ally* a : group("nato", y))
      if (auto v = fx().d->panel().get(a->iso3, "military_personnel_k", y)) sum += v->value;
    auto pub = fx().d->panel().get(kNatoTotal, "military_personnel_k", y);
    ASSERT_TRUE(pub);
    EXPECT_NEAR(sum, pub->value, 0.35) << y;
  }
}

// NATO's GDP aggregates include Iceland's GDP, which the edition does not publish
// separately: the allies' sum is below the published row by Iceland's GDP (< 0.2%).
TEST(aggregates, gdp_rows_include_iceland) {
  for (int y = 2014; y <= 2026; ++y) {
    auto sum = analysis::sum_measure(*fx().d, group("nato", y), Measure::gdp_usd_current_m, y);
    auto pub = analysis::published_aggregate(*fx().d, kNatoTotal, Measure::gdp_usd_current_m, y);
    ASSERT_TRUE(pub);
    EXPECT_GT(pub->value - sum.value, 0) << y;
    EXPECT_LT((pub->value - sum.value) / pub->value, 0.002) << y;
  }
}

// Shares of GDP computed from allies (constant 2021 prices) agree with NATO's published
// aggregate shares to within 0.01 percentage point.
TEST(aggregates, computed_shares_of_gdp_match_published) {
  for (auto [gid, code] :
       {std::pair{"nato", kNatoTotal}, std::pair{"europe-canada", kNatoEuropeCanada}})
    for (int y = 2014; y <= 2026; ++y) {
      auto computed = analysis::group_pct_gdp(*fx().d, group(gid, y), y);
      auto pub = analysis::published_aggregate(*fx().d, code, Measure::defexp_pct_gdp, y);
      ASSERT_TRUE(computed && pub);
      EXPECT_NEAR(computed->value, pub->value, 0.01) << gid << " " << y;
    }
}

}  // namespace
}  // namespace fardeau

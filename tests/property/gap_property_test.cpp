// Gaps to a target: zero exactly for the allies that meet it (by NATO's rule, as the
// compliance query counts them), positive for the others, priced at the GDP of the year,
// and never smaller for a higher target.
#include <map>
#include <string>

#include "core/target_rule.hpp"
#include "editions.hpp"

namespace fardeau::property {
namespace {

using Gap = EditionTest;

TEST_P(Gap, ZeroExactlyForAlliesMeetingTheTargetAndRisingWithIt) {
  std::vector<PriceBasis> bases;
  for (PriceBasis b : {PriceBasis::current, PriceBasis::constant})
    if (d().has(gdp_measure(b))) bases.push_back(b);
  if (bases.empty()) GTEST_SKIP() << GetParam() << " publishes no GDP";
  for (PriceBasis basis : bases)
    for (int year : years_of(d(), Measure::defexp_pct_gdp)) {
      std::map<std::string, double> previous_gap;  // ISO3 -> gap_usd_m at the lower target
      double previous_total = -1.0;
      for (double t = 0.5; t <= 6.0; t += 0.25) {
        SCOPED_TRACE(::testing::Message() << to_string(basis) << " " << year << " target " << t);
        auto g = engine().gap({{GetParam(), Membership::as_of}, year, "nato", t, basis});
        ASSERT_TRUE(g.ok()) << g.error().what();
        auto c = engine().compliance({{GetParam(), Membership::as_of}, year, "nato", t, {}});
        ASSERT_TRUE(c.ok()) << c.error().what();
        std::map<std::string, bool> meets;
        for (const auto& row : c->gdp.rows)
          if (row.value) meets[row.ally->iso3] = row.meets;
        double total = 0.0;
        int below = 0;
        for (const auto& row : g->gap.rows) {
          const std::string& iso3 = row.ally->iso3;
          ASSERT_TRUE(meets.count(iso3)) << iso3 << " has a gap but no compliance row";
          EXPECT_EQ(row.meets, meets[iso3]) << iso3;
          EXPECT_EQ(row.meets, meets_target(row.pct_gdp, t)) << iso3;
          if (row.meets) {
            EXPECT_EQ(row.gap_pp, 0.0) << iso3;
            EXPECT_EQ(row.gap_usd_m, 0.0) << iso3;
          } else {
            ++below;
            EXPECT_GT(row.gap_pp, 0.0) << iso3;
            EXPECT_GT(row.gap_usd_m, 0.0) << iso3;
            EXPECT_NEAR(row.gap_pp, t - row.pct_gdp, 1e-12) << iso3;
            EXPECT_NEAR(row.gap_usd_m, row.gap_pp / 100.0 * row.gdp_usd_m, 1e-9 * row.gdp_usd_m)
                << iso3;
          }
          if (auto it = previous_gap.find(iso3); it != previous_gap.end()) {
            EXPECT_GE(row.gap_usd_m, it->second) << iso3;
          }
          previous_gap[iso3] = row.gap_usd_m;
          total += row.gap_usd_m;
        }
        EXPECT_EQ(g->gap.count_below, below);
        EXPECT_NEAR(g->gap.total_gap_usd_m, total, 1e-9 * std::max(1.0, total));
        EXPECT_GE(g->gap.total_gap_usd_m, previous_total);
        previous_total = g->gap.total_gap_usd_m;
      }
    }
}

FARDEAU_FOR_EVERY_EDITION(Gap);

}  // namespace
}  // namespace fardeau::property

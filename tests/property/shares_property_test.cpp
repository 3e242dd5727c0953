// Shares sum to 100%: of spending, of GDP and of population, over any group, in every
// edition and year, as `fardeau shares` and `fardeau stats concordance` compute them.
// The library keeps shares unrounded, so the sums are 100 to floating-point rounding:
// within 1e-9 percentage points per ally.
#include <cmath>
#include <vector>

#include "editions.hpp"
#include "service/stats.hpp"

namespace fardeau::property {
namespace {

double tolerance(std::size_t n) { return 1e-9 * static_cast<double>(std::max<std::size_t>(n, 1)); }

using Shares = EditionTest;

TEST_P(Shares, SpendingAndBaseSharesSumTo100) {
  int checked = 0;
  for (PriceBasis basis : {PriceBasis::current, PriceBasis::constant}) {
    if (!d().has(spending_measure(basis))) continue;
    std::vector<analysis::ShareBase> bys;
    if (d().has(Measure::gdp_usd_current_m) || d().has(Measure::gdp_usd_const_m))
      bys.push_back(analysis::ShareBase::gdp);
    if (d().has(Measure::population_k)) bys.push_back(analysis::ShareBase::population);
    for (analysis::ShareBase by : bys)
      for (int year : years_of(d(), spending_measure(basis)))
        for (const char* g : {"nato", "europe-canada", "european-allies"}) {
          SCOPED_TRACE(::testing::Message()
                       << g << " " << year << " " << to_string(basis) << " by "
                       << (by == analysis::ShareBase::gdp ? "gdp" : "population"));
          service::SharesQuery q;
          q.scope.vintage = GetParam();
          q.year = year;
          q.group = g;
          q.basis = basis;
          q.by = by;
          auto r = engine().shares(q);
          ASSERT_TRUE(r.ok()) << r.error().what();
          const auto& s = r->shares;
          if (s.rows.empty()) continue;  // no ally publishes both values that year
          double spend = 0.0, base = 0.0, hhi = 0.0, total = 0.0;
          for (const auto& row : s.rows) {
            EXPECT_GE(row.defexp_share_pct, 0.0) << row.ally->iso3;
            EXPECT_LE(row.defexp_share_pct, 100.0 + tolerance(1)) << row.ally->iso3;
            spend += row.defexp_share_pct;
            base += row.base_share_pct;
            hhi += row.defexp_share_pct * row.defexp_share_pct;
            total += row.defexp_usd_m;
            if (row.ally->iso3 == "USA") {
              ASSERT_TRUE(s.us_share_pct.has_value());
              EXPECT_EQ(*s.us_share_pct, row.defexp_share_pct);
            }
          }
          const std::size_t n = s.rows.size();
          EXPECT_NEAR(spend, 100.0, tolerance(n));
          EXPECT_NEAR(base, 100.0, tolerance(n));
          EXPECT_NEAR(s.total_defexp_usd_m, total, 1e-9 * total);
          // HHI: the sum of squared % shares, from 10,000 / n (equal shares) to 10,000.
          EXPECT_NEAR(s.hhi, hhi, 1e-6);
          EXPECT_GE(s.hhi, 10000.0 / static_cast<double>(n) - 1e-6);
          EXPECT_LE(s.hhi, 10000.0 + 1e-6);
          ++checked;
        }
  }
  if (checked == 0) GTEST_SKIP() << GetParam() << " publishes no spending in US dollars";
}

// Concordance ranks shares over the allies it keeps; each share column sums to 100.
TEST_P(Shares, ConcordanceShareColumnsSumTo100) {
  if (!d().has(Measure::defexp_usd_current_m) ||
      !(d().has(Measure::gdp_usd_current_m) || d().has(Measure::gdp_usd_const_m)) ||
      !d().has(Measure::population_k))
    GTEST_SKIP() << GetParam() << " lacks current-price spending, GDP or population";
  int checked = 0;
  for (int year : years_of(d(), Measure::defexp_usd_current_m)) {
    service::ConcordanceQuery q;
    q.stats.scope.vintage = GetParam();
    q.year = year;
    q.benefit = service::BenefitProxy::mixed;
    auto r = service::concordance(engine(), q);
    if (!r && r.error().code == ErrorCode::invalid_argument) continue;  // too few allies
    ASSERT_TRUE(r.ok()) << year << ": " << r.error().what();
    SCOPED_TRACE(year);
    double spend = 0.0, gdp = 0.0, pop = 0.0, benefit = 0.0;
    for (const auto& row : r->rows) {
      spend += row.defexp_share_pct;
      gdp += row.gdp_share_pct.value_or(0.0);
      pop += row.population_share_pct.value_or(0.0);
      benefit += row.benefit_share_pct;
    }
    const std::size_t n = r->rows.size();
    EXPECT_NEAR(spend, 100.0, tolerance(n));
    EXPECT_NEAR(gdp, 100.0, tolerance(n));
    EXPECT_NEAR(pop, 100.0, tolerance(n));
    EXPECT_NEAR(benefit, 100.0, tolerance(n));
    ++checked;
  }
  EXPECT_GT(checked, 0) << "no year of " << GetParam() << " had enough allies";
}

FARDEAU_FOR_EVERY_EDITION(Shares);

}  // namespace
}  // namespace fardeau::property

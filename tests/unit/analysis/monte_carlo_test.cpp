#include "analysis/monte_carlo.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "analysis/binned_quantiles.hpp"
#include "analysis/rng.hpp"
#include "analysis/scenario.hpp"

namespace fardeau::analysis {
namespace {

double normal_cdf(double z) { return 0.5 * std::erfc(-z / std::sqrt(2.0)); }

// Two allies like scenario_test's: the US at 3% of GDP, BBB rising from 1% to 2% in 3 years.
McParams two_ally_params() {
  McParams p;
  p.base_year = 2021;
  p.horizon_years = 3;
  p.target_pct = 2.0;
  McAllyParams us{"USA", 3.0, 31.212, 0.02, 0.02, 0.02, 0.03, {3.0, 3.0, 3.0, 3.0}};
  McAllyParams b{"BBB", 1.0, 5.5, 0.0, 0.03, 0.10, 0.08, {}};
  for (int k = 0; k <= 3; ++k)
    b.plan_pct.push_back(planned_share_pct(1.0, 2.0, k, 3, PathShape::linear));
  p.allies = {b, us};
  p.us_index = 1;
  p.rho_growth = 0.4;
  p.rho_deflator = 0.6;
  p.paths = 20000;
  p.threads = 2;
  return p;
}

TEST(rng_test, normal_moments_and_tails) {
  Xoshiro256 rng(42, 0);
  const int n = 1'000'000;
  double sum = 0, sum2 = 0;
  int beyond3 = 0;
  for (int i = 0; i < n; ++i) {
    const double z = standard_normal(rng);
    sum += z;
    sum2 += z * z;
    beyond3 += std::fabs(z) > 3.0 ? 1 : 0;
  }
  const double mean = sum / n;
  EXPECT_NEAR(mean, 0.0, 4.0 / std::sqrt(n));
  EXPECT_NEAR(sum2 / n - mean * mean, 1.0, 4.0 * std::sqrt(2.0 / n));
  // P(|Z| > 3) = 0.0026998; binomial sd over 1e6 draws is 5.2e-5.
  EXPECT_NEAR(static_cast<double>(beyond3) / n, 0.0026998, 4 * 5.2e-5);
}

TEST(rng_test, streams_are_reproducible_and_distinct) {
  Xoshiro256 a(7, 3), b(7, 3), c(7, 4), d(8, 3);
  const auto x = a.next();
  EXPECT_EQ(x, b.next());
  EXPECT_NE(x, c.next());
  EXPECT_NE(x, d.next());
}

TEST(binned_quantiles_test, uniform_values) {
  const BinSpec spec = BinSpec::linear(0.0, 100.0, 1000);
  std::vector<std::uint64_t> counts(1002, 0);
  for (int i = 0; i < 10000; ++i) counts[static_cast<std::size_t>(spec.bin(i / 100.0))]++;
  EXPECT_NEAR(binned_quantile(spec, counts.data(), 10000, 0.0, 99.99, 0.5), 50.0, 0.1);
  EXPECT_NEAR(binned_quantile(spec, counts.data(), 10000, 0.0, 99.99, 0.05), 5.0, 0.1);
}

// With no shocks and full execution every path is the deterministic scenario.
TEST(monte_carlo_test, zero_variance_equals_deterministic_scenario) {
  McParams p = two_ally_params();
  for (auto& a : p.allies) a.sd_growth = a.sd_deflator = 0.0;
  p.execution_mean = 1.0;
  p.execution_sd = 0.0;
  p.paths = 5000;
  const McResult r = simulate(p);
  // Deterministic: BBB at 1, 1.333, 1.667, 2% (meets in year 3 only); the US always.
  const std::vector<double> bbb{0, 0, 0, 1};
  for (int k = 0; k <= 3; ++k) {
    EXPECT_EQ(r.allies[0].prob[static_cast<std::size_t>(k)], bbb[static_cast<std::size_t>(k)]) << k;
    EXPECT_EQ(r.allies[1].prob[static_cast<std::size_t>(k)], 1.0) << k;
    EXPECT_EQ(r.allies[0].se[static_cast<std::size_t>(k)], 0.0);
  }
  for (int k = 1; k <= 3; ++k) {
    const double us = 31.212 * std::pow(1.02 * 1.02, k);
    const double b = 5.5 * (1.0 + k / 3.0) * std::pow(1.10, k);
    const auto& y = r.years[static_cast<std::size_t>(k)];
    EXPECT_NEAR(y.total_usd_m.p05, us + b, 1e-9 * (us + b));
    EXPECT_EQ(y.total_usd_m.p05, y.total_usd_m.p95);
    EXPECT_NEAR(y.total_usd_m.mean, us + b, 1e-3);
    EXPECT_NEAR(y.us_share_pct.p50, us / (us + b) * 100, 1e-9);
  }
}

// One ally already at 2.05% of GDP with spending fixed on its trend: after one year its
// share is 2.05 (1 + mu) / (1 + g), g ~ N(mu, sigma^2). It meets 2% (NATO's rounding:
// share >= 1.995) iff g <= 2.05 (1 + mu) / 1.995 - 1 = 0.04812, so P = Phi(that - mu) / sigma).
TEST(monte_carlo_test, one_ally_analytic_probability) {
  McParams p;
  p.base_year = 2020;
  p.horizon_years = 1;
  p.target_pct = 2.0;
  const double mu = 0.02, sigma = 0.03;
  p.allies = {{"AAA", 2.05, 100.0, mu, sigma, 0.0, 0.0, {2.05, 2.05}}};
  p.paths = 40000;
  p.threads = 2;
  const McResult r = simulate(p);
  const double expected =
      normal_cdf((2.05 * (1 + mu) / 1.995 - 1 - mu) / sigma);  // Phi(0.937) = 0.826
  const double prob = r.allies[0].prob[1];
  const double se = r.allies[0].se[1];
  EXPECT_NEAR(se, std::sqrt(prob * (1 - prob) / 40000), 1e-12);
  EXPECT_NEAR(prob, expected, 3 * se) << "expected " << expected;
  EXPECT_GT(expected, 0.82);
  EXPECT_LT(expected, 0.83);
}

// Same seed: bit-identical whatever the number of threads (streams belong to blocks of
// paths, statistics are integer counts). Another seed: different draws.
TEST(monte_carlo_test, reproducible_across_thread_counts) {
  McParams p = two_ally_params();
  p.paths = 3 * kBlockPaths + 17;
  p.threads = 1;
  const McResult a = simulate(p);
  p.threads = 3;
  const McResult b = simulate(p);
  for (std::size_t i = 0; i < a.allies.size(); ++i) EXPECT_EQ(a.allies[i].prob, b.allies[i].prob);
  for (std::size_t k = 0; k < a.years.size(); ++k) {
    EXPECT_EQ(a.years[k].total_usd_m.p05, b.years[k].total_usd_m.p05);
    EXPECT_EQ(a.years[k].total_usd_m.p50, b.years[k].total_usd_m.p50);
    EXPECT_EQ(a.years[k].total_usd_m.mean, b.years[k].total_usd_m.mean);
    EXPECT_EQ(a.years[k].us_share_pct.p95, b.years[k].us_share_pct.p95);
  }
  p.seed = 2;
  const McResult c = simulate(p);
  EXPECT_NE(a.years[3].total_usd_m.mean, c.years[3].total_usd_m.mean);
  EXPECT_EQ(a.paths, p.paths);
}

// Shocks spread the outcomes: quantiles are ordered, the median is near the plan, and
// partial execution lowers BBB's chance of reaching 2%.
TEST(monte_carlo_test, quantiles_ordered_and_execution_matters) {
  McParams p = two_ally_params();
  p.execution_mean = 1.0;
  p.execution_sd = 0.0;
  const McResult full = simulate(p);
  const auto& y = full.years[3];
  EXPECT_LT(y.total_usd_m.p05, y.total_usd_m.p25);
  EXPECT_LT(y.total_usd_m.p25, y.total_usd_m.p50);
  EXPECT_LT(y.total_usd_m.p50, y.total_usd_m.p75);
  EXPECT_LT(y.total_usd_m.p75, y.total_usd_m.p95);
  p.execution_mean = 0.8;
  p.execution_sd = 0.1;
  const McResult partial = simulate(p);
  EXPECT_LT(partial.allies[0].prob[3], full.allies[0].prob[3] - 0.2);
}

}  // namespace
}  // namespace fardeau::analysis

// Monte Carlo projections of who reaches a target: real GDP growth and the US-dollar
// deflator (inflation and exchange rate) follow one-factor models with shocks correlated
// across allies, and each ally delivers a random share of its planned increase (budget
// execution). Parameters are estimated from an edition's own series (service/simulate)
// and documented in docs/methodology.md, "Monte Carlo".
//
// Reproducible: paths are cut into blocks of kBlockPaths; block b draws from the stream
// (seed, b) whatever thread runs it, and every statistic is an integer count or a
// fixed-point sum, so the same seed gives bit-identical results for any thread count.
// Memory does not grow with the number of paths (fixed-bin histograms).
//
// Speed (docs/performance.md): the kernel computes kLanes paths side by side, so that
// every operation of the model is a short loop over lanes that the compiler turns into
// vector instructions; normals are drawn in bulk (fill_normals) just before use.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "analysis/binned_quantiles.hpp"
#include "analysis/cpu_features.hpp"
#include "analysis/rng.hpp"

namespace fardeau::analysis {

/// 128-bit integer for exact sums (GCC and clang; __extension__ silences -Wpedantic).
__extension__ using Int128 = __int128;

/// Paths per block: the unit of work and of random streams.
constexpr std::uint64_t kBlockPaths = 4096;
/// Paths computed side by side in the kernel (a divisor of kBlockPaths).
constexpr int kLanes = 8;
static_assert(kBlockPaths % kLanes == 0);
/// Upper bound on the number of paths (docs/cli.md): 10^8, about a minute on two cores.
constexpr std::uint64_t kMaxPaths = 100'000'000;
constexpr int kHistogramBins = 4096;
/// Spending bins: 2^9 = 512 per octave (0.1% to 0.2% wide), 1/16 to 16 times the plan.
constexpr int kLog2BinsPerOctave = 9;

struct McAllyParams {
  std::string iso3;
  double pct0 = 0.0;                              ///< published base-year share of GDP, %
  double spend_current0_m = 0.0;                  ///< published base-year spending, current US$ m
  double mean_growth = 0.0, sd_growth = 0.0;      ///< real GDP growth a year, fraction
  double mean_deflator = 0.0, sd_deflator = 0.0;  ///< US-dollar deflator change, fraction
  std::vector<double> plan_pct;  ///< planned share of GDP, years 0..h (plan_pct[0] = pct0)
};

struct McParams {
  std::vector<McAllyParams> allies;
  int base_year = 0;
  int horizon_years = 0;  ///< h >= 1: years simulated after the base year
  double target_pct = 2.0;
  double rho_growth = 0.0, rho_deflator = 0.0;      ///< one-factor loadings (correlations)
  double execution_mean = 0.9, execution_sd = 0.2;  ///< share of the planned increase delivered
  double execution_max = 1.5;  ///< execution share clamped to [0, execution_max]
  int us_index = -1;           ///< index of the United States in `allies`, -1 if absent
  std::uint64_t seed = 1;
  std::uint64_t paths = 10000;
  unsigned threads = 1;
  Simd simd = best_simd();  ///< instruction set of the kernel (same results for every one)
};

/// What the paths add up to; integer counts and fixed-point sums (order-independent).
struct McAccumulator {
  int n_allies = 0, n_years = 0;  ///< n_years = h + 1 (year 0 included)
  std::uint64_t paths = 0;
  std::vector<std::uint64_t> meet;        ///< [ally * n_years + k]
  std::vector<std::uint64_t> hist_total;  ///< [k * (bins + 2) + bin]
  std::vector<std::uint64_t> hist_us;
  std::vector<Int128> sum_total_k;  ///< sum of totals in thousands of US$ (fixed point)
  std::vector<Int128> sum_us_nano;  ///< sum of US shares in 1e-9 points
  std::vector<double> min_total, max_total, min_us, max_us;

  McAccumulator(int allies, int years);
  void merge(const McAccumulator& o);
};

/// One ally's constants in the form the kernel uses them.
struct McAllyKernel {
  double one_g = 1, sd_g = 0, idio_g = 0;  ///< 1 + g = one_g + sd_g F_g + idio_g e (clamped)
  double one_d = 1, sd_d = 0, idio_d = 0;  ///< same for the deflator
  double pct0 = 0, spend0 = 0;
  std::vector<double> trend;  ///< [k - 1] = (1 + mean growth)^k, years 1..h
  std::vector<double> extra;  ///< [k - 1] = planned real spending - trend (x scales it)
};

/// Values the kernel reuses across paths (trend paths, factor loadings, bins).
struct McPrecomputed {
  std::vector<McAllyKernel> allies;
  double load_g = 0, load_d = 0;
  double threshold_pct = 0;         ///< lowest_meeting_pct(target): x meets <=> x >= it
  std::vector<BinSpec> total_bins;  ///< per year, log bins around the deterministic total
  BinSpec us_bins = BinSpec::linear(0.0, 100.0, kHistogramBins);
};
McPrecomputed precompute(const McParams& p);

/// The path kernel: `count` paths drawn from `rng`, added to `acc`. One call is one
/// block: sums are rounded to fixed point once per call, so a result depends on how
/// paths are cut into calls (simulate always cuts them into kBlockPaths).
void simulate_paths(const McParams& p, const McPrecomputed& pre, Xoshiro256x4& rng,
                    std::uint64_t count, McAccumulator& acc);

struct McQuantiles {
  double p05 = 0, p25 = 0, p50 = 0, p75 = 0, p95 = 0, mean = 0;
};
struct McYear {
  int year = 0;
  McQuantiles total_usd_m;  ///< alliance spending, current US$ m
  bool has_us = false;
  McQuantiles us_share_pct;
  double expected_meeting = 0.0;  ///< sum over allies of the probabilities
};
struct McAllyResult {
  std::string iso3;
  std::vector<double> prob;  ///< probability of meeting the target, years 0..h
  std::vector<double> se;    ///< its standard error sqrt(p (1 - p) / n)
};
struct McResult {
  std::uint64_t seed = 0, paths = 0;
  unsigned threads = 0;
  std::vector<McYear> years;
  std::vector<McAllyResult> allies;
};

/// Progress: paths done so far and the total, called on the calling thread.
using McProgress = std::function<void(std::uint64_t done, std::uint64_t total)>;

/// Run every path on p.threads threads (>= 1) and summarise. Parameters are trusted
/// (the service validates them).
McResult simulate(const McParams& p, const McProgress& progress = {});
/// The summary of an accumulator (exposed for tests).
McResult summarise(const McParams& p, const McPrecomputed& pre, const McAccumulator& acc);

}  // namespace fardeau::analysis

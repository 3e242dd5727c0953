#include "analysis/monte_carlo.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <thread>

#include "core/target_rule.hpp"

namespace fardeau::analysis {
namespace {

constexpr double kTotalScale = 1000.0;  // fixed point: thousands of US$
constexpr double kShareScale = 1e9;     // fixed point: 1e-9 percentage points
// Yearly growth and deflator factors are clamped to this range so that extreme
// volatility settings cannot produce negative GDP.
constexpr double kFactorMin = 0.5, kFactorMax = 2.0;

std::size_t idx(int a, int b, int n) {
  return static_cast<std::size_t>(a) * static_cast<std::size_t>(n) + static_cast<std::size_t>(b);
}

}  // namespace

McAccumulator::McAccumulator(int allies, int years)
    : n_allies(allies),
      n_years(years),
      meet(static_cast<std::size_t>(allies) * static_cast<std::size_t>(years), 0),
      hist_total(static_cast<std::size_t>(years) * (kHistogramBins + 2), 0),
      hist_us(static_cast<std::size_t>(years) * (kHistogramBins + 2), 0),
      sum_total_k(static_cast<std::size_t>(years), 0),
      sum_us_nano(static_cast<std::size_t>(years), 0),
      min_total(static_cast<std::size_t>(years), HUGE_VAL),
      max_total(static_cast<std::size_t>(years), -HUGE_VAL),
      min_us(static_cast<std::size_t>(years), HUGE_VAL),
      max_us(static_cast<std::size_t>(years), -HUGE_VAL) {}

void McAccumulator::merge(const McAccumulator& o) {
  paths += o.paths;
  for (std::size_t i = 0; i < meet.size(); ++i) meet[i] += o.meet[i];
  for (std::size_t i = 0; i < hist_total.size(); ++i) hist_total[i] += o.hist_total[i];
  for (std::size_t i = 0; i < hist_us.size(); ++i) hist_us[i] += o.hist_us[i];
  for (std::size_t k = 0; k < sum_total_k.size(); ++k) {
    sum_total_k[k] += o.sum_total_k[k];
    sum_us_nano[k] += o.sum_us_nano[k];
    min_total[k] = std::min(min_total[k], o.min_total[k]);
    max_total[k] = std::max(max_total[k], o.max_total[k]);
    min_us[k] = std::min(min_us[k], o.min_us[k]);
    max_us[k] = std::max(max_us[k], o.max_us[k]);
  }
}

McPrecomputed precompute(const McParams& p) {
  McPrecomputed pre;
  const int n = static_cast<int>(p.allies.size());
  const int ny = p.horizon_years + 1;
  pre.trend_real.assign(static_cast<std::size_t>(n * ny), 1.0);
  pre.plan_real.assign(static_cast<std::size_t>(n * ny), 1.0);
  std::vector<double> det_total(static_cast<std::size_t>(ny), 0.0);
  for (int i = 0; i < n; ++i) {
    const auto& a = p.allies[static_cast<std::size_t>(i)];
    double real = 1.0, price = 1.0;
    for (int k = 0; k < ny; ++k) {
      if (k > 0) {
        real *= 1.0 + a.mean_growth;
        price *= 1.0 + a.mean_deflator;
      }
      pre.trend_real[idx(i, k, ny)] = real;
      const double plan = a.plan_pct[static_cast<std::size_t>(k)] / a.pct0;
      pre.plan_real[idx(i, k, ny)] = real * plan;
      det_total[static_cast<std::size_t>(k)] += a.spend_current0_m * real * plan * price;
    }
  }
  pre.load_g = std::sqrt(p.rho_growth);
  pre.idio_g = std::sqrt(1.0 - p.rho_growth);
  pre.load_d = std::sqrt(p.rho_deflator);
  pre.idio_d = std::sqrt(1.0 - p.rho_deflator);
  pre.threshold_pct = p.target_pct - 0.005 - 1e-9;
  for (int k = 0; k < ny; ++k) {
    const double c =
        det_total[static_cast<std::size_t>(k)] > 0 ? det_total[static_cast<std::size_t>(k)] : 1.0;
    pre.total_bins.push_back(BinSpec{c / 8.0, c * 8.0, kHistogramBins, true});
  }
  return pre;
}

void simulate_paths(const McParams& p, const McPrecomputed& pre, Xoshiro256& rng,
                    std::uint64_t count, McAccumulator& acc) {
  const ZigguratTables& zt = ZigguratTables::get();
  const int n = static_cast<int>(p.allies.size());
  const int h = p.horizon_years;
  const int ny = h + 1;
  constexpr int kMaxYears = 128;
  double f_g[kMaxYears], f_d[kMaxYears], total[kMaxYears], us[kMaxYears];
  // All the normals of one path, drawn in one tight loop (better pipelining than
  // interleaving them with the arithmetic), in a fixed order: factors, then per ally
  // execution and (growth, deflator) by year.
  std::vector<double> z(static_cast<std::size_t>(2 * h + n * (1 + 2 * h)));
  for (std::uint64_t path = 0; path < count; ++path) {
    fill_normals(rng, zt, z.data(), z.size());
    const double* zp = z.data();
    for (int k = 1; k < ny; ++k) {
      f_g[k] = pre.load_g * *zp++;
      f_d[k] = pre.load_d * *zp++;
      total[k] = 0.0;
      us[k] = 0.0;
    }
    for (int i = 0; i < n; ++i) {
      const McAllyParams& a = p.allies[static_cast<std::size_t>(i)];
      const double* trend = &pre.trend_real[idx(i, 0, ny)];
      const double* plan = &pre.plan_real[idx(i, 0, ny)];
      std::uint64_t* meet = &acc.meet[idx(i, 0, ny)];
      const double x = std::clamp(p.execution_mean + p.execution_sd * *zp++, 0.0, p.execution_max);
      const double sg = a.sd_growth * pre.idio_g, sd = a.sd_deflator * pre.idio_d;
      // share >= threshold  <=>  pct0 x spend_real >= threshold x real (no division)
      const double pct0 = a.pct0, thr = pre.threshold_pct, spend0 = a.spend_current0_m;
      double real = 1.0, price = 1.0;
      for (int k = 1; k < ny; ++k) {
        const double g = a.mean_growth + a.sd_growth * f_g[k] + sg * zp[0];
        const double d = a.mean_deflator + a.sd_deflator * f_d[k] + sd * zp[1];
        zp += 2;
        real *= std::clamp(1.0 + g, kFactorMin, kFactorMax);
        price *= std::clamp(1.0 + d, kFactorMin, kFactorMax);
        // Budgets are set in money against the trend: planned real spending relative to
        // the base year, of which a share x of the increase is delivered.
        const double spend_real = trend[k] + x * (plan[k] - trend[k]);
        meet[k] += pct0 * spend_real >= thr * real ? 1U : 0U;
        const double spend = spend0 * spend_real * price;
        total[k] += spend;
        if (i == p.us_index) us[k] = spend;
      }
    }
    for (int k = 1; k < ny; ++k) {
      const std::size_t ku = static_cast<std::size_t>(k);
      const double t = total[k];
      acc.hist_total[ku * (kHistogramBins + 2) +
                     static_cast<std::size_t>(pre.total_bins[ku].bin(t))]++;
      acc.sum_total_k[ku] += static_cast<Int128>(std::llround(t * kTotalScale));
      acc.min_total[ku] = std::min(acc.min_total[ku], t);
      acc.max_total[ku] = std::max(acc.max_total[ku], t);
      if (p.us_index >= 0 && t > 0.0) {
        const double s = us[k] / t * 100.0;
        acc.hist_us[ku * (kHistogramBins + 2) + static_cast<std::size_t>(pre.us_bins.bin(s))]++;
        acc.sum_us_nano[ku] += static_cast<Int128>(std::llround(s * kShareScale));
        acc.min_us[ku] = std::min(acc.min_us[ku], s);
        acc.max_us[ku] = std::max(acc.max_us[ku], s);
      }
    }
  }
  acc.paths += count;
}

McResult summarise(const McParams& p, const McPrecomputed& pre, const McAccumulator& acc) {
  McResult r;
  r.seed = p.seed;
  r.paths = acc.paths;
  r.threads = p.threads;
  const int ny = p.horizon_years + 1;
  const double n = static_cast<double>(acc.paths);
  // Year 0 is the published base year: no uncertainty.
  double total0 = 0.0;
  for (const auto& a : p.allies) total0 += a.spend_current0_m;
  for (int k = 0; k < ny; ++k) {
    const std::size_t ku = static_cast<std::size_t>(k);
    McYear y;
    y.year = p.base_year + k;
    y.has_us = p.us_index >= 0;
    if (k == 0) {
      y.total_usd_m = {total0, total0, total0, total0, total0, total0};
      if (y.has_us) {
        const double s =
            p.allies[static_cast<std::size_t>(p.us_index)].spend_current0_m / total0 * 100.0;
        y.us_share_pct = {s, s, s, s, s, s};
      }
    } else {
      const std::uint64_t* ht = &acc.hist_total[ku * (kHistogramBins + 2)];
      auto q = [&](const BinSpec& b, const std::uint64_t* h, double lo, double hi, double f) {
        return binned_quantile(b, h, acc.paths, lo, hi, f);
      };
      const auto& tb = pre.total_bins[ku];
      y.total_usd_m = {q(tb, ht, acc.min_total[ku], acc.max_total[ku], 0.05),
                       q(tb, ht, acc.min_total[ku], acc.max_total[ku], 0.25),
                       q(tb, ht, acc.min_total[ku], acc.max_total[ku], 0.50),
                       q(tb, ht, acc.min_total[ku], acc.max_total[ku], 0.75),
                       q(tb, ht, acc.min_total[ku], acc.max_total[ku], 0.95),
                       static_cast<double>(acc.sum_total_k[ku]) / kTotalScale / n};
      if (y.has_us) {
        const std::uint64_t* hu = &acc.hist_us[ku * (kHistogramBins + 2)];
        const auto& ub = pre.us_bins;
        y.us_share_pct = {q(ub, hu, acc.min_us[ku], acc.max_us[ku], 0.05),
                          q(ub, hu, acc.min_us[ku], acc.max_us[ku], 0.25),
                          q(ub, hu, acc.min_us[ku], acc.max_us[ku], 0.50),
                          q(ub, hu, acc.min_us[ku], acc.max_us[ku], 0.75),
                          q(ub, hu, acc.min_us[ku], acc.max_us[ku], 0.95),
                          static_cast<double>(acc.sum_us_nano[ku]) / kShareScale / n};
      }
    }
    r.years.push_back(y);
  }
  for (int i = 0; i < static_cast<int>(p.allies.size()); ++i) {
    const auto& a = p.allies[static_cast<std::size_t>(i)];
    McAllyResult ar;
    ar.iso3 = a.iso3;
    for (int k = 0; k < ny; ++k) {
      double prob = 0.0;
      if (k == 0)
        prob = meets_target(a.pct0, p.target_pct) ? 1.0 : 0.0;
      else
        prob = static_cast<double>(acc.meet[idx(i, k, ny)]) / n;
      ar.prob.push_back(prob);
      ar.se.push_back(k == 0 ? 0.0 : std::sqrt(prob * (1.0 - prob) / n));
      r.years[static_cast<std::size_t>(k)].expected_meeting += prob;
    }
    r.allies.push_back(std::move(ar));
  }
  return r;
}

McResult simulate(const McParams& p, const McProgress& progress) {
  const McPrecomputed pre = precompute(p);
  const int n = static_cast<int>(p.allies.size());
  const int ny = p.horizon_years + 1;
  const std::uint64_t blocks = (p.paths + kBlockPaths - 1) / kBlockPaths;
  const unsigned threads =
      std::max(1U, std::min<unsigned>(p.threads, static_cast<unsigned>(blocks)));
  std::atomic<std::uint64_t> next{0}, done{0};
  std::vector<McAccumulator> accs(threads, McAccumulator(n, ny));
  auto work = [&](unsigned t) {
    for (;;) {
      const std::uint64_t b = next.fetch_add(1, std::memory_order_relaxed);
      if (b >= blocks) return;
      const std::uint64_t count = std::min(kBlockPaths, p.paths - b * kBlockPaths);
      Xoshiro256 rng(p.seed, b);  // the stream belongs to the block, not to the thread
      simulate_paths(p, pre, rng, count, accs[t]);
      done.fetch_add(count, std::memory_order_relaxed);
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) pool.emplace_back(work, t);
  if (progress) {
    while (done.load(std::memory_order_relaxed) < p.paths) {
      progress(done.load(std::memory_order_relaxed), p.paths);
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    progress(p.paths, p.paths);
  }
  for (auto& th : pool) th.join();
  McAccumulator total(n, ny);
  for (const auto& a : accs) total.merge(a);
  McResult r = summarise(p, pre, total);
  r.threads = threads;
  return r;
}

}  // namespace fardeau::analysis

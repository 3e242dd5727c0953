#include "analysis/monte_carlo.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <thread>

#include "analysis/cpu_features.hpp"
#include "analysis/shares.hpp"
#include "core/target_rule.hpp"

namespace fardeau::analysis {
namespace {

constexpr double kTotalScale = 1000.0;  // fixed point: thousands of US$
constexpr double kShareScale = 1e9;     // fixed point: 1e-9 percentage points
// Yearly growth and deflator factors are clamped to this range so that extreme
// volatility settings cannot produce negative GDP.
constexpr double kFactorMin = 0.5, kFactorMax = 2.0;

// A block's sum in fixed point, saturated at 2^110 (10^33) so that the conversion and the
// sum over kMaxPaths / kBlockPaths blocks stay within Int128 even for absurd volatility
// settings over a century (factors up to 2 a year).
Int128 to_fixed(double v) {
  constexpr double kMax = 0x1.0p110;
  return static_cast<Int128>(std::nearbyint(std::clamp(v, -kMax, kMax)));
}

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
  const int h = p.horizon_years;
  std::vector<double> det_total(static_cast<std::size_t>(h + 1), 0.0);
  const double idio_g = std::sqrt(1.0 - p.rho_growth), idio_d = std::sqrt(1.0 - p.rho_deflator);
  for (int i = 0; i < n; ++i) {
    const auto& a = p.allies[static_cast<std::size_t>(i)];
    McAllyKernel ak;
    ak.one_g = 1.0 + a.mean_growth;
    ak.sd_g = a.sd_growth;
    ak.idio_g = a.sd_growth * idio_g;
    ak.one_d = 1.0 + a.mean_deflator;
    ak.sd_d = a.sd_deflator;
    ak.idio_d = a.sd_deflator * idio_d;
    ak.pct0 = a.pct0;
    ak.spend0 = a.spend_current0_m;
    double real = 1.0, price = 1.0;
    for (int k = 0; k <= h; ++k) {
      if (k > 0) {
        real *= 1.0 + a.mean_growth;
        price *= 1.0 + a.mean_deflator;
      }
      const double plan = a.plan_pct[static_cast<std::size_t>(k)] / a.pct0;
      if (k > 0) {
        ak.trend.push_back(real);
        ak.extra.push_back(real * plan - real);
      }
      det_total[static_cast<std::size_t>(k)] += a.spend_current0_m * real * plan * price;
    }
    pre.allies.push_back(std::move(ak));
  }
  pre.load_g = std::sqrt(p.rho_growth);
  pre.load_d = std::sqrt(p.rho_deflator);
  pre.threshold_pct = lowest_meeting_pct(p.target_pct);
  for (int k = 0; k <= h; ++k) {
    const double c =
        det_total[static_cast<std::size_t>(k)] > 0 ? det_total[static_cast<std::size_t>(k)] : 1.0;
    pre.total_bins.push_back(BinSpec::logarithmic(c, kHistogramBins, kLog2BinsPerOctave));
  }
  return pre;
}

namespace {

// Written as selects on values (not std::clamp's references) so that loops over lanes
// become vector min / max instructions.
double clamp_factor(double v) {
  v = v < kFactorMin ? kFactorMin : v;
  return v > kFactorMax ? kFactorMax : v;
}

// One ally on kLanes paths. `z`: its kLanes execution draws, then for each year k = 1..h
// kLanes growth and kLanes deflator shocks; `f`: the same layout of the common factors
// (already times their loadings). Adds its spending to `total` and its meetings of the
// target to `meet` ([k - 1][lane] both), copies its spending to `us` if not null. Every
// loop runs over lanes with no dependence between them: vector instructions. Counts are
// doubles (exact up to 2^53) because SSE2 has no 64-bit integer select.
[[gnu::always_inline]] inline void ally_lanes(const McAllyKernel& a, const McParams& p, double thr,
                                              int h, const double* __restrict f,
                                              const double* __restrict z, double* __restrict total,
                                              double* __restrict us, double* __restrict meet) {
  // Scalars in locals: the vectoriser then knows that no store below changes them.
  const double one_g = a.one_g, sd_g = a.sd_g, idio_g = a.idio_g;
  const double one_d = a.one_d, sd_d = a.sd_d, idio_d = a.idio_d;
  const double pct0 = a.pct0, spend0 = a.spend0;
  const double x_mean = p.execution_mean, x_sd = p.execution_sd, x_max = p.execution_max;
  double x[kLanes], real[kLanes], price[kLanes], spend[kLanes];
  for (int l = 0; l < kLanes; ++l) {
    const double xl = x_mean + x_sd * z[l];
    x[l] = xl < 0.0 ? 0.0 : (xl > x_max ? x_max : xl);
    real[l] = 1.0;
    price[l] = 1.0;
  }
  z += kLanes;
  for (int k = 0; k < h; ++k) {
    const std::ptrdiff_t year_lanes = std::ptrdiff_t{k} * kLanes;  // offsets in ptrdiff_t
    const double* fg = f + 2 * year_lanes;
    const double* fd = fg + kLanes;
    const double* zg = z + 2 * year_lanes;
    const double* zd = zg + kLanes;
    const double trend = a.trend[static_cast<std::size_t>(k)];
    const double extra = a.extra[static_cast<std::size_t>(k)];
    double* tk = total + year_lanes;
    double* mk = meet + year_lanes;
    for (int l = 0; l < kLanes; ++l) {
      real[l] *= clamp_factor(one_g + sd_g * fg[l] + idio_g * zg[l]);
      price[l] *= clamp_factor(one_d + sd_d * fd[l] + idio_d * zd[l]);
      // Budgets are set in money against the trend: planned real spending relative to
      // the base year, of which a share x of the increase is delivered.
      const double spend_real = trend + x[l] * extra;
      // share >= threshold  <=>  pct0 x spend_real >= threshold x real (no division)
      mk[l] += pct0 * spend_real >= thr * real[l] ? 1.0 : 0.0;
      spend[l] = spend0 * spend_real * price[l];
      tk[l] += spend[l];
    }
    if (us != nullptr)
      for (int l = 0; l < kLanes; ++l) us[k * kLanes + l] = spend[l];
  }
}

using AllyLanesFn = void (*)(const McAllyKernel&, const McParams&, double, int, const double*,
                             const double*, double*, double*, double*);

void ally_lanes_portable(const McAllyKernel& a, const McParams& p, double thr, int h,
                         const double* f, const double* z, double* total, double* us,
                         double* meet) {
  ally_lanes(a, p, thr, h, f, z, total, us, meet);
}

#if FARDEAU_X86_DISPATCH
// The same code compiled for AVX2: four lanes per instruction instead of two. No FMA
// (and -ffp-contract=off for this file), so every lane gives the portable version's bits.
__attribute__((target("avx2"))) void ally_lanes_avx2(const McAllyKernel& a, const McParams& p,
                                                     double thr, int h, const double* f,
                                                     const double* z, double* total, double* us,
                                                     double* meet) {
  ally_lanes(a, p, thr, h, f, z, total, us, meet);
}
#endif

AllyLanesFn pick_ally_lanes(Simd simd) {
#if FARDEAU_X86_DISPATCH
  if (simd == Simd::avx2) return ally_lanes_avx2;
#endif
  return ally_lanes_portable;
}

}  // namespace

void simulate_paths(const McParams& p, const McPrecomputed& pre, Xoshiro256x4& rng,
                    std::uint64_t count, McAccumulator& acc) {
  const ZigguratTables& zt = ZigguratTables::get();
  const Simd simd = cpu_supports(p.simd) ? p.simd : Simd::portable;
  const AllyLanesFn kernel = pick_ally_lanes(simd);
  const int n = static_cast<int>(p.allies.size());
  const int h = p.horizon_years;
  const int ny = h + 1;
  const auto hl = static_cast<std::size_t>(h) * kLanes;
  constexpr std::size_t kStride = kHistogramBins + 2;
  // Scratch for one call (one block), nothing allocated per path. Normals are drawn in
  // a fixed order: each group of kLanes paths takes the factors, then ally by ally.
  std::vector<double> f(2 * hl), z(kLanes + 2 * hl), total(hl), us(hl);
  std::vector<double> meet_lanes(static_cast<std::size_t>(n) * hl, 0.0), partial;
  std::vector<double> sum_total(static_cast<std::size_t>(ny), 0.0), sum_us(sum_total);
  for (std::uint64_t done = 0; done < count; done += kLanes) {
    const auto live = static_cast<int>(std::min<std::uint64_t>(kLanes, count - done));
    // The last group of a block may be partial: its counts go through `partial`, of
    // which only the live lanes are kept.
    double* meet = meet_lanes.data();
    if (live < kLanes) {
      partial.assign(meet_lanes.size(), 0.0);
      meet = partial.data();
    }
    fill_normals(rng, zt, f.data(), f.size(), simd);
    for (int k = 0; k < h; ++k)
      for (int l = 0; l < kLanes; ++l) {
        f[static_cast<std::size_t>((2 * k) * kLanes + l)] *= pre.load_g;
        f[static_cast<std::size_t>((2 * k + 1) * kLanes + l)] *= pre.load_d;
      }
    std::fill(total.begin(), total.end(), 0.0);
    for (int i = 0; i < n; ++i) {
      fill_normals(rng, zt, z.data(), z.size(), simd);
      kernel(pre.allies[static_cast<std::size_t>(i)], p, pre.threshold_pct, h, f.data(), z.data(),
             total.data(), i == p.us_index ? us.data() : nullptr,
             meet + static_cast<std::size_t>(i) * hl);
    }
    if (live < kLanes)
      for (int i = 0; i < n; ++i)
        for (int k = 0; k < h; ++k)
          for (int l = 0; l < live; ++l)
            acc.meet[idx(i, k + 1, ny)] +=
                static_cast<std::uint64_t>(partial[static_cast<std::size_t>(i) * hl +
                                                   static_cast<std::size_t>(k * kLanes + l)]);
    for (int l = 0; l < live; ++l)
      for (int k = 1; k < ny; ++k) {
        const std::size_t ku = static_cast<std::size_t>(k);
        const std::size_t at = static_cast<std::size_t>((k - 1) * kLanes + l);
        const double t = total[at];
        acc.hist_total[ku * kStride + static_cast<std::size_t>(pre.total_bins[ku].bin(t))]++;
        sum_total[ku] += t;
        acc.min_total[ku] = std::min(acc.min_total[ku], t);
        acc.max_total[ku] = std::max(acc.max_total[ku], t);
        if (p.us_index >= 0 && t > 0.0) {
          // share_pct written out: this runs once per path and year, not worth a call.
          const double s = us[at] / t * 100.0;
          acc.hist_us[ku * kStride + static_cast<std::size_t>(pre.us_bins.bin(s))]++;
          sum_us[ku] += s;
          acc.min_us[ku] = std::min(acc.min_us[ku], s);
          acc.max_us[ku] = std::max(acc.max_us[ku], s);
        }
      }
  }
  for (int i = 0; i < n; ++i)
    for (int k = 0; k < h; ++k) {
      std::uint64_t c = 0;
      for (int l = 0; l < kLanes; ++l)
        c += static_cast<std::uint64_t>(meet_lanes[static_cast<std::size_t>(i) * hl +
                                                   static_cast<std::size_t>(k * kLanes + l)]);
      acc.meet[idx(i, k + 1, ny)] += c;
    }
  // The block's sums, in a fixed order, then in fixed point: the same for any thread count.
  for (int k = 1; k < ny; ++k) {
    const std::size_t ku = static_cast<std::size_t>(k);
    acc.sum_total_k[ku] += to_fixed(sum_total[ku] * kTotalScale);
    acc.sum_us_nano[ku] += to_fixed(sum_us[ku] * kShareScale);
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
            share_pct(p.allies[static_cast<std::size_t>(p.us_index)].spend_current0_m, total0);
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
      Xoshiro256x4 rng(p.seed, b);  // the stream belongs to the block, not to the thread
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

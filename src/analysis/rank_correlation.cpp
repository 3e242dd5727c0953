#include "analysis/rank_correlation.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "analysis/ranks.hpp"
#include "analysis/sample_checks.hpp"

namespace fardeau::analysis {

namespace {

Status check_pair(std::span<const double> x, std::span<const double> y, std::string_view what) {
  if (auto s = detail::check_sample(x, 3, what, "x"); !s) return s;
  if (auto s = detail::check_same_size(x, y, what, "x", "y"); !s) return s;
  if (auto s = detail::check_finite(y, what, "y"); !s) return s;
  if (auto s = detail::check_not_constant(x, what, "x"); !s) return s;
  return detail::check_not_constant(y, what, "y");
}

double pearson(const std::vector<double>& a, const std::vector<double>& b) {
  const double n = static_cast<double>(a.size());
  const double ma = std::accumulate(a.begin(), a.end(), 0.0) / n;
  const double mb = std::accumulate(b.begin(), b.end(), 0.0) / n;
  double sab = 0.0, saa = 0.0, sbb = 0.0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const double da = a[i] - ma;
    const double db = b[i] - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  return std::clamp(sab / std::sqrt(saa * sbb), -1.0, 1.0);
}

// Exact permutation p-values of Spearman's rho: every one of the n! pairings of the ranks of
// y with the ranks of x, enumerated with Heap's algorithm (one swap per pairing). Pearson's r
// of the ranks is an increasing function of S = sum a_i b_i, with a and b the doubled average
// ranks (integers, ties included), so P(rho* >= rho) = P(S* >= S) counted without rounding.
TailProbabilities spearman_exact(const std::vector<double>& rx, const std::vector<double>& ry) {
  const std::size_t n = rx.size();
  std::array<std::int64_t, kSpearmanExactMaxN> a{};
  std::array<std::int64_t, kSpearmanExactMaxN> b{};
  std::int64_t s = 0;
  for (std::size_t i = 0; i < n; ++i) {
    a[i] = std::llround(2.0 * rx[i]);
    b[i] = std::llround(2.0 * ry[i]);
    s += a[i] * b[i];
  }
  const std::int64_t s_obs = s;
  std::uint64_t at_least = 1, at_most = 1, total = 1;  // the observed pairing itself
  std::array<std::size_t, kSpearmanExactMaxN> c{};
  std::size_t i = 1;
  while (i < n) {
    if (c[i] < i) {
      const std::size_t j = (i % 2 == 0) ? 0 : c[i];
      s += (a[i] - a[j]) * (b[j] - b[i]);
      std::swap(b[i], b[j]);
      at_least += s >= s_obs ? 1u : 0u;
      at_most += s <= s_obs ? 1u : 0u;
      ++total;
      ++c[i];
      i = 1;
    } else {
      c[i] = 0;
      ++i;
    }
  }
  const double all = static_cast<double>(total);
  return detail::exact_tails(static_cast<double>(at_least) / all,
                             static_cast<double>(at_most) / all);
}

// Pair counts behind tau-b (Knight 1966): sort by (x, y), count ties in x and joint ties,
// then count discordant pairs as the inversions of y with a merge sort. SciPy gets the same
// counts with a Fenwick tree.
struct PairCounts {
  std::int64_t total = 0;       // n(n-1)/2
  std::int64_t x_ties = 0;      // pairs tied in x
  std::int64_t y_ties = 0;      // pairs tied in y
  std::int64_t joint_ties = 0;  // pairs tied in both
  std::int64_t discordant = 0;
  double x0 = 0.0, x1 = 0.0, y0 = 0.0, y1 = 0.0;  // sum t(t-1)(t-2), sum t(t-1)(2t+5)
};

void add_tie_group(std::size_t size, std::int64_t& pairs, double& v0, double& v1) {
  const auto t = static_cast<std::int64_t>(size);
  pairs += t * (t - 1) / 2;
  const double d = static_cast<double>(size);
  v0 += d * (d - 1.0) * (d - 2.0);
  v1 += d * (d - 1.0) * (2.0 * d + 5.0);
}

PairCounts count_pairs(std::span<const double> x, std::span<const double> y) {
  const std::size_t n = x.size();
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return x[a] < x[b] || (x[a] == x[b] && y[a] < y[b]);
  });

  PairCounts pc;
  pc.total = static_cast<std::int64_t>(n) * static_cast<std::int64_t>(n - 1) / 2;
  for (std::size_t i = 0; i < n;) {
    std::size_t j = i + 1;
    while (j < n && x[order[j]] == x[order[i]]) ++j;
    if (j - i > 1) add_tie_group(j - i, pc.x_ties, pc.x0, pc.x1);
    for (std::size_t k = i; k < j;) {  // within an x group, y is sorted
      std::size_t l = k + 1;
      while (l < j && y[order[l]] == y[order[k]]) ++l;
      const auto t = static_cast<std::int64_t>(l - k);
      pc.joint_ties += t * (t - 1) / 2;
      k = l;
    }
    i = j;
  }

  // Discordant pairs = strict inversions of y in (x, y) order; bottom-up merge sort.
  std::vector<double> ys(n);
  std::vector<double> buf(n);
  for (std::size_t k = 0; k < n; ++k) ys[k] = y[order[k]];
  for (std::size_t width = 1; width < n; width *= 2) {
    for (std::size_t lo = 0; lo < n; lo += 2 * width) {
      const std::size_t mid = std::min(lo + width, n);
      const std::size_t hi = std::min(lo + 2 * width, n);
      std::size_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi) {
        if (ys[j] < ys[i]) {
          buf[k++] = ys[j++];
          pc.discordant += static_cast<std::int64_t>(mid - i);
        } else {
          buf[k++] = ys[i++];
        }
      }
      while (i < mid) buf[k++] = ys[i++];
      while (j < hi) buf[k++] = ys[j++];
    }
    std::swap(ys, buf);
  }
  for (std::size_t i = 0; i < n;) {  // ys is now sorted
    std::size_t j = i + 1;
    while (j < n && ys[j] == ys[i]) ++j;
    if (j - i > 1) add_tie_group(j - i, pc.y_ties, pc.y0, pc.y1);
    i = j;
  }
  return pc;
}

// Exact tails of the number C of concordant pairs among n untied observations under H0
// (Kendall 1970; the recursion SciPy uses): the count of permutations of n with k inversions
// is the sum of the n-1 counts at k, k-1, ..., k-n+1. Run on probabilities (each step divided
// by j) in long double, only up to the smaller tail c_low = min(C, n(n-1)/2 - C).
TailProbabilities kendall_exact(std::size_t n, std::int64_t concordant, std::int64_t total) {
  const std::int64_t c_low = std::min(concordant, total - concordant);
  const auto len = static_cast<std::size_t>(c_low) + 1;
  std::vector<long double> p(len, 0.0L);
  std::vector<long double> prefix(len, 0.0L);
  p[0] = 1.0L;  // n = 1: no pair
  for (std::size_t j = 2; j <= n; ++j) {
    long double run = 0.0L;
    for (std::size_t k = 0; k < len; ++k) {
      run += p[k];
      prefix[k] = run;
    }
    const auto jl = static_cast<long double>(j);
    for (std::size_t k = 0; k < len; ++k) {
      const long double window = prefix[k] - (k >= j ? prefix[k - j] : 0.0L);
      p[k] = window / jl;
    }
  }
  long double low = 0.0L;
  for (long double v : p) low += v;
  const long double mass = p.back();
  const long double other = 1.0L - low + mass;
  const bool lower_tail = concordant <= total - concordant;
  const auto greater = static_cast<double>(lower_tail ? other : low);
  const auto less = static_cast<double>(lower_tail ? low : other);
  return detail::exact_tails(greater, less);
}

}  // namespace

Result<SpearmanResult> spearman(std::span<const double> x, std::span<const double> y,
                                CorrelationOptions options) {
  constexpr std::string_view what = "spearman";
  if (auto s = check_pair(x, y, what); !s) return s.error();
  const std::size_t n = x.size();
  if (options.method == MethodChoice::exact && n > kSpearmanExactMaxN)
    return make_error(ErrorCode::invalid_argument,
                      fmt::format("spearman: exact p-values enumerate all n! pairings and are "
                                  "available for n <= {}, got n = {}; use the t approximation",
                                  kSpearmanExactMaxN, n),
                      "method");
  FARDEAU_TRY(rx, average_ranks(x));
  FARDEAU_TRY(ry, average_ranks(y));

  SpearmanResult out;
  out.n = n;
  out.alternative = options.alternative;
  out.has_ties = rx.has_ties() || ry.has_ties();
  out.statistic = pearson(rx.ranks, ry.ranks);

  const bool exact = options.method == MethodChoice::exact ||
                     (options.method == MethodChoice::automatic && n <= kSpearmanExactMaxN);
  TailProbabilities p;
  if (exact) {
    out.method = PValueMethod::exact;
    p = spearman_exact(rx.ranks, ry.ranks);
  } else {
    out.method = PValueMethod::t_distribution;
    FARDEAU_TRY(tt, correlation_t_test(out.statistic, n, 0));
    p = tt.p;
  }
  out.p_value_one_sided = p.one_sided(options.alternative);
  out.p_value_two_sided = p.two_sided;
  return out;
}

Result<KendallResult> kendall_tau_b(std::span<const double> x, std::span<const double> y,
                                    CorrelationOptions options) {
  constexpr std::string_view what = "kendall tau-b";
  if (auto s = check_pair(x, y, what); !s) return s.error();
  const std::size_t n = x.size();
  const PairCounts pc = count_pairs(x, y);

  KendallResult out;
  out.n = n;
  out.alternative = options.alternative;
  out.has_ties = pc.x_ties != 0 || pc.y_ties != 0;
  // total = C + D + (x_ties - joint) + (y_ties - joint) + joint
  out.concordant_minus_discordant =
      pc.total - pc.x_ties - pc.y_ties + pc.joint_ties - 2 * pc.discordant;
  const auto s = static_cast<double>(out.concordant_minus_discordant);
  out.statistic = std::clamp(s / std::sqrt(static_cast<double>(pc.total - pc.x_ties)) /
                                 std::sqrt(static_cast<double>(pc.total - pc.y_ties)),
                             -1.0, 1.0);

  const std::int64_t extreme = std::min(pc.discordant, pc.total - pc.discordant);
  if (options.method == MethodChoice::exact) {
    if (out.has_ties)
      return make_error(ErrorCode::invalid_argument,
                        "kendall tau-b: exact p-values need untied data and x or y has ties; "
                        "use the asymptotic (normal) method",
                        "method");
    if (n > kKendallExactLimitN && extreme > 1)
      return make_error(ErrorCode::invalid_argument,
                        fmt::format("kendall tau-b: exact p-values are available for n <= {}, "
                                    "got n = {}; use the asymptotic (normal) method",
                                    kKendallExactLimitN, n),
                        "method");
  }
  const bool exact = options.method == MethodChoice::exact ||
                     (options.method == MethodChoice::automatic && !out.has_ties &&
                      (n <= kKendallExactMaxN || extreme <= 1));

  TailProbabilities p;
  if (exact) {
    out.method = PValueMethod::exact;
    p = kendall_exact(n, pc.total - pc.discordant, pc.total);
  } else {
    out.method = PValueMethod::normal;
    const double nd = static_cast<double>(n);
    const double m = nd * (nd - 1.0);
    const double var = (m * (2.0 * nd + 5.0) - pc.x1 - pc.y1) / 18.0 +
                       2.0 * static_cast<double>(pc.x_ties) * static_cast<double>(pc.y_ties) / m +
                       pc.x0 * pc.y0 / (9.0 * m * (nd - 2.0));
    if (!(var > 0.0))  // cannot happen with two non-constant samples; guard against a NaN
      return make_error(ErrorCode::internal, "kendall tau-b: null variance is not positive");
    p = detail::normal_tails(s / std::sqrt(var));
  }
  out.p_value_one_sided = p.one_sided(options.alternative);
  out.p_value_two_sided = p.two_sided;
  return out;
}

}  // namespace fardeau::analysis

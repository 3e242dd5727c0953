#include "analysis/wilcoxon.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include <fmt/format.h>

#include "analysis/ranks.hpp"
#include "analysis/sample_checks.hpp"

namespace fardeau::analysis {

namespace {

// Exact tails of R+ for N untied, non-zero differences: under H0 each rank 1..N is positive
// with probability 1/2, so the distribution is built one rank at a time,
// P_k(r) = (P_{k-1}(r) + P_{k-1}(r - k)) / 2 (SciPy's _get_wilcoxon_distr), in long double.
TailProbabilities wilcoxon_exact(std::size_t count, long long r_plus) {
  const std::size_t max_sum = count * (count + 1) / 2;
  std::vector<long double> p(max_sum + 1, 0.0L);
  p[0] = 1.0L;
  std::size_t top = 0;
  for (std::size_t k = 1; k <= count; ++k) {
    top += k;
    for (std::size_t r = top + 1; r-- > 0;) {
      const long double with_k = r >= k ? p[r - k] : 0.0L;
      p[r] = 0.5L * (p[r] + with_k);
    }
  }
  const auto obs = static_cast<std::size_t>(r_plus);
  long double less = 0.0L, greater = 0.0L;
  for (std::size_t r = 0; r <= max_sum; ++r) {
    if (r <= obs) less += p[r];
    if (r >= obs) greater += p[r];
  }
  return detail::exact_tails(static_cast<double>(greater), static_cast<double>(less));
}

}  // namespace

Result<WilcoxonResult> wilcoxon_signed_rank(std::span<const double> x, std::span<const double> y,
                                            WilcoxonOptions options) {
  constexpr std::string_view what = "wilcoxon signed-rank";
  if (auto s = detail::check_sample(x, 3, what, "x"); !s) return s.error();
  if (auto s = detail::check_same_size(x, y, what, "x", "y"); !s) return s.error();
  if (auto s = detail::check_finite(y, what, "y"); !s) return s.error();

  std::vector<double> diff;  // non-zero differences x - y
  std::vector<double> abs_diff;
  for (std::size_t i = 0; i < x.size(); ++i) {
    const double d = x[i] - y[i];
    if (!std::isfinite(d))
      return make_error(ErrorCode::invalid_argument,
                        fmt::format("{}: x[{}] - y[{}] overflows", what, i, i), "x");
    if (d != 0.0) {
      diff.push_back(d);
      abs_diff.push_back(std::fabs(d));
    }
  }
  WilcoxonResult out;
  out.n = x.size();
  out.n_nonzero = diff.size();
  out.n_zero = out.n - out.n_nonzero;
  out.alternative = options.alternative;
  if (diff.empty())
    return make_error(ErrorCode::invalid_argument,
                      fmt::format("{}: all {} differences x - y are zero; the test needs at "
                                  "least one non-zero difference",
                                  what, out.n),
                      "x");

  FARDEAU_TRY(rk, average_ranks(abs_diff));
  out.has_ties = rk.has_ties();
  for (std::size_t i = 0; i < diff.size(); ++i)
    (diff[i] > 0 ? out.r_plus : out.r_minus) += rk.ranks[i];
  out.statistic = std::min(out.r_plus, out.r_minus);

  const double count = static_cast<double>(out.n_nonzero);
  const double mean = count * (count + 1.0) * 0.25;
  const double var =
      (count * (count + 1.0) * (2.0 * count + 1.0) - 0.5 * tie_correction(rk.tie_group_sizes)) /
      24.0;
  const double sd = std::sqrt(var);
  out.z = (out.r_plus - mean) / sd;

  const bool exact_possible = out.n_zero == 0 && !out.has_ties;
  if (options.method == MethodChoice::exact) {
    if (!exact_possible)
      return make_error(ErrorCode::invalid_argument,
                        fmt::format("{}: exact p-values need no zero differences and no ties "
                                    "among |x - y| (found {} zero(s), {} tie group(s)); use the "
                                    "asymptotic (normal) method",
                                    what, out.n_zero, rk.tie_group_sizes.size()),
                        "method");
    if (out.n_nonzero > kWilcoxonExactLimitN)
      return make_error(ErrorCode::invalid_argument,
                        fmt::format("{}: exact p-values are available for at most {} pairs, got "
                                    "{}; use the asymptotic (normal) method",
                                    what, kWilcoxonExactLimitN, out.n_nonzero),
                        "method");
  }
  const bool exact = options.method == MethodChoice::exact ||
                     (options.method == MethodChoice::automatic && exact_possible &&
                      out.n_nonzero <= kWilcoxonExactMaxN);

  if (exact) {
    out.method = PValueMethod::exact;
    const TailProbabilities p = wilcoxon_exact(out.n_nonzero, std::llround(out.r_plus));
    out.p_value_one_sided = p.one_sided(options.alternative);
    out.p_value_two_sided = p.two_sided;
    return out;
  }

  // Normal approximation, as SciPy: the two-sided test uses T = min(R+, R-), the one-sided
  // tests R+; the continuity correction moves the statistic 0.5 towards the mean.
  out.method = PValueMethod::normal;
  out.continuity_correction = options.continuity_correction;
  const double cc = options.continuity_correction ? 0.5 : 0.0;
  const double t_two = out.statistic;
  const double shift_two = t_two > mean ? cc : (t_two < mean ? -cc : 0.0);
  out.p_value_two_sided = detail::normal_tails((t_two - mean - shift_two) / sd).two_sided;
  if (options.alternative == Alternative::greater)
    out.p_value_one_sided = detail::normal_tails((out.r_plus - mean - cc) / sd).greater;
  else
    out.p_value_one_sided = detail::normal_tails((out.r_plus - mean + cc) / sd).less;
  return out;
}

}  // namespace fardeau::analysis

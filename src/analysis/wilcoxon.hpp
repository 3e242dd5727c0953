// Wilcoxon signed-rank test for paired samples, as SciPy's wilcoxon with its default
// zero_method='wilcox': zero differences are dropped, the absolute non-zero differences get
// average ranks. Sandler & Forbes (1980) and Sandler & Shimizu (2014) use it to compare each
// ally's share of allied defence spending with its share of a benefit proxy (GDP, population).
#pragma once
#include <cstddef>
#include <span>

#include "analysis/hypothesis.hpp"
#include "core/error.hpp"

namespace fardeau::analysis {

/// MethodChoice::automatic is exact when there are no zero differences, no ties among the
/// absolute differences and at most this many pairs (SciPy's cutoff), normal otherwise.
inline constexpr std::size_t kWilcoxonExactMaxN = 50;
/// MethodChoice::exact is refused above this many non-zero differences.
inline constexpr std::size_t kWilcoxonExactLimitN = 400;

struct WilcoxonOptions {
  Alternative alternative = Alternative::greater;  ///< greater: x tends to exceed y
  MethodChoice method = MethodChoice::automatic;
  /// Normal approximation only: move the statistic 0.5 towards its mean (SciPy's
  /// correction=True). Off by default, as in SciPy.
  bool continuity_correction = false;
};

struct WilcoxonResult {
  std::size_t n = 0;          ///< pairs given
  std::size_t n_nonzero = 0;  ///< pairs with x != y: the ones ranked (N below)
  std::size_t n_zero = 0;     ///< pairs with x == y, dropped
  double statistic = 0.0;     ///< min(R+, R-), SciPy's two-sided statistic
  double r_plus = 0.0;        ///< sum of the ranks of the positive differences x - y
  double r_minus = 0.0;       ///< sum of the ranks of the negative differences
  /// (R+ - N(N+1)/4) / sd, sd with the tie correction and without continuity correction; its
  /// sign gives the direction. Reported whatever the method.
  double z = 0.0;
  double p_value_one_sided = 1.0;  ///< for `alternative`
  double p_value_two_sided = 1.0;
  Alternative alternative = Alternative::greater;
  /// exact: distribution of R+ over the 2^N sign assignments; normal: z above (with the
  /// continuity correction when asked).
  PValueMethod method = PValueMethod::exact;
  bool continuity_correction = false;  ///< applied (normal method and asked for)
  bool has_ties = false;               ///< ties among the absolute non-zero differences
};

/// Paired samples `x` and `y` (same length n >= 3, finite; not all pairs equal). The test is
/// on the differences x - y.
Result<WilcoxonResult> wilcoxon_signed_rank(std::span<const double> x, std::span<const double> y,
                                            WilcoxonOptions options = {});

}  // namespace fardeau::analysis

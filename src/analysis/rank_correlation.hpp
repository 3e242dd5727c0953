// Rank correlation of two paired samples: Spearman's rho and Kendall's tau-b, with one- and
// two-sided p-values (exact for small samples, Student's t or normal approximations
// otherwise). The exploitation-hypothesis test of Olson & Zeckhauser (1966) is
// spearman(gdp, burden) with Alternative::greater. Formulas and sources:
// docs/methodology.md ("Statistics").
#pragma once
#include <cstddef>
#include <cstdint>
#include <span>

#include "analysis/hypothesis.hpp"
#include "core/error.hpp"

namespace fardeau::analysis {

/// Spearman: MethodChoice::automatic is exact up to this n (all n! = 3,628,800 pairings at
/// n = 10, enumerated), Student's t with n - 2 df above it. MethodChoice::exact is refused
/// above it.
inline constexpr std::size_t kSpearmanExactMaxN = 10;
/// Kendall: MethodChoice::automatic is exact up to this n when there are no ties (SciPy's rule,
/// which also goes exact at any n when at most one pair is discordant, or concordant).
inline constexpr std::size_t kKendallExactMaxN = 33;
/// Kendall: MethodChoice::exact is refused above this n (and whenever there are ties).
inline constexpr std::size_t kKendallExactLimitN = 170;

struct CorrelationOptions {
  Alternative alternative = Alternative::greater;  ///< the tail of p_value_one_sided
  MethodChoice method = MethodChoice::automatic;
};

struct SpearmanResult {
  std::size_t n = 0;
  double statistic = 0.0;          ///< Spearman's rho: Pearson's r of the average ranks, in [-1, 1]
  double p_value_one_sided = 1.0;  ///< for `alternative`
  double p_value_two_sided = 1.0;
  Alternative alternative = Alternative::greater;
  /// exact: permutation distribution of rho over all n! pairings of the observed (average)
  /// ranks, ties included; t_distribution: t = rho sqrt((n-2) / (1 - rho^2)), n - 2 df.
  PValueMethod method = PValueMethod::t_distribution;
  bool has_ties = false;  ///< x or y has tied values
};

struct KendallResult {
  std::size_t n = 0;
  double statistic = 0.0;          ///< Kendall's tau-b, in [-1, 1]
  double p_value_one_sided = 1.0;  ///< for `alternative`
  double p_value_two_sided = 1.0;
  Alternative alternative = Alternative::greater;
  /// exact: distribution of the number of concordant pairs (no ties only); normal: S over its
  /// tie-corrected standard deviation.
  PValueMethod method = PValueMethod::normal;
  std::int64_t concordant_minus_discordant = 0;  ///< S = C - D over the n(n-1)/2 pairs
  bool has_ties = false;                         ///< x or y has tied values
};

/// Spearman's rank correlation of paired samples `x` and `y` (same length n >= 3, finite,
/// neither constant). Ties get average ranks.
Result<SpearmanResult> spearman(std::span<const double> x, std::span<const double> y,
                                CorrelationOptions options = {});

/// Kendall's tau-b of paired samples `x` and `y` (same length n >= 3, finite, neither
/// constant), ties accounted for as in SciPy's kendalltau(variant='b'). O(n log n).
Result<KendallResult> kendall_tau_b(std::span<const double> x, std::span<const double> y,
                                    CorrelationOptions options = {});

}  // namespace fardeau::analysis

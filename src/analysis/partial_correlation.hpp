// Partial rank correlation: Spearman's rho between x and y with one or more control variables
// partialled out, as in Sandler & Murdoch (2000, Table 9: rho_12, rho_12.3, rho_12.34).
// rho_12.3 = (r12 - r13 r23) / sqrt((1 - r13^2)(1 - r23^2)) on Spearman rhos, applied
// recursively for more controls; p-values from Student's t with n - 2 - k df.
#pragma once
#include <cstddef>
#include <span>
#include <vector>

#include "analysis/hypothesis.hpp"
#include "core/error.hpp"

namespace fardeau::analysis {

struct PartialCorrelationResult {
  std::size_t n = 0;
  std::size_t controls = 0;        ///< k, the number of control variables
  std::size_t df = 0;              ///< n - 2 - k
  double statistic = 0.0;          ///< the partial Spearman rho_12.3..., in [-1, 1]
  double zero_order = 0.0;         ///< the simple Spearman rho_12, for comparison
  double t = 0.0;                  ///< statistic sqrt(df / (1 - statistic^2)); +-inf when |rho| = 1
  double p_value_one_sided = 1.0;  ///< for `alternative`
  double p_value_two_sided = 1.0;
  Alternative alternative = Alternative::greater;
  PValueMethod method = PValueMethod::t_distribution;  ///< always Student's t, n - 2 - k df
};

/// First-order partial correlation from three correlations (any kind, each in [-1, 1]):
/// (r12 - r13 r23) / sqrt((1 - r13^2)(1 - r23^2)). An error when |r13| or |r23| is 1.
Result<double> partial_correlation(double r12, double r13, double r23);

/// Partial Spearman rho of `x` and `y` controlling for every vector in `controls` (k >= 1
/// vectors). All samples paired (same length n), finite and non-constant; n >= k + 3.
Result<PartialCorrelationResult> partial_spearman(std::span<const double> x,
                                                  std::span<const double> y,
                                                  std::span<const std::vector<double>> controls,
                                                  Alternative alternative = Alternative::greater);

/// Partial Spearman rho_12.3 with one control variable `z`.
Result<PartialCorrelationResult> partial_spearman(std::span<const double> x,
                                                  std::span<const double> y,
                                                  std::span<const double> z,
                                                  Alternative alternative = Alternative::greater);

}  // namespace fardeau::analysis

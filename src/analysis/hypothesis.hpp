// Shared vocabulary of the statistics kernels: which tail a one-sided test looks at, which
// p-value method the caller asks for and which one was used, and the t test of a
// correlation coefficient that Spearman's rho and the partial rank correlations share.
#pragma once
#include <cstddef>
#include <string_view>

#include "core/error.hpp"

namespace fardeau::analysis {

/// Direction of the one-sided alternative hypothesis.
enum class Alternative {
  greater,  ///< positive association (rho, tau > 0), or x tends to exceed y (Wilcoxon)
  less,     ///< negative association, or x tends to fall below y
};

/// The p-value method a caller asks for.
enum class MethodChoice {
  automatic,   ///< exact where the kernel documents it applies, an approximation otherwise
  exact,       ///< the exact null distribution; an error where the kernel cannot give it
  asymptotic,  ///< the large-sample approximation (Student's t or normal)
};

/// The p-value method a result was computed with.
enum class PValueMethod {
  exact,           ///< exact null distribution (enumeration or recursion)
  t_distribution,  ///< Student's t approximation
  normal,          ///< normal approximation
  chi_square,      ///< chi-square approximation
};

/// "greater" or "less".
std::string_view to_string(Alternative alternative);
/// "exact", "t", "normal" or "chi-square".
std::string_view to_string(PValueMethod method);

/// P-values of one observed statistic under the null hypothesis.
struct TailProbabilities {
  double greater = 1.0;    ///< P(T >= t): evidence for Alternative::greater
  double less = 1.0;       ///< P(T <= t): evidence for Alternative::less
  double two_sided = 1.0;  ///< 2 P(|T| >= |t|), or min(1, 2 min(greater, less)) when exact

  double one_sided(Alternative alternative) const {
    return alternative == Alternative::greater ? greater : less;
  }
};

/// t test of a correlation coefficient: t = r sqrt(df / ((1 + r)(1 - r))) with df = n - 2 - k
/// degrees of freedom, for a simple (k = 0) or partial (k control variables) correlation.
struct CorrelationTTest {
  double t = 0.0;      ///< +-infinity when |r| = 1
  std::size_t df = 0;  ///< n - 2 - k
  TailProbabilities p;
};

/// `r`: a (partial) correlation coefficient in [-1, 1]; `n`: the number of observations it was
/// computed from; `k_controls`: how many variables were partialled out. Needs n >= k + 3.
Result<CorrelationTTest> correlation_t_test(double r, std::size_t n, std::size_t k_controls = 0);

namespace detail {
// Tail probabilities from Boost.Math; arguments are validated by the callers.
TailProbabilities student_t_tails(double t, double df);
TailProbabilities normal_tails(double z);
double chi_square_upper_tail(double x, double df);
/// Tails from the exact P(T >= t) and P(T <= t): two-sided = min(1, 2 min(greater, less)).
TailProbabilities exact_tails(double p_greater, double p_less);
}  // namespace detail

}  // namespace fardeau::analysis

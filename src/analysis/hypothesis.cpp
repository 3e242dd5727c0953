#include "analysis/hypothesis.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include <fmt/format.h>
#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>

namespace fardeau::analysis {

namespace {

// Boost.Math reports domain errors through errno instead of throwing: nothing may throw across
// the API. Callers validate their arguments, so the errno path is a guard only.
namespace bmp = boost::math::policies;
using NoThrowPolicy =
    bmp::policy<bmp::domain_error<bmp::errno_on_error>, bmp::pole_error<bmp::errno_on_error>,
                bmp::overflow_error<bmp::errno_on_error>,
                bmp::evaluation_error<bmp::errno_on_error>,
                bmp::rounding_error<bmp::errno_on_error>>;

double clamp01(double p) { return std::clamp(p, 0.0, 1.0); }

}  // namespace

std::string_view to_string(Alternative alternative) {
  return alternative == Alternative::greater ? "greater" : "less";
}

std::string_view to_string(PValueMethod method) {
  switch (method) {
    case PValueMethod::exact:
      return "exact";
    case PValueMethod::t_distribution:
      return "t";
    case PValueMethod::normal:
      return "normal";
    case PValueMethod::chi_square:
      return "chi-square";
  }
  return "exact";
}

namespace detail {

TailProbabilities student_t_tails(double t, double df) {
  if (std::isinf(t)) {
    // |r| = 1: all the probability is on the other side.
    return t > 0 ? TailProbabilities{0.0, 1.0, 0.0} : TailProbabilities{1.0, 0.0, 0.0};
  }
  boost::math::students_t_distribution<double, NoThrowPolicy> dist(df);
  TailProbabilities p;
  p.greater = clamp01(boost::math::cdf(boost::math::complement(dist, t)));
  p.less = clamp01(boost::math::cdf(dist, t));
  p.two_sided = clamp01(2.0 * boost::math::cdf(dist, -std::fabs(t)));
  return p;
}

TailProbabilities normal_tails(double z) {
  boost::math::normal_distribution<double, NoThrowPolicy> dist;
  TailProbabilities p;
  p.greater = clamp01(boost::math::cdf(boost::math::complement(dist, z)));
  p.less = clamp01(boost::math::cdf(dist, z));
  p.two_sided = clamp01(2.0 * boost::math::cdf(boost::math::complement(dist, std::fabs(z))));
  return p;
}

double chi_square_upper_tail(double x, double df) {
  boost::math::chi_squared_distribution<double, NoThrowPolicy> dist(df);
  return clamp01(boost::math::cdf(boost::math::complement(dist, std::max(x, 0.0))));
}

TailProbabilities exact_tails(double p_greater, double p_less) {
  TailProbabilities p;
  p.greater = clamp01(p_greater);
  p.less = clamp01(p_less);
  p.two_sided = std::min(1.0, 2.0 * std::min(p.greater, p.less));
  return p;
}

}  // namespace detail

Result<CorrelationTTest> correlation_t_test(double r, std::size_t n, std::size_t k_controls) {
  if (!std::isfinite(r) || r < -1.0 || r > 1.0)
    return make_error(ErrorCode::invalid_argument,
                      fmt::format("correlation t test: r must be in [-1, 1], got {}", r), "r");
  if (n < k_controls + 3)
    return make_error(ErrorCode::invalid_argument,
                      fmt::format("correlation t test: n = {} observations with {} control "
                                  "variable(s) leave no degree of freedom; need n >= {}",
                                  n, k_controls, k_controls + 3),
                      "n");
  CorrelationTTest out;
  out.df = n - 2 - k_controls;
  const double df = static_cast<double>(out.df);
  const double denom = (r + 1.0) * (1.0 - r);
  if (denom <= 0.0) {
    out.t =
        r > 0 ? std::numeric_limits<double>::infinity() : -std::numeric_limits<double>::infinity();
  } else {
    out.t = r * std::sqrt(df / denom);
  }
  out.p = detail::student_t_tails(out.t, df);
  return out;
}

}  // namespace fardeau::analysis

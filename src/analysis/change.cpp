#include "analysis/change.hpp"

#include <cmath>

namespace fardeau::analysis {

double level_change(double first, double last) { return last - first; }

double pct_change(double first, double last) { return 100.0 * (last / first - 1.0); }

std::optional<double> difference_pct(double value, double reference) {
  if (!std::isfinite(value) || !std::isfinite(reference) || reference == 0.0) return std::nullopt;
  return 100.0 * (value - reference) / std::fabs(reference);
}

std::vector<double> over_base_terms(const std::vector<double>& values) {
  std::vector<double> terms;
  for (std::size_t i = 1; i < values.size(); ++i) terms.push_back(values[i] - values[0]);
  return terms;
}

double cumulative_over_base(const std::vector<double>& values) {
  double total = 0.0;
  for (double term : over_base_terms(values)) total += term;
  return total;
}

double slope_per_year(const std::vector<double>& values) {
  // Years as offsets 0..n-1 from the first: the centred offsets, halves at most, are the
  // same doubles as centred calendar years, so the slope is too.
  const double n = static_cast<double>(values.size());
  const double tbar = (n - 1.0) / 2.0;
  double xbar = 0.0;
  for (double v : values) xbar += v;
  xbar /= n;
  double sxy = 0.0;
  double sxx = 0.0;
  for (std::size_t i = 0; i < values.size(); ++i) {
    const double dt = static_cast<double>(i) - tbar;
    sxy += dt * (values[i] - xbar);
    sxx += dt * dt;
  }
  return sxy / sxx;
}

}  // namespace fardeau::analysis

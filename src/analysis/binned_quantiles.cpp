#include "analysis/binned_quantiles.hpp"

#include <algorithm>
#include <cmath>

namespace fardeau::analysis {

int BinSpec::bin(double x) const {
  if (!(x >= lo)) return 0;  // NaN too
  if (x >= hi) return bins + 1;
  const double f = log_scale ? std::log(x / lo) / std::log(hi / lo) : (x - lo) / (hi - lo);
  const int b = static_cast<int>(f * bins);
  return 1 + std::clamp(b, 0, bins - 1);
}

double BinSpec::lower_edge(int b) const {
  const double f = static_cast<double>(b - 1) / bins;
  return log_scale ? lo * std::pow(hi / lo, f) : lo + (hi - lo) * f;
}

double BinSpec::upper_edge(int b) const { return lower_edge(b + 1); }

double binned_quantile(const BinSpec& spec, const std::uint64_t* counts, std::uint64_t total,
                       double min, double max, double q) {
  if (total == 0) return std::nan("");
  if (min == max) return min;
  const double rank = q * static_cast<double>(total);
  double cum = 0.0;
  for (int b = 0; b <= spec.bins + 1; ++b) {
    const double c = static_cast<double>(counts[b]);
    if (c > 0.0 && cum + c >= rank) {
      double lo = b == 0 ? min : spec.lower_edge(b);
      double hi = b == spec.bins + 1 ? max : spec.upper_edge(b);
      lo = std::max(lo, min);
      hi = std::min(hi, max);
      const double f = (rank - cum) / c;
      const double v = spec.log_scale && lo > 0.0 ? lo * std::pow(hi / lo, f) : lo + (hi - lo) * f;
      return std::clamp(v, min, max);
    }
    cum += c;
  }
  return max;
}

}  // namespace fardeau::analysis

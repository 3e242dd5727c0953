#include "analysis/binned_quantiles.hpp"

#include <cmath>

namespace fardeau::analysis {

BinSpec BinSpec::linear(double lo, double hi, int bins) {
  BinSpec s;
  s.lo_ = lo;
  s.hi_ = hi;
  s.bins_ = bins;
  s.scale_ = bins / (hi - lo);
  return s;
}

BinSpec BinSpec::logarithmic(double centre, int bins, int log2_bins_per_octave) {
  BinSpec s;
  s.log_ = true;
  s.bins_ = bins;
  s.shift_ = 52 - log2_bins_per_octave;  // mantissa bits below the bin index
  const std::uint64_t mask = (std::uint64_t{1} << s.shift_) - 1;
  const std::uint64_t half = static_cast<std::uint64_t>(bins / 2) << s.shift_;
  s.lo_bits_ = (std::bit_cast<std::uint64_t>(centre) & ~mask) - half;
  s.lo_ = std::bit_cast<double>(s.lo_bits_);
  s.hi_ = s.lower_edge(bins + 1);
  return s;
}

double BinSpec::lower_edge(int b) const {
  if (log_) return std::bit_cast<double>(lo_bits_ + (static_cast<std::uint64_t>(b - 1) << shift_));
  return lo_ + (hi_ - lo_) * (static_cast<double>(b - 1) / bins_);
}

double binned_quantile(const BinSpec& spec, const std::uint64_t* counts, std::uint64_t total,
                       double min, double max, double q) {
  if (total == 0) return std::nan("");
  if (min == max) return min;
  const double rank = q * static_cast<double>(total);
  double cum = 0.0;
  for (int b = 0; b <= spec.bins() + 1; ++b) {
    const double c = static_cast<double>(counts[b]);
    if (c > 0.0 && cum + c >= rank) {
      // Inside a bin the density is taken as flat: bins in bits are linear in x too.
      double lo = b == 0 ? min : spec.lower_edge(b);
      double hi = b == spec.bins() + 1 ? max : spec.upper_edge(b);
      lo = std::max(lo, min);
      hi = std::min(hi, max);
      const double f = (rank - cum) / c;
      return std::clamp(lo + (hi - lo) * f, min, max);
    }
    cum += c;
  }
  return max;
}

}  // namespace fardeau::analysis

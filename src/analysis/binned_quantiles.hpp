// Quantiles from fixed-bin histograms: memory independent of the number of samples, and
// integer counts, so merging the histograms of threads gives the same result in any
// order (the Monte Carlo's output does not depend on the thread count). The quantile
// interpolates inside its bin and is clamped to the exact minimum and maximum seen.
//
// Two kinds of bins, both found without a logarithm or a division (the Monte Carlo bins
// tens of millions of values): uniform in x, or uniform in the bit pattern of x, which
// for positive doubles is a piecewise-linear log2 (2^s bins per octave, each one linear
// in x, relative width at most 2^-s). Every edge is an exact double.
#pragma once
#include <algorithm>
#include <bit>
#include <cstdint>

namespace fardeau::analysis {

class BinSpec {
 public:
  /// `bins` bins uniform on [lo, hi).
  static BinSpec linear(double lo, double hi, int bins);
  /// `bins` bins of 2^-`log2_bins_per_octave` octave each, centred on `centre` > 0:
  /// they cover centre / 2^o to centre x 2^o with o = bins / 2^(log2_bins_per_octave + 1).
  static BinSpec logarithmic(double centre, int bins, int log2_bins_per_octave);

  int bins() const { return bins_; }
  bool log_scale() const { return log_; }
  double lo() const { return lo_; }
  double hi() const { return hi_; }

  /// Bin of x in [0, bins + 1]: 0 below lo (NaN too), bins + 1 at or above hi.
  int bin(double x) const {
    if (!(x >= lo_)) return 0;
    if (x >= hi_) return bins_ + 1;
    if (log_) return 1 + static_cast<int>((std::bit_cast<std::uint64_t>(x) - lo_bits_) >> shift_);
    return 1 + std::min(static_cast<int>((x - lo_) * scale_), bins_ - 1);
  }
  double lower_edge(int b) const;  ///< of bin b in [1, bins + 1]
  double upper_edge(int b) const { return lower_edge(b + 1); }

 private:
  double lo_ = 0.0, hi_ = 1.0, scale_ = 1.0;
  int bins_ = 1;
  bool log_ = false;
  std::uint64_t lo_bits_ = 0;
  int shift_ = 0;
};

/// The q-quantile (0 < q < 1) of samples counted in `counts` (size bins + 2), with
/// `total` samples whose exact extremes are min and max.
double binned_quantile(const BinSpec& spec, const std::uint64_t* counts, std::uint64_t total,
                       double min, double max, double q);

}  // namespace fardeau::analysis

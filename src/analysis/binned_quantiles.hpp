// Quantiles from fixed-bin histograms: memory independent of the number of samples, and
// integer counts, so merging the histograms of threads gives the same result in any
// order (the Monte Carlo's output does not depend on the thread count). Bins are
// uniform in x or in log x; the quantile interpolates inside its bin and is clamped to
// the exact minimum and maximum seen.
#pragma once
#include <cstdint>
#include <vector>

namespace fardeau::analysis {

struct BinSpec {
  double lo = 0.0, hi = 1.0;  ///< range covered by the bins (values outside: end bins)
  int bins = 4096;
  bool log_scale = false;  ///< bins uniform in log x (lo > 0)
  /// Bin of x in [0, bins + 1]: 0 below lo, bins + 1 at or above hi.
  int bin(double x) const;
  double lower_edge(int b) const;  ///< of bin b in [1, bins]
  double upper_edge(int b) const;
};

/// The q-quantile (0 < q < 1) of samples counted in `counts` (size bins + 2), with
/// `total` samples whose exact extremes are min and max.
double binned_quantile(const BinSpec& spec, const std::uint64_t* counts, std::uint64_t total,
                       double min, double max, double q);

}  // namespace fardeau::analysis

// Average ranks with ties ("fractional ranking"), the input of every rank statistic here.
#pragma once
#include <cstddef>
#include <span>
#include <vector>

#include "core/error.hpp"

namespace fardeau::analysis {

struct Ranks {
  /// Rank of each value, in input order: 1 for the smallest; tied values share the average of
  /// the ranks they span (SciPy rankdata, method='average'), so every rank is a multiple of 1/2.
  std::vector<double> ranks;
  /// Size of each group of equal values that has more than one member, by increasing value.
  std::vector<std::size_t> tie_group_sizes;

  bool has_ties() const { return !tie_group_sizes.empty(); }
};

/// `values`: any finite numbers (a NaN or an infinity is an invalid_argument error). An empty
/// input gives empty ranks.
Result<Ranks> average_ranks(std::span<const double> values);

/// Sum over tie groups of t^3 - t: the tie correction used by Spearman's rho, Kendall's W and
/// the Wilcoxon variance. `tie_group_sizes` as in Ranks (groups of size 1 contribute 0).
double tie_correction(std::span<const std::size_t> tie_group_sizes);

}  // namespace fardeau::analysis

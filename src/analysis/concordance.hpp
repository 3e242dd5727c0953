// Kendall's W, the coefficient of concordance of m rankings of the same n objects, with the
// tie correction and its chi-square test. In burden sharing (Sandler & Forbes 1980) the
// "raters" are measures (share of allied defence spending, of GDP, of population...) and
// the objects are the allies: W near 1 means burdens line up with benefits.
#pragma once
#include <cstddef>
#include <span>
#include <vector>

#include "analysis/hypothesis.hpp"
#include "core/error.hpp"

namespace fardeau::analysis {

struct ConcordanceResult {
  std::size_t n = 0;        ///< objects ranked
  std::size_t m = 0;        ///< rankings (raters, measures)
  double statistic = 0.0;   ///< Kendall's W, tie-corrected, in [0, 1]
  double chi_square = 0.0;  ///< m (n - 1) W
  std::size_t df = 0;       ///< n - 1
  /// P(chi-square with n - 1 df >= chi_square): the test of no agreement has only this tail.
  double p_value = 1.0;
  PValueMethod method = PValueMethod::chi_square;
};

/// `ratings[j][i]`: the score rating j gives object i (any finite numbers, larger = ranked
/// higher; ranked with average ties). m >= 2 ratings of the same n >= 3 objects; not every
/// rating constant.
Result<ConcordanceResult> kendall_w(std::span<const std::vector<double>> ratings);

}  // namespace fardeau::analysis

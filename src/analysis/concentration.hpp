// Concentration of a burden across allies: the Herfindahl-Hirschman index of shares and the
// Gini coefficient. Inputs are levels (e.g. defence spending in USD) or shares.
#pragma once
#include <cstddef>
#include <span>

#include "core/error.hpp"

namespace fardeau::analysis {

struct HhiResult {
  std::size_t n = 0;
  double hhi = 0.0;                ///< sum of squared shares, shares in [0, 1]: 1/n .. 1
  double hhi_points = 0.0;         ///< the same with shares in percent: 10,000/n .. 10,000
  double hhi_normalized = 0.0;     ///< (hhi - 1/n) / (1 - 1/n): 0 (equal shares) .. 1
  double equivalent_number = 0.0;  ///< 1 / hhi: how many equal members give the same HHI
};

/// `values`: the n >= 2 non-negative amounts whose shares are measured (spending levels, or
/// shares in any unit); share_i = values_i / sum(values). The sum must be positive.
Result<HhiResult> hhi(std::span<const double> values);

/// HHI on the 0-10,000 scale of shares already in percent, used as given (not rescaled), so
/// a subset of members can be measured: sum of shares_pct_i^2. Each share in [0, 100], their
/// sum at most 100 (within 1e-9), n >= 1.
Result<double> hhi_of_shares_pct(std::span<const double> shares_pct);

struct GiniResult {
  std::size_t n = 0;
  /// sum_i sum_j |x_i - x_j| / (2 n^2 mean): 0 when all are equal, (n - 1)/n when one holds all.
  double gini = 0.0;
  double gini_corrected = 0.0;  ///< gini n / (n - 1): reaches 1 when one holds all
};

/// `values`: n >= 2 non-negative amounts with a positive sum.
Result<GiniResult> gini(std::span<const double> values);

}  // namespace fardeau::analysis

// Each ally's own history of real GDP growth and of its US-dollar price level, read from
// one edition: the trend of deterministic scenarios and the parameters of the Monte
// Carlo (docs/methodology.md, "Scenarios" and "Monte Carlo").
//
// The US-dollar deflator is GDP at current prices and exchange rates over GDP at the
// edition's constant prices and exchange rates: its change mixes domestic inflation and
// the exchange rate against the dollar, which US-dollar series cannot separate. Editions
// without current-price GDP (nato-2019) use spending at current over constant prices.
#pragma once
#include <vector>

#include "core/ally.hpp"
#include "core/vintage.hpp"

namespace fardeau::analysis {

struct AllyHistory {
  const Ally* ally = nullptr;
  std::vector<int> growth_years;    ///< year t of each change from t-1 to t
  std::vector<double> real_growth;  ///< real GDP growth, fraction (0.02 = 2%)
  std::vector<int> deflator_years;
  std::vector<double> deflator_growth;                  ///< US-dollar deflator change, fraction
  double mean_real_growth = 0.0, sd_real_growth = 0.0;  ///< fraction; sd with n-1
  double mean_deflator_growth = 0.0, sd_deflator_growth = 0.0;
};

/// The history over every year of the edition (an edition is what was known when it
/// was published; back tests choose an older edition). Missing years are skipped.
AllyHistory ally_history(const Dataset& d, const Ally& a);

/// Average Pearson correlation over pairs of series on their common years (pairs with
/// fewer than 3 common years are skipped), clamped to [0, 0.95]: the loading of a
/// one-factor model. 0 when no pair qualifies.
double mean_pairwise_correlation(const std::vector<std::vector<int>>& years,
                                 const std::vector<std::vector<double>>& values);

}  // namespace fardeau::analysis

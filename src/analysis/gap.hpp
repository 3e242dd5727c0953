// What closing a %-of-GDP target costs, ally by ally.
//
// The gap is measured from the *published* share, so an ally that meets the target by
// NATO's rule has no gap even where a current-price ratio would say otherwise (NATO
// computes shares on constant-price GDP; e.g. Netherlands 2024: 2.02% published, 1.80%
// from current-price series): gap_pp = target - share; gap_usd_m = gap_pp / 100 x GDP in
// the chosen price basis. See docs/methodology.md.
#pragma once
#include <string>
#include <vector>

#include "core/ally.hpp"
#include "core/vintage.hpp"

namespace fardeau::analysis {

struct GapRow {
  const Ally* ally = nullptr;
  double pct_gdp = 0.0;  ///< published share of GDP, %
  bool estimate = false;
  double gdp_usd_m = 0.0;  ///< GDP in the chosen basis, million US$
  double gap_pp = 0.0;     ///< percentage points below the target (0 when met)
  double gap_usd_m = 0.0;  ///< million US$ to add that year (0 when met)
  bool meets = false;
};

struct GapResult {
  int year = 0;
  double target_pct = 0.0;
  PriceBasis basis = PriceBasis::current;
  std::vector<GapRow> rows;  ///< allies with share and GDP, largest gap first
  double total_gap_usd_m = 0.0;
  int count_below = 0;
  std::vector<std::string> missing;  ///< members without share or GDP in the vintage
};

/// Requires the vintage to have defexp_pct_gdp and the GDP measure of `basis`.
GapResult gap_to_target(const Dataset& d, const std::vector<const Ally*>& members, int year,
                        double target_pct, PriceBasis basis);

}  // namespace fardeau::analysis

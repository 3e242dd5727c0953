// How a group's spending moved between two years: level change, real change and the
// cumulative sum over the base year, the reading behind NATO's "added X billion" claims:
//   cumulative_over_base = sum over t = A+1..B of (E_t - E_A)   (formulas: change.hpp).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "analysis/shares.hpp"
#include "core/group.hpp"
#include "core/vintage.hpp"

namespace fardeau::analysis {

struct TrendPoint {
  int year = 0;
  double defexp_usd_m = 0.0;          ///< group total in the chosen basis
  double over_base_usd_m = 0.0;       ///< defexp_usd_m - the base year's: a cumulative term
  std::optional<double> const_usd_m;  ///< group total at constant prices (for real change)
  /// The United States' spending and its share of the total, when the group counts it
  /// (the dashboard's shares chart).
  std::optional<AllyShare> us;
  bool estimate = false;
  int n_allies = 0;
  std::vector<std::string> missing;
};

struct TrendResult {
  int from = 0, to = 0;
  PriceBasis basis = PriceBasis::constant;
  Membership membership = Membership::as_of;
  std::vector<TrendPoint> points;         ///< one per year from..to
  double level_change_usd_m = 0.0;        ///< E_to - E_from
  double change_pct = 0.0;                ///< (E_to / E_from - 1) x 100 in the chosen basis
  std::optional<double> real_change_pct;  ///< same on constant prices, when available
  double cumulative_over_base_usd_m = 0.0;
};

/// Totals of `group` for each year (members as of each year under Membership::as_of,
/// NATO's rule for its aggregates). Requires from < to, both inside the vintage.
TrendResult trend(const Dataset& d, const AllyRegistry& allies, const GroupSpec& group,
                  Membership membership, int from, int to, PriceBasis basis);

}  // namespace fardeau::analysis

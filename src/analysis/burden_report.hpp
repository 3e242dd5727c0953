// The burden-sharing report of one year: who meets the guidelines, what the alliance
// spends, who carries it, and how spending moved. `fardeau report` renders it.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "analysis/compliance.hpp"
#include "core/group.hpp"
#include "core/vintage.hpp"

namespace fardeau::analysis {

/// A group figure and where it comes from: NATO's published aggregate row, or the sum
/// of the allies' values when the vintage publishes no such row (or membership is
/// "current", which NATO's rows do not follow).
struct GroupFigure {
  double value = 0.0;
  bool estimate = false;
  bool published = false;  ///< true: NATO's own row; false: computed from allies
};

/// Total of a money measure for a group in a year (see GroupFigure).
std::optional<GroupFigure> group_total(const Dataset& d, const AllyRegistry& allies,
                                       const GroupSpec& group, Membership m, Measure measure,
                                       int year);
/// Share of GDP of a group in a year (published row when there is one).
std::optional<GroupFigure> group_share_of_gdp(const Dataset& d, const AllyRegistry& allies,
                                              const GroupSpec& group, Membership m, int year);
/// Real change in % of a group's constant-price spending from `base` to `year`.
std::optional<double> group_real_change_pct(const Dataset& d, const AllyRegistry& allies,
                                            const GroupSpec& group, Membership m, int base,
                                            int year);

struct BurdenReport {
  int year = 0;
  Membership membership = Membership::as_of;
  int members = 0;
  int reporting = 0;
  ComplianceResult two_pct;                      ///< >= 2% of GDP
  ComplianceResult core_3_5;                     ///< >= 3.5% of GDP
  std::optional<ComplianceResult> equipment_20;  ///< >= 20% on equipment, when published
  std::optional<GroupFigure> total_current_usd_m, total_const_usd_m;
  std::optional<double> us_share_current_pct, us_share_const_pct;
  std::optional<GroupFigure> nato_pct_gdp, europe_canada_pct_gdp;
  std::optional<double> nato_real_change_prev_pct, nato_real_change_2014_pct;
  std::optional<double> europe_canada_real_change_prev_pct, europe_canada_real_change_2014_pct;
  std::vector<ComplianceRow> highest, lowest;  ///< five highest / lowest by % of GDP
};

/// The report of `year` (must be inside the vintage; the caller checks).
BurdenReport burden_report(const Dataset& d, const AllyRegistry& allies, int year, Membership m);

}  // namespace fardeau::analysis

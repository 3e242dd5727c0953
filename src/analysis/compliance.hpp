// Who meets a guideline in a year, by NATO's counting rule (core/target_rule.hpp).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/ally.hpp"
#include "core/vintage.hpp"

namespace fardeau::analysis {

struct ComplianceRow {
  const Ally* ally = nullptr;
  std::optional<Observation> value;  ///< the published value (% of GDP or % of expenditure)
  double rounded = 0.0;              ///< value rounded to two decimals (NATO's rule)
  bool meets = false;
};

struct ComplianceResult {
  int year = 0;
  Measure measure = Measure::defexp_pct_gdp;
  double target_pct = 0.0;
  int members = 0;    ///< members of the group in the year
  int reporting = 0;  ///< members with a published value
  int count_meeting = 0;
  std::vector<std::string> meeting;  ///< ISO3 of allies meeting the target
  std::vector<ComplianceRow> rows;   ///< members, highest value first, no value last
};

/// Compliance of `members` with `target_pct` on `measure` (defexp_pct_gdp or
/// equipment_share_pct) in `year`.
ComplianceResult compliance(const Dataset& d, const std::vector<const Ally*>& members, int year,
                            Measure measure, double target_pct);

}  // namespace fardeau::analysis

// Sums over a set of allies, and NATO's own published aggregate rows to compare with.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/ally.hpp"
#include "core/group.hpp"
#include "core/vintage.hpp"

namespace fardeau::analysis {

struct AggregateValue {
  double value = 0.0;
  bool estimate = false;             ///< any input flagged as an estimate
  int n_included = 0;                ///< allies with a value
  std::vector<std::string> missing;  ///< allies with armed forces but no value (ISO3)
};

/// Sum of a measure over `allies` in `year`. Allies without armed forces (Iceland) are
/// skipped silently; others without a value are listed in `missing`. Money and
/// population measures only (summing percentages is meaningless).
AggregateValue sum_measure(const Dataset& d, const std::vector<const Ally*>& allies, Measure m,
                           int year);

/// Share of GDP of a set of allies: sum of spending / sum of GDP x 100, on constant
/// prices when the vintage has them (NATO's Table 3 basis), current otherwise. Only
/// allies with both values count. nullopt when the vintage has neither pair.
std::optional<AggregateValue> group_pct_gdp(const Dataset& d,
                                            const std::vector<const Ally*>& allies, int year);

/// NATO's published aggregate row ("NATO_TOTAL", "NATO_EUR_CAN") when the vintage has it.
std::optional<Observation> published_aggregate(const Dataset& d, std::string_view code, Measure m,
                                               int year);

/// The published aggregate code of a built-in group ("NATO_TOTAL" for nato), or empty.
std::string_view aggregate_code_for_group(GroupId group);
/// Same, by the group's name ("nato"); empty for an unknown name.
std::string_view aggregate_code_for_group(std::string_view group_name);

}  // namespace fardeau::analysis

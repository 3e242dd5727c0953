#include "analysis/compliance.hpp"

#include <algorithm>

#include "core/target_rule.hpp"

namespace fardeau::analysis {

ComplianceResult compliance(const Dataset& d, const std::vector<const Ally*>& members, int year,
                            Measure measure, double target_pct) {
  ComplianceResult r;
  r.year = year;
  r.measure = measure;
  r.target_pct = target_pct;
  r.members = static_cast<int>(members.size());
  for (const Ally* a : members) {
    ComplianceRow row;
    row.ally = a;
    row.value = d.get(a->iso3, measure, year);
    if (row.value) {
      row.rounded = round2(row.value->value);
      row.meets = meets_target(row.value->value, target_pct);
      ++r.reporting;
    }
    r.rows.push_back(row);
  }
  std::stable_sort(r.rows.begin(), r.rows.end(),
                   [](const ComplianceRow& x, const ComplianceRow& y) {
                     if (x.value.has_value() != y.value.has_value()) return x.value.has_value();
                     if (!x.value) return x.ally->iso3 < y.ally->iso3;
                     if (x.value->value != y.value->value) return x.value->value > y.value->value;
                     return x.ally->iso3 < y.ally->iso3;
                   });
  for (const auto& row : r.rows)
    if (row.meets) r.meeting.push_back(row.ally->iso3);
  r.count_meeting = static_cast<int>(r.meeting.size());
  return r;
}

}  // namespace fardeau::analysis

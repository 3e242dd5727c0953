#include "analysis/gap.hpp"

#include <algorithm>

#include "core/target_rule.hpp"

namespace fardeau::analysis {

GapResult gap_to_target(const Dataset& d, const std::vector<const Ally*>& members, int year,
                        double target_pct, PriceBasis basis) {
  GapResult r;
  r.year = year;
  r.target_pct = target_pct;
  r.basis = basis;
  for (const Ally* a : members) {
    if (!a->has_armed_forces) continue;
    auto pct = d.get(a->iso3, Measure::defexp_pct_gdp, year);
    auto gdp = d.get(a->iso3, gdp_measure(basis), year);
    if (!pct || !gdp) {
      r.missing.push_back(a->iso3);
      continue;
    }
    GapRow row;
    row.ally = a;
    row.pct_gdp = pct->value;
    row.estimate = pct->estimate || gdp->estimate;
    row.gdp_usd_m = gdp->value;
    row.meets = meets_target(pct->value, target_pct);
    if (!row.meets) {
      row.gap_pp = target_pct - pct->value;
      row.gap_usd_m = row.gap_pp / 100.0 * gdp->value;
      r.total_gap_usd_m += row.gap_usd_m;
      ++r.count_below;
    }
    r.rows.push_back(row);
  }
  std::stable_sort(r.rows.begin(), r.rows.end(), [](const GapRow& x, const GapRow& y) {
    if (x.gap_usd_m != y.gap_usd_m) return x.gap_usd_m > y.gap_usd_m;
    return x.ally->iso3 < y.ally->iso3;
  });
  return r;
}

}  // namespace fardeau::analysis

#include "analysis/trend.hpp"

#include <algorithm>

#include "analysis/aggregate.hpp"
#include "analysis/change.hpp"

namespace fardeau::analysis {

TrendResult trend(const Dataset& d, const AllyRegistry& allies, const GroupSpec& group,
                  Membership membership, int from, int to, PriceBasis basis) {
  TrendResult r;
  r.from = from;
  r.to = to;
  r.basis = basis;
  r.membership = membership;
  const bool has_const = d.has(Measure::defexp_usd_const_m);
  for (int y = from; y <= to; ++y) {
    auto members = resolve_group(group, allies, y, membership);
    auto sum = sum_measure(d, members, spending_measure(basis), y);
    TrendPoint p;
    p.year = y;
    p.defexp_usd_m = sum.value;
    p.estimate = sum.estimate;
    p.n_allies = sum.n_included;
    p.missing = sum.missing;
    if (std::any_of(members.begin(), members.end(),
                    [](const Ally* a) { return a->iso3 == kReferenceAllyIso3; }))
      p.us = ally_share(d, kReferenceAllyIso3, spending_measure(basis), y, sum.value);
    if (has_const) p.const_usd_m = sum_measure(d, members, Measure::defexp_usd_const_m, y).value;
    r.points.push_back(std::move(p));
  }
  std::vector<double> totals;
  for (const auto& p : r.points) totals.push_back(p.defexp_usd_m);
  const auto terms = over_base_terms(totals);
  for (std::size_t i = 0; i < terms.size(); ++i) r.points[i + 1].over_base_usd_m = terms[i];
  const auto& first = r.points.front();
  const auto& last = r.points.back();
  r.level_change_usd_m = level_change(first.defexp_usd_m, last.defexp_usd_m);
  if (first.defexp_usd_m > 0) r.change_pct = pct_change(first.defexp_usd_m, last.defexp_usd_m);
  if (first.const_usd_m && last.const_usd_m && *first.const_usd_m > 0)
    r.real_change_pct = pct_change(*first.const_usd_m, *last.const_usd_m);
  r.cumulative_over_base_usd_m = cumulative_over_base(totals);
  return r;
}

}  // namespace fardeau::analysis

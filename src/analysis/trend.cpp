#include "analysis/trend.hpp"

#include "analysis/aggregate.hpp"

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
    if (has_const) p.const_usd_m = sum_measure(d, members, Measure::defexp_usd_const_m, y).value;
    r.points.push_back(std::move(p));
  }
  const auto& first = r.points.front();
  const auto& last = r.points.back();
  r.level_change_usd_m = last.defexp_usd_m - first.defexp_usd_m;
  if (first.defexp_usd_m > 0) r.change_pct = (last.defexp_usd_m / first.defexp_usd_m - 1.0) * 100.0;
  if (first.const_usd_m && last.const_usd_m && *first.const_usd_m > 0)
    r.real_change_pct = (*last.const_usd_m / *first.const_usd_m - 1.0) * 100.0;
  for (std::size_t i = 1; i < r.points.size(); ++i)
    r.cumulative_over_base_usd_m += r.points[i].defexp_usd_m - first.defexp_usd_m;
  return r;
}

}  // namespace fardeau::analysis

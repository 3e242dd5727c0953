#include "analysis/shares.hpp"

#include <algorithm>

#include "analysis/concentration.hpp"

namespace fardeau::analysis {

double share_pct(double part, double total) { return part / total * 100.0; }

std::vector<double> shares_pct(const std::vector<double>& values) {
  double total = 0.0;
  for (double x : values) total += x;
  std::vector<double> out;
  out.reserve(values.size());
  for (double x : values) out.push_back(total > 0 ? share_pct(x, total) : 0.0);
  return out;
}

std::optional<AllyShare> ally_share(const Dataset& d, std::string_view iso3, Measure m, int year,
                                    double total) {
  auto v = d.get(iso3, m, year);
  if (!v || !(total > 0)) return std::nullopt;
  return AllyShare{v->value, share_pct(v->value, total)};
}

SharesResult shares(const Dataset& d, const std::vector<const Ally*>& members, int year,
                    PriceBasis basis, ShareBase by) {
  SharesResult r;
  r.year = year;
  r.basis = basis;
  r.by = by;
  Measure base = Measure::population_k;
  if (by == ShareBase::gdp) {
    base = gdp_measure(basis);
    if (!d.has(base))
      base = gdp_measure(basis == PriceBasis::current ? PriceBasis::constant : PriceBasis::current);
  }
  for (const Ally* a : members) {
    if (!a->has_armed_forces) continue;
    auto spend = d.get(a->iso3, spending_measure(basis), year);
    auto b = d.get(a->iso3, base, year);
    if (!spend || !b) {
      r.missing.push_back(a->iso3);
      continue;
    }
    ShareRow row;
    row.ally = a;
    row.defexp_usd_m = spend->value;
    row.base_value = b->value;
    row.estimate = spend->estimate || b->estimate;
    r.total_defexp_usd_m += spend->value;
    r.total_base += b->value;
    r.rows.push_back(row);
  }
  std::vector<double> shares_pct;
  for (auto& row : r.rows) {
    row.defexp_share_pct =
        r.total_defexp_usd_m > 0 ? share_pct(row.defexp_usd_m, r.total_defexp_usd_m) : 0;
    row.base_share_pct = r.total_base > 0 ? share_pct(row.base_value, r.total_base) : 0;
    row.ratio = row.base_share_pct > 0 ? row.defexp_share_pct / row.base_share_pct : 0;
    shares_pct.push_back(row.defexp_share_pct);
    if (row.ally->iso3 == kReferenceAllyIso3) r.us_share_pct = row.defexp_share_pct;
  }
  // One implementation of the formula (concentration.hpp); no allies: 0.
  if (auto h = hhi_of_shares_pct(shares_pct)) r.hhi = *h;
  std::stable_sort(r.rows.begin(), r.rows.end(), [](const ShareRow& x, const ShareRow& y) {
    return x.defexp_usd_m > y.defexp_usd_m;
  });
  return r;
}

}  // namespace fardeau::analysis

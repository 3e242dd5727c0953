#include "analysis/burden_report.hpp"

#include <algorithm>

#include "analysis/aggregate.hpp"
#include "analysis/change.hpp"
#include "analysis/shares.hpp"
#include "core/target_rule.hpp"

namespace fardeau::analysis {
namespace {
const GroupSpec kNato{GroupId::nato, {}};
const GroupSpec kEuropeCanada{GroupId::europe_canada, {}};
constexpr int kPledgeYear = 2014;  // Wales Defence Investment Pledge
}  // namespace

std::optional<GroupFigure> group_total(const Dataset& d, const AllyRegistry& allies,
                                       const GroupSpec& group, Membership m, Measure measure,
                                       int year) {
  if (!d.has(measure)) return std::nullopt;
  if (m == Membership::as_of)
    if (auto row = published_aggregate(d, aggregate_code_for_group(group.id), measure, year))
      return GroupFigure{row->value, row->estimate, true};
  auto sum = sum_measure(d, resolve_group(group, allies, year, m), measure, year);
  if (sum.n_included == 0) return std::nullopt;
  return GroupFigure{sum.value, sum.estimate, false};
}

std::optional<GroupFigure> group_share_of_gdp(const Dataset& d, const AllyRegistry& allies,
                                              const GroupSpec& group, Membership m, int year) {
  if (m == Membership::as_of)
    if (auto row = published_aggregate(d, aggregate_code_for_group(group.id),
                                       Measure::defexp_pct_gdp, year))
      return GroupFigure{row->value, row->estimate, true};
  auto v = group_pct_gdp(d, resolve_group(group, allies, year, m), year);
  if (!v || v->n_included == 0) return std::nullopt;
  return GroupFigure{v->value, v->estimate, false};
}

std::optional<double> group_real_change_pct(const Dataset& d, const AllyRegistry& allies,
                                            const GroupSpec& group, Membership m, int base,
                                            int year) {
  auto [first, last] = d.years(Measure::defexp_usd_const_m);
  if (base >= year || base < first || year > last) return std::nullopt;
  auto a = group_total(d, allies, group, m, Measure::defexp_usd_const_m, base);
  auto b = group_total(d, allies, group, m, Measure::defexp_usd_const_m, year);
  if (!a || !b || a->value <= 0) return std::nullopt;
  return pct_change(a->value, b->value);
}

BurdenReport burden_report(const Dataset& d, const AllyRegistry& allies, int year, Membership m) {
  BurdenReport r;
  r.year = year;
  r.membership = m;
  auto members = resolve_group(kNato, allies, year, m);
  r.members = static_cast<int>(members.size());
  auto against = [&](GuidelineId key) {
    const Guideline& g = guideline(key);
    return compliance(d, members, year, g.measure, g.target_pct);
  };
  r.two_pct = against(GuidelineId::two_pct_gdp);
  r.core_3_5 = against(GuidelineId::hague_core_3_5);
  r.reporting = r.two_pct.reporting;
  if (d.has(guideline(GuidelineId::equipment_20).measure)) {
    auto eq = against(GuidelineId::equipment_20);
    if (eq.reporting > 0) r.equipment_20 = std::move(eq);
  }
  r.total_current_usd_m = group_total(d, allies, kNato, m, Measure::defexp_usd_current_m, year);
  r.total_const_usd_m = group_total(d, allies, kNato, m, Measure::defexp_usd_const_m, year);
  auto us_share = [&](Measure measure,
                      const std::optional<GroupFigure>& total) -> std::optional<double> {
    if (!total) return std::nullopt;
    auto us = ally_share(d, kReferenceAllyIso3, measure, year, total->value);
    return us ? std::optional(us->share_pct) : std::nullopt;
  };
  r.us_share_current_pct = us_share(Measure::defexp_usd_current_m, r.total_current_usd_m);
  r.us_share_const_pct = us_share(Measure::defexp_usd_const_m, r.total_const_usd_m);
  r.nato_pct_gdp = group_share_of_gdp(d, allies, kNato, m, year);
  r.europe_canada_pct_gdp = group_share_of_gdp(d, allies, kEuropeCanada, m, year);
  r.nato_real_change_prev_pct = group_real_change_pct(d, allies, kNato, m, year - 1, year);
  r.nato_real_change_2014_pct = group_real_change_pct(d, allies, kNato, m, kPledgeYear, year);
  r.europe_canada_real_change_prev_pct =
      group_real_change_pct(d, allies, kEuropeCanada, m, year - 1, year);
  r.europe_canada_real_change_2014_pct =
      group_real_change_pct(d, allies, kEuropeCanada, m, kPledgeYear, year);
  std::vector<ComplianceRow> with_value;
  for (const auto& row : r.two_pct.rows)
    if (row.value) with_value.push_back(row);  // already highest first
  const std::size_t k = std::min<std::size_t>(5, with_value.size());
  r.highest.assign(with_value.begin(), with_value.begin() + static_cast<std::ptrdiff_t>(k));
  r.lowest.assign(with_value.rbegin(), with_value.rbegin() + static_cast<std::ptrdiff_t>(k));
  return r;
}

}  // namespace fardeau::analysis

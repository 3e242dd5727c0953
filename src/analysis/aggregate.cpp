#include "analysis/aggregate.hpp"

#include "analysis/shares.hpp"

namespace fardeau::analysis {

AggregateValue sum_measure(const Dataset& d, const std::vector<const Ally*>& allies, Measure m,
                           int year) {
  AggregateValue out;
  for (const Ally* a : allies) {
    if (!a->has_armed_forces) continue;
    auto obs = d.get(a->iso3, m, year);
    if (!obs) {
      out.missing.push_back(a->iso3);
      continue;
    }
    out.value += obs->value;
    out.estimate = out.estimate || obs->estimate;
    ++out.n_included;
  }
  return out;
}

std::optional<AggregateValue> group_pct_gdp(const Dataset& d,
                                            const std::vector<const Ally*>& allies, int year) {
  Measure spend = Measure::defexp_usd_const_m, gdp = Measure::gdp_usd_const_m;
  if (!d.has(spend) || !d.has(gdp)) {
    spend = Measure::defexp_usd_current_m;
    gdp = Measure::gdp_usd_current_m;
    if (!d.has(spend) || !d.has(gdp)) return std::nullopt;
  }
  AggregateValue out;
  double sum_spend = 0, sum_gdp = 0;
  for (const Ally* a : allies) {
    if (!a->has_armed_forces) continue;
    auto s = d.get(a->iso3, spend, year);
    auto g = d.get(a->iso3, gdp, year);
    if (!s || !g) {
      out.missing.push_back(a->iso3);
      continue;
    }
    sum_spend += s->value;
    sum_gdp += g->value;
    out.estimate = out.estimate || s->estimate || g->estimate;
    ++out.n_included;
  }
  if (sum_gdp <= 0) return std::nullopt;
  out.value = share_pct(sum_spend, sum_gdp);
  return out;
}

std::optional<Observation> published_aggregate(const Dataset& d, std::string_view code, Measure m,
                                               int year) {
  if (code.empty()) return std::nullopt;
  return d.get(code, m, year);
}

std::string_view aggregate_code_for_group(GroupId group) {
  switch (group) {
    case GroupId::nato:
      return kNatoTotal;
    case GroupId::europe_canada:
      return kNatoEuropeCanada;
    default:
      return {};  // NATO publishes no row for the other groups
  }
}

std::string_view aggregate_code_for_group(std::string_view group_name) {
  auto id = builtin_group_id(group_name);
  return id ? aggregate_code_for_group(*id) : std::string_view();
}

}  // namespace fardeau::analysis

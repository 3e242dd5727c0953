#include "core/vintage.hpp"

#include <algorithm>

namespace fardeau {

const MeasureBinding* VintageInfo::binding(Measure m) const {
  for (const auto& b : measures)
    if (b.measure == m) return &b;
  return nullptr;
}

std::string VintageInfo::citation() const {
  std::string s = publisher + ", " + title;
  if (!published.empty()) s += ", published " + published;
  if (!cutoff.empty()) s += " (data cut-off " + cutoff + ")";
  return s + " [" + id + "]";
}

bool Dataset::has(Measure m) const {
  const auto* b = info_.binding(m);
  return b && panel_.has_indicator(b->indicator) &&
         (!b->derived() || panel_.has_indicator(b->denominator));
}

std::optional<Observation> Dataset::get(std::string_view entity, Measure m, int year) const {
  const auto* b = info_.binding(m);
  if (!b) return std::nullopt;
  auto num = panel_.get(entity, b->indicator, year);
  if (!num) return std::nullopt;
  if (!b->derived()) return Observation{num->value * b->scale, num->estimate, num->footnote};
  auto den = panel_.get(entity, b->denominator, year);
  if (!den || den->value == 0.0) return std::nullopt;
  return Observation{num->value / den->value * b->scale, num->estimate || den->estimate,
                     num->footnote || den->footnote};
}

std::pair<int, int> Dataset::years(Measure m) const {
  const auto* b = info_.binding(m);
  if (!b) return {0, 0};
  return panel_.year_range(b->indicator);
}

std::pair<int, int> Dataset::span() const {
  for (Measure m : {Measure::defexp_usd_current_m, Measure::defexp_pct_gdp})
    if (has(m)) return years(m);
  return {panel_.first_year(), panel_.last_year()};
}

int Dataset::latest_year() const { return span().second; }

}  // namespace fardeau

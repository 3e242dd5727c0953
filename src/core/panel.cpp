#include "core/panel.hpp"

#include <algorithm>

namespace fardeau {

std::optional<std::uint32_t> Panel::entity_index(std::string_view e) const {
  auto it = entity_ids_.find(e);
  if (it == entity_ids_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::uint32_t> Panel::indicator_index(std::string_view i) const {
  auto it = indicator_ids_.find(i);
  if (it == indicator_ids_.end()) return std::nullopt;
  return it->second;
}

std::uint32_t Panel::intern_entity(std::string_view e) {
  if (last_entity_ != UINT32_MAX && entities_[last_entity_] == e) return last_entity_;
  auto it = entity_ids_.find(e);
  if (it == entity_ids_.end()) {
    it = entity_ids_.emplace(std::string(e), static_cast<std::uint32_t>(entities_.size())).first;
    entities_.emplace_back(e);
  }
  return last_entity_ = it->second;
}

std::uint32_t Panel::intern_indicator(std::string_view i, std::string_view unit, int year) {
  if (last_indicator_ != UINT32_MAX && indicators_[last_indicator_].id == i) return last_indicator_;
  auto it = indicator_ids_.find(i);
  if (it == indicator_ids_.end()) {
    it = indicator_ids_.emplace(std::string(i), static_cast<std::uint32_t>(indicators_.size()))
             .first;
    indicators_.push_back({std::string(i), std::string(unit)});
    indicator_years_.emplace_back(year, year);
  }
  return last_indicator_ = it->second;
}

Panel Panel::in_place(std::vector<std::string> entities, std::vector<IndicatorInfo> indicators,
                      std::vector<std::pair<int, int>> indicator_years, SortedValues values) {
  Panel p;
  p.entities_ = std::move(entities);
  p.indicators_ = std::move(indicators);
  p.indicator_years_ = std::move(indicator_years);
  p.in_place_ = values;
  for (std::uint32_t e = 0; e < p.entities_.size(); ++e) p.entity_ids_.emplace(p.entities_[e], e);
  for (std::uint32_t i = 0; i < p.indicators_.size(); ++i)
    p.indicator_ids_.emplace(p.indicators_[i].id, i);
  bool any = false;
  for (auto [first, last] : p.indicator_years_) {
    if (first == 0) continue;
    p.first_year_ = any ? std::min(p.first_year_, first) : first;
    p.last_year_ = any ? std::max(p.last_year_, last) : last;
    any = true;
  }
  return p;
}

bool Panel::add(std::string_view entity, std::string_view indicator, std::string_view unit,
                int year, Observation obs) {
  if (!in_place_.empty()) {
    values_.reserve(in_place_.size() + 1);
    for (std::size_t k = 0; k < in_place_.size(); ++k)
      values_.emplace(in_place_.key(k), in_place_.observation(k));
    in_place_ = SortedValues{};
  }
  const std::uint32_t e = intern_entity(entity);
  const std::uint32_t i = intern_indicator(indicator, unit, year);
  auto [vit, vnew] = values_.try_emplace(value_key(e, i, year), obs);
  if (!vnew) return false;
  auto& yr = indicator_years_[i];
  yr.first = std::min(yr.first, year);
  yr.second = std::max(yr.second, year);
  first_year_ = values_.size() == 1 ? year : std::min(first_year_, year);
  last_year_ = values_.size() == 1 ? year : std::max(last_year_, year);
  return true;
}

std::optional<Observation> Panel::get(std::string_view entity, std::string_view indicator,
                                      int year) const {
  auto e = entity_index(entity);
  auto i = indicator_index(indicator);
  if (!e || !i) return std::nullopt;
  if (!in_place_.empty()) return in_place_.find(value_key(*e, *i, year));
  auto it = values_.find(value_key(*e, *i, year));
  if (it == values_.end()) return std::nullopt;
  return it->second;
}

bool Panel::has_indicator(std::string_view indicator) const {
  return indicator_index(indicator).has_value();
}

bool Panel::has_entity(std::string_view entity) const { return entity_index(entity).has_value(); }

std::pair<int, int> Panel::year_range(std::string_view indicator) const {
  auto i = indicator_index(indicator);
  if (!i) return {0, 0};
  return indicator_years_[*i];
}

}  // namespace fardeau

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

bool Panel::add(std::string_view entity, std::string_view indicator, std::string_view unit,
                int year, Observation obs) {
  const std::uint32_t e = intern_entity(entity);
  const std::uint32_t i = intern_indicator(indicator, unit, year);
  auto [vit, vnew] = values_.try_emplace(key(e, i, year), obs);
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
  auto it = values_.find(key(*e, *i, year));
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

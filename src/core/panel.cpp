#include "core/panel.hpp"

#include <algorithm>

namespace fardeau {

std::optional<std::uint32_t> Panel::entity_index(std::string_view e) const {
  auto it = entity_ids_.find(std::string(e));
  if (it == entity_ids_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::uint32_t> Panel::indicator_index(std::string_view i) const {
  auto it = indicator_ids_.find(std::string(i));
  if (it == indicator_ids_.end()) return std::nullopt;
  return it->second;
}

bool Panel::add(std::string_view entity, std::string_view indicator, std::string_view unit,
                int year, Observation obs) {
  auto [eit, enew] = entity_ids_.try_emplace(std::string(entity),
                                             static_cast<std::uint32_t>(entities_.size()));
  if (enew) entities_.emplace_back(entity);
  auto [iit, inew] = indicator_ids_.try_emplace(std::string(indicator),
                                                static_cast<std::uint32_t>(indicators_.size()));
  if (inew) {
    indicators_.push_back({std::string(indicator), std::string(unit)});
    indicator_years_.emplace_back(year, year);
  }
  auto [vit, vnew] = values_.try_emplace(key(eit->second, iit->second, year), obs);
  if (!vnew) return false;
  auto& yr = indicator_years_[iit->second];
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

// The panel: published values by entity (ally ISO3 or aggregate code) x indicator x
// year, for one vintage. Immutable once built; lookups are hash lookups.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/indicator.hpp"
#include "core/observation.hpp"
#include "core/sorted_values.hpp"

namespace fardeau {

class Panel {
 public:
  Panel() = default;
  /// A panel over values held elsewhere (a built-in edition's binary image): `entities`
  /// and `indicators` in index order, each indicator's first and last year, and the values
  /// sorted by value_key() of those indices. Only the names are copied.
  static Panel in_place(std::vector<std::string> entities, std::vector<IndicatorInfo> indicators,
                        std::vector<std::pair<int, int>> indicator_years, SortedValues values);

  /// The key of a value: its entity's and indicator's indices (order of first appearance)
  /// and its year. Binary images store it, so its layout is part of their format.
  static std::uint64_t value_key(std::uint32_t entity, std::uint32_t indicator, int year) {
    return (std::uint64_t{entity} << 40) | (std::uint64_t{indicator} << 20) |
           static_cast<std::uint64_t>(year & 0xFFFFF);
  }

  /// Add a value; false if (entity, indicator, year) is already present (the caller
  /// reports the duplicate with its location). A panel in place copies its values first.
  bool add(std::string_view entity, std::string_view indicator, std::string_view unit, int year,
           Observation obs);

  std::optional<Observation> get(std::string_view entity, std::string_view indicator,
                                 int year) const;
  bool has_indicator(std::string_view indicator) const;
  bool has_entity(std::string_view entity) const;

  /// Indicators in order of first appearance, with units.
  const std::vector<IndicatorInfo>& indicators() const { return indicators_; }
  const std::vector<std::string>& entities() const { return entities_; }
  int first_year() const { return first_year_; }
  int last_year() const { return last_year_; }
  /// First and last year with at least one value of `indicator` (0, 0 if none).
  std::pair<int, int> year_range(std::string_view indicator) const;
  std::size_t size() const { return values_.size() + in_place_.size(); }

 private:
  std::optional<std::uint32_t> entity_index(std::string_view e) const;
  std::optional<std::uint32_t> indicator_index(std::string_view i) const;

  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Index = std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>>;
  std::uint32_t intern_entity(std::string_view e);
  std::uint32_t intern_indicator(std::string_view i, std::string_view unit, int year);

  std::vector<std::string> entities_;
  std::vector<IndicatorInfo> indicators_;
  std::vector<std::pair<int, int>> indicator_years_;
  Index entity_ids_;
  Index indicator_ids_;
  // Rows usually come grouped by entity and indicator: remember the last ones.
  std::uint32_t last_entity_ = UINT32_MAX, last_indicator_ = UINT32_MAX;
  std::unordered_map<std::uint64_t, Observation> values_;
  // The values of a panel in place (then values_ is empty until the first add()).
  SortedValues in_place_;
  int first_year_ = 0;
  int last_year_ = 0;
};

}  // namespace fardeau

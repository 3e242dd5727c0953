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

namespace fardeau {

/// One published value. `estimate` is the publisher's "e" flag (NATO); SIPRI and WDI
/// publish no flag, so it is false there. `footnote` is NATO's '*' on the ally's label
/// ("These Allies have national laws or political agreements which call for 2% of GDP or
/// more to be spent on defence annually...").
struct Observation {
  double value = 0.0;
  bool estimate = false;
  bool footnote = false;
};

class Panel {
 public:
  /// Add a value; false if (entity, indicator, year) is already present (the caller
  /// reports the duplicate with its location).
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
  std::size_t size() const { return values_.size(); }

 private:
  static std::uint64_t key(std::uint32_t e, std::uint32_t i, int year) {
    return (std::uint64_t{e} << 40) | (std::uint64_t{i} << 20) |
           static_cast<std::uint64_t>(year & 0xFFFFF);
  }
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
  int first_year_ = 0;
  int last_year_ = 0;
};

}  // namespace fardeau

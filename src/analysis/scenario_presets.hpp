// Named scenarios users recognise from the summits. A preset is data: its parameters,
// which flags may override. `--year` moves the base year (paths) or the year of an
// immediate counterfactual.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "analysis/scenario.hpp"

namespace fardeau::analysis {

struct ScenarioPreset {
  std::string_view id;
  double target_pct;
  std::optional<int> from_year;  ///< empty: the edition's latest year
  std::optional<int> by_year;    ///< empty: same as the base year (immediate)
  PathShape path;
  std::string_view description_en;
  std::string_view description_fr;
  bool immediate() const { return !by_year.has_value(); }
};

const std::vector<ScenarioPreset>& scenario_presets();
/// The preset named `id`, or nullptr.
const ScenarioPreset* find_preset(std::string_view id);

}  // namespace fardeau::analysis

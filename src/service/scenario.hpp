// Scenarios through the service: presets resolved, flags validated (errors name the
// flag), the projection run on the chosen edition, and an optional back test against a
// later edition's outturn (--compare).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "analysis/scenario.hpp"
#include "analysis/scenario_presets.hpp"
#include "service/engine.hpp"

namespace fardeau::service {

/// Largest horizon after the base year (years).
constexpr int kMaxScenarioYears = 100;

struct ScenarioQuery {
  Scope scope;
  std::string preset;                ///< empty: none
  std::optional<double> target_pct;  ///< default: the preset's, else 2
  std::optional<int> from;           ///< base year; default: preset's, else the latest year
  std::optional<int> by;             ///< horizon; required without a preset
  std::optional<int> year;           ///< immediate scenario in that year (from = by = year);
                                     ///< with a path preset, the base year
  std::string path;                  ///< linear | constant-growth | step; empty: preset's or linear
  std::string gdp_growth = "trend";  ///< "trend" or real growth in % a year
  std::string allies = "nato";       ///< group of allies
  std::optional<double> us_pct;      ///< the US share of GDP at the horizon
  std::optional<std::string> compare;  ///< a later vintage whose outturn to compare with
};

/// One year of a later edition's outturn, for the allies of the scenario.
struct OutturnYear {
  int year = 0;
  double total_usd_m = 0.0;  ///< published current-price spending of the allies with data
  int allies = 0;            ///< allies with data that year
  int meeting = 0;           ///< of them, at or above the target (published shares)
  std::optional<double> us_share_pct;
};

struct ScenarioResultSet {
  VintageInfo vintage;
  ScenarioQuery query;  ///< with defaults resolved
  GroupSpec group;
  std::string preset;
  analysis::ScenarioResult scenario;
  std::optional<VintageInfo> compare_vintage;
  std::vector<OutturnYear> outturn;
};

struct ScenarioPresetsResult {
  VintageInfo vintage;  ///< the edition "latest year" refers to
  int latest_year = 0;
  std::vector<analysis::ScenarioPreset> presets;
};

Result<ScenarioResultSet> run_scenario(const Engine& engine, const ScenarioQuery& q);
Result<ScenarioPresetsResult> list_scenario_presets(const Engine& engine, const Scope& scope);

/// The resolved spec, the dataset and the allies of a query: shared with `simulate`.
struct ResolvedScenario {
  DatasetPtr dataset;
  GroupSpec group;
  analysis::ScenarioSpec spec;
  std::vector<const Ally*> members;
  ScenarioQuery query;
};
Result<ResolvedScenario> resolve_scenario(const Engine& engine, const ScenarioQuery& q);

}  // namespace fardeau::service

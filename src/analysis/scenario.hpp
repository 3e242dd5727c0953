// Deterministic scenarios: each ally's share of GDP moves from its published base-year
// value to a target along a path, GDP grows at a given rate or at the ally's own trend,
// and the totals follow (alliance spending, extra spending, the US share).
//
// A scenario is plain data (ScenarioSpec); the projection is a free function over a
// dataset, the allies and the spec, returning typed rows (QuantLib's model / engine split
// without the inheritance). Year 0 of every path is the edition's published values.
// Formulas: docs/methodology.md, "Scenarios".
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/ally.hpp"
#include "core/error.hpp"
#include "core/vintage.hpp"

namespace fardeau::analysis {

/// How a share below the target reaches it between the base year and the horizon.
enum class PathShape {
  linear,           ///< equal steps in percentage points each year
  constant_growth,  ///< the share grows by the same percentage each year
  step,             ///< the target from the first year after the base year
};
Result<PathShape> parse_path_shape(std::string_view s, const Location& param);
const char* to_string(PathShape p);

struct ScenarioSpec {
  double target_pct = 2.0;  ///< % of GDP every ally below it reaches at the horizon
  int from_year = 0;        ///< base year: published values
  int by_year = 0;          ///< horizon; == from_year: the target applies in that very year
  PathShape path = PathShape::linear;
  std::optional<double> gdp_growth_pct;  ///< real GDP growth for all; empty: each ally's trend
  std::optional<double> us_pct;          ///< the US share of GDP at the horizon; empty: same rule
};

/// Published base-year values of one ally and its growth assumptions.
struct AllyBase {
  const Ally* ally = nullptr;
  double pct_gdp = 0.0;          ///< published share, %
  double spend_current_m = 0.0;  ///< US$ m, current prices
  double spend_const_m = 0.0;    ///< US$ m, edition's constant prices
  double gdp_current_m = 0.0;    ///< US$ m, current (derived from spending when unpublished)
  double gdp_const_m = 0.0;
  bool estimate = false;
  double real_growth_pct = 0.0;  ///< assumed real GDP growth a year
  double deflator_pct = 0.0;     ///< assumed US-dollar deflator change a year (edition trend)
  double target_pct = 0.0;       ///< this ally's share at the horizon (US: --us)
  bool both_ways = false;        ///< true for the US with --us: its share may fall
};

struct AllyYear {
  int year = 0;
  double pct_gdp = 0.0;
  double spend_current_m = 0.0, spend_const_m = 0.0;
  double gdp_current_m = 0.0, gdp_const_m = 0.0;
  double extra_usd_m = 0.0;  ///< current US$ over keeping the base-year share of GDP
  bool meets = false;        ///< NATO's rounding rule against the scenario target
};

struct ScenarioYear {
  int year = 0;
  double total_current_m = 0.0, total_const_m = 0.0;
  double baseline_current_m = 0.0;  ///< every ally keeping its base-year share of GDP
  double extra_usd_m = 0.0;         ///< total - baseline, current US$
  double extra_const_m = 0.0;
  double cumulative_extra_usd_m = 0.0;
  double change_over_base_usd_m = 0.0;  ///< total - base-year total, current US$
  std::optional<double> us_share_pct;   ///< of total current-price spending
  std::optional<double> baseline_us_share_pct;
  int meeting = 0;  ///< allies at or above the target
  int allies = 0;
};

struct ScenarioResult {
  ScenarioSpec spec;
  std::vector<AllyBase> bases;               ///< allies with every base value, by ISO3
  std::vector<std::vector<AllyYear>> paths;  ///< paths[i][k]: ally i, year from + k
  std::vector<ScenarioYear> years;
  std::vector<std::string> missing;  ///< members without base values
};

/// The planned share of GDP k years after the base year (h = horizon - base; h = 0 means
/// the target applies at once). Shares at or above the target stay where they are, unless
/// `both_ways` (the US share set with --us may fall).
double planned_share_pct(double base_pct, double target_pct, int k, int h, PathShape path,
                         bool both_ways = false);

/// Base values of the allies in `year` (members without a published share, spending or
/// GDP go to `missing`), with growth from `spec` or each ally's trend (growth_history).
std::vector<AllyBase> ally_bases(const Dataset& d, const std::vector<const Ally*>& allies,
                                 const ScenarioSpec& spec, std::vector<std::string>& missing);

/// Project the scenario. Requires from_year <= by_year (the service validates).
ScenarioResult project(const Dataset& d, const std::vector<const Ally*>& allies,
                       const ScenarioSpec& spec);
/// Same, from base values already read (tests and the Monte Carlo use this).
ScenarioResult project(std::vector<AllyBase> bases, const ScenarioSpec& spec);

}  // namespace fardeau::analysis

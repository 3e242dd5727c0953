// The Monte Carlo's model parameters from an edition and a deterministic scenario: each
// ally's base-year share and spending, its planned shares, growth and deflator means as
// in the scenario and their spreads from the edition's own series (growth_history),
// and the one-factor correlations. service/simulate validates the flags, resolves the
// scenario, then calls calibrate_monte_carlo; documented in docs/methodology.md.
#pragma once
#include "analysis/monte_carlo.hpp"
#include "analysis/scenario.hpp"
#include "core/vintage.hpp"

namespace fardeau::analysis {

struct McCalibration {
  double volatility = 1.0;      ///< multiplies every estimated standard deviation (0 = none)
  double execution_mean = 0.9;  ///< mean share of the planned increase delivered
  double execution_sd = 0.2;    ///< its standard deviation
};

/// Parameters of a run over `plan`'s allies (seed, paths and threads are left at their
/// defaults for the caller to set). plan.spec.by_year > plan.spec.from_year.
McParams calibrate_monte_carlo(const Dataset& d, const ScenarioResult& plan,
                               const McCalibration& c);

}  // namespace fardeau::analysis

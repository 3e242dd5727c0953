// Monte Carlo through the service: the scenario's planned shares, parameters estimated
// from the edition's own series (growth_history), flags validated, then the paths.
#pragma once
#include <cstdint>

#include "analysis/monte_carlo.hpp"
#include "service/scenario.hpp"

namespace fardeau::service {

/// Most threads accepted by --threads.
constexpr unsigned kMaxThreads = 256;

struct SimulateQuery {
  ScenarioQuery scenario;       ///< target, horizon, path, allies, preset...
  std::uint64_t paths = 10000;  ///< 1 .. analysis::kMaxPaths
  std::uint64_t seed = 1;
  unsigned threads = 0;         ///< 0: the machine's hardware threads
  double volatility = 1.0;      ///< multiplies every estimated standard deviation (0 = none)
  double execution_mean = 0.9;  ///< mean share of the planned increase delivered
  double execution_sd = 0.2;    ///< its standard deviation
};

struct SimulateResult {
  VintageInfo vintage;
  SimulateQuery query;  ///< with defaults resolved
  GroupSpec group;
  analysis::ScenarioResult plan;  ///< the deterministic scenario the allies plan
  analysis::McParams params;
  analysis::McResult mc;
};

/// Validated parameters of a run (no paths drawn): what --export-params writes.
Result<SimulateResult> prepare_simulation(const Engine& engine, const SimulateQuery& q);
/// Draw the paths of a prepared run (the CLI writes --export-params in between).
SimulateResult run_prepared_simulation(SimulateResult prepared,
                                       const analysis::McProgress& progress = {});
/// Prepare and run. `progress` is called on the calling thread.
Result<SimulateResult> run_simulation(const Engine& engine, const SimulateQuery& q,
                                      const analysis::McProgress& progress = {});

}  // namespace fardeau::service

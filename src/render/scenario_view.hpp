// Views of `fardeau scenario` (a projection, or the list of presets) and of
// `fardeau simulate` (Monte Carlo), with the parameters file --export-params writes.
#pragma once
#include <nlohmann/json.hpp>

#include "render/document.hpp"
#include "render/format.hpp"
#include "service/scenario.hpp"
#include "service/simulate.hpp"

namespace fardeau::render {

Rendered view_scenario(const service::ScenarioResultSet& r, Lang lang);
Rendered view_scenario_presets(const service::ScenarioPresetsResult& r, Lang lang);
Rendered view_simulation(const service::SimulateResult& r, Lang lang);
/// Every input of the Monte Carlo as JSON, so that a peer implementation
/// (bench/peers/simulate_numpy.py) runs exactly the same model.
nlohmann::ordered_json simulation_params_json(const service::SimulateResult& r);

}  // namespace fardeau::render

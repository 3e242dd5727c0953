#include "commands/scenario_flags.hpp"
#include "docgen.hpp"

namespace fardeau::cli {

service::Params ScenarioFlags::params() const {
  return {{"preset", preset},
          {"target", target},
          {"from", from},
          {"by", by},
          {"year", year},
          {"path", path},
          {"gdp_growth", gdp_growth},
          {"allies", allies},
          {"us", us}};
}

void add_scenario_flags(CLI::App* sub, ScenarioFlags& f) {
  sub->add_option("--preset", f.preset,
                  "wales-2024, hague-2035, summit-2018-4pct or counterfactual-2pct (see --list)");
  sub->add_option("--target", f.target, "Target in % of GDP (default 2, or the preset's)");
  sub->add_option("--from", f.from, "Base year: published values (default: the latest year)");
  sub->add_option("--by", f.by, "Horizon year the target is reached");
  sub->add_option(
      "--year", f.year,
      "That year only (every ally below raised at once); with a path preset, the base year");
  set_choices(sub->add_option("--path", f.path, "linear (default), constant-growth or step"),
              {"linear", "constant-growth", "step"});
  sub->add_option("--gdp-growth", f.gdp_growth,
                  "Real GDP growth in % a year, or trend (default: each ally's own average)");
  sub->add_option(
      "--allies", f.allies,
      "nato (default), europe-canada, european-allies, eu, or ISO3 codes separated by commas");
  sub->add_option("--us", f.us, "The US share of GDP at the horizon, in % (default: same rule)");
}

}  // namespace fardeau::cli

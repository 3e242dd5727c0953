#include "commands/scenario_flags.hpp"

namespace fardeau::cli {

Result<service::ScenarioQuery> ScenarioFlags::query(const service::Scope& scope) const {
  service::ScenarioQuery q;
  q.scope = scope;
  q.preset = preset;
  if (!target.empty()) {
    FARDEAU_TRY(t, parse_number_flag(target, "--target"));
    q.target_pct = t;
  }
  FARDEAU_TRY(f, parse_year_flag(from, "--from"));
  q.from = f;
  FARDEAU_TRY(b, parse_year_flag(by, "--by"));
  q.by = b;
  FARDEAU_TRY(y, parse_year_flag(year, "--year"));
  q.year = y;
  q.path = path;
  q.gdp_growth = gdp_growth;
  q.allies = allies;
  if (!us.empty()) {
    FARDEAU_TRY(u, parse_number_flag(us, "--us"));
    q.us_pct = u;
  }
  return q;
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
  sub->add_option("--path", f.path, "linear (default), constant-growth or step");
  sub->add_option("--gdp-growth", f.gdp_growth,
                  "Real GDP growth in % a year, or trend (default: each ally's own average)");
  sub->add_option(
      "--allies", f.allies,
      "nato (default), europe-canada, european-allies, eu, or ISO3 codes separated by commas");
  sub->add_option("--us", f.us, "The US share of GDP at the horizon, in % (default: same rule)");
}

}  // namespace fardeau::cli

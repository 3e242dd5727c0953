// fardeau scenario --target PCT --by YEAR [--from YEAR] [--path linear|constant-growth|step]
//                  [--gdp-growth PCT|trend] [--allies G] [--us PCT] [--compare VINTAGE]
// fardeau scenario --preset NAME [--year Y] [flags overriding the preset]
// fardeau scenario --list
#include <CLI/CLI.hpp>

#include "commands/commands.hpp"
#include "commands/scenario_flags.hpp"
#include "param_options.hpp"
#include "render/scenario_view.hpp"

namespace fardeau::cli {
namespace {

// --compare: absent is none; `--compare ''` is kept and refused (ParamOptions::given).
Result<Action> prepare(Cli& cli, const ParamOptions& o) {
  FARDEAU_TRY(scope, cli.scope());
  auto params = o.given();
  if (service::flag_param(params, service::spec::kList.name))
    return Action{[&cli, scope] {
      emit_view(cli, service::list_scenario_presets(cli.engine(), scope),
                render::view_scenario_presets);
    }};
  FARDEAU_TRY(q, service::scenario_query(cli.params(std::move(params))));
  return Action{
      [&cli, q] { emit_view(cli, service::run_scenario(cli.engine(), q), render::view_scenario); }};
}

}  // namespace

void register_scenario(CLI::App& app, Cli& cli) {
  auto opts = std::make_shared<ParamOptions>();
  auto* sub = app.add_subcommand(
      "scenario",
      "Paths to a target: each ally's spending, the extra cost, the US share, year by year");
  opts->add(sub, "scenario");
  cli.on_parsed(sub, [&cli, opts] { return prepare(cli, *opts); });
}

}  // namespace fardeau::cli

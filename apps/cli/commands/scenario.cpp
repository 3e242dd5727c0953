// fardeau scenario --target PCT --by YEAR [--from YEAR] [--path linear|constant-growth|step]
//                  [--gdp-growth PCT|trend] [--allies G] [--us PCT] [--compare VINTAGE]
// fardeau scenario --preset NAME [--year Y] [flags overriding the preset]
// fardeau scenario --list
#include "commands/commands.hpp"
#include "commands/scenario_flags.hpp"
#include "render/scenario_view.hpp"

namespace fardeau::cli {
namespace {

struct Opts {
  ScenarioFlags flags;
  std::optional<std::string> compare;  ///< none when absent; `--compare ''` is refused
  bool list = false;
};

Result<Action> prepare(Cli& cli, const Opts& o) {
  FARDEAU_TRY(scope, cli.scope());
  if (o.list)
    return Action{[&cli, scope] {
      emit_view(cli, service::list_scenario_presets(cli.engine(), scope),
                render::view_scenario_presets);
    }};
  auto params = o.flags.params();
  if (o.compare) params["compare"] = *o.compare;
  FARDEAU_TRY(q, service::scenario_query(cli.params(std::move(params))));
  return Action{
      [&cli, q] { emit_view(cli, service::run_scenario(cli.engine(), q), render::view_scenario); }};
}

}  // namespace

void register_scenario(CLI::App& app, Cli& cli) {
  auto opts = std::make_shared<Opts>();
  auto* sub = app.add_subcommand(
      "scenario",
      "Paths to a target: each ally's spending, the extra cost, the US share, year by year");
  add_scenario_flags(sub, opts->flags);
  sub->add_option("--compare", opts->compare,
                  "Back test: compare with a later edition's outturn (e.g. nato-2026)");
  sub->add_flag("--list", opts->list, "List the presets");
  cli.on_parsed(sub, [&cli, opts] { return prepare(cli, *opts); });
}

}  // namespace fardeau::cli

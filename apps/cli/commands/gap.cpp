// fardeau gap [--year Y] [--target PCT] [--basis current|constant] [--group G]
#include "commands/commands.hpp"
#include "docgen.hpp"

namespace fardeau::cli {
namespace {
struct Opts {
  std::string year, target = "2", basis = "current", group = "nato";
};

Result<Action> prepare(Cli& cli, const Opts& o) {
  return emit_query(
      cli,
      service::gap_query(cli.params(
          {{"year", o.year}, {"target", o.target}, {"basis", o.basis}, {"group", o.group}})),
      [](const service::Engine& e, const service::GapQuery& q) { return e.gap(q); });
}
}  // namespace

void register_gap(CLI::App& app, Cli& cli) {
  auto opts = std::make_shared<Opts>();
  auto* sub = app.add_subcommand("gap",
                                 "Dollars each ally below a target must add that year, "
                                 "and the total");
  sub->add_option("--year", opts->year, "Year (default: the last year of the vintage)");
  sub->add_option("--target", opts->target, "Target in % of GDP (default 2)");
  set_choices(sub->add_option("--basis", opts->basis,
                              "GDP at current or constant prices (default current)"),
              {"current", "constant"});
  sub->add_option("--group", opts->group,
                  "nato, europe-canada, european-allies, eu, or ISO3 codes separated by commas");
  cli.on_parsed(sub, [&cli, opts] { return prepare(cli, *opts); });
}

}  // namespace fardeau::cli

// fardeau trend --group G --from A --to B [--basis current|constant]
#include "commands/commands.hpp"
#include "docgen.hpp"

namespace fardeau::cli {
namespace {
struct Opts {
  std::string group = "europe-canada", from, to, basis = "constant";
};

Result<Action> prepare(Cli& cli, const Opts& o) {
  return emit_query(
      cli,
      service::trend_query(
          cli.params({{"group", o.group}, {"from", o.from}, {"to", o.to}, {"basis", o.basis}})),
      [](const service::Engine& e, const service::TrendQuery& q) { return e.trend(q); });
}
}  // namespace

void register_trend(CLI::App& app, Cli& cli) {
  auto opts = std::make_shared<Opts>();
  auto* sub = app.add_subcommand("trend",
                                 "A group's spending between two years: level change, "
                                 "real change, cumulative sum over the base year");
  sub->add_option("--group", opts->group,
                  "nato, europe-canada (default), european-allies, eu, or ISO3 codes");
  sub->add_option("--from", opts->from, "Base year (default: first year of the vintage)");
  sub->add_option("--to", opts->to, "Last year (default: last year of the vintage)");
  set_choices(sub->add_option("--basis", opts->basis, "constant (default) or current prices"),
              {"constant", "current"});
  cli.on_parsed(sub, [&cli, opts] { return prepare(cli, *opts); });
}

}  // namespace fardeau::cli

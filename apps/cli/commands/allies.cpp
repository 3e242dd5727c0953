// fardeau allies [--year Y] [--all]
#include "commands/commands.hpp"

namespace fardeau::cli {
namespace {
struct Opts {
  std::string year;
  bool all = false;
};

Result<Action> prepare(Cli& cli, const Opts& o) {
  service::Params flags{{"year", o.year}};
  if (o.all) flags["all"] = "1";
  return emit_query(
      cli, service::allies_query(cli.params(std::move(flags))),
      [](const service::Engine& e, const service::AlliesQuery& q) { return e.allies(q); });
}
}  // namespace

void register_allies(CLI::App& app, Cli& cli) {
  auto opts = std::make_shared<Opts>();
  auto* sub = app.add_subcommand("allies",
                                 "The allies, their accession and whether they report; "
                                 "with --year, the members of that year");
  sub->add_option("--year", opts->year, "Only the members of this year");
  sub->add_flag("--all", opts->all,
                "With --year: every ally, with a member column (yes/no) for that year");
  cli.on_parsed(sub, [&cli, opts] { return prepare(cli, *opts); });
}

}  // namespace fardeau::cli

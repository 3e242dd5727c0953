// fardeau allies [--year Y]
#include "commands/commands.hpp"

namespace fardeau::cli {
namespace {
struct Opts {
  std::string year;
};

Result<Action> prepare(Cli& cli, const Opts& o) {
  return emit_query(
      cli, service::allies_query(cli.params({{"year", o.year}})),
      [](const service::Engine& e, const service::AlliesQuery& q) { return e.allies(q); });
}
}  // namespace

void register_allies(CLI::App& app, Cli& cli) {
  auto opts = std::make_shared<Opts>();
  auto* sub = app.add_subcommand("allies",
                                 "The allies, their accession and whether they report; "
                                 "with --year, the members of that year");
  sub->add_option("--year", opts->year, "Only members in this year");
  cli.on_parsed(sub, [&cli, opts] { return prepare(cli, *opts); });
}

}  // namespace fardeau::cli

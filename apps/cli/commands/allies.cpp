// fardeau allies [--year Y]
#include "commands/commands.hpp"

namespace fardeau::cli {
namespace {
struct Opts {
  std::string year;
};

int run(Cli& cli, const Opts& o) {
  auto scope = cli.scope();
  if (!scope) return cli.fail(scope.error());
  auto year = parse_year_flag(o.year, "--year");
  if (!year) return cli.fail(year.error());
  return cli.emit(cli.engine().allies(service::AlliesQuery{*scope, *year}));
}
}  // namespace

void register_allies(CLI::App& app, Cli& cli) {
  auto opts = std::make_shared<Opts>();
  auto* sub = app.add_subcommand("allies", "The allies, their accession and whether they report; "
                                           "with --year, the members of that year");
  sub->add_option("--year", opts->year, "Only members in this year");
  sub->callback([&cli, opts] { run(cli, *opts); });
}

}  // namespace fardeau::cli

// fardeau report [--year Y]
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
  return cli.emit(cli.engine().report({*scope, *year}));
}
}  // namespace

void register_report(CLI::App& app, Cli& cli) {
  auto opts = std::make_shared<Opts>();
  auto* sub = app.add_subcommand("report", "The burden-sharing report of one year: guidelines met, "
                                           "spending, US share, real change, highest and lowest");
  sub->add_option("--year", opts->year, "Year (default: the last year of the vintage)");
  sub->callback([&cli, opts] { run(cli, *opts); });
}

}  // namespace fardeau::cli

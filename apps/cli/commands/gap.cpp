// fardeau gap [--year Y] [--target PCT] [--basis current|constant] [--group G]
#include "commands/commands.hpp"

namespace fardeau::cli {
namespace {
struct Opts {
  std::string year, target = "2", basis = "current", group = "nato";
};

int run(Cli& cli, const Opts& o) {
  auto scope = cli.scope();
  if (!scope) return cli.fail(scope.error());
  auto year = parse_year_flag(o.year, "--year");
  if (!year) return cli.fail(year.error());
  auto target = parse_number_flag(o.target, "--target");
  if (!target) return cli.fail(target.error());
  auto basis = parse_price_basis(o.basis);
  if (!basis) return cli.fail(basis.error());
  return cli.emit(cli.engine().gap({*scope, *year, o.group, *target, *basis}));
}
}  // namespace

void register_gap(CLI::App& app, Cli& cli) {
  auto opts = std::make_shared<Opts>();
  auto* sub = app.add_subcommand("gap", "Dollars each ally below a target must add that year, "
                                        "and the total");
  sub->add_option("--year", opts->year, "Year (default: the last year of the vintage)");
  sub->add_option("--target", opts->target, "Target in % of GDP (default 2)");
  sub->add_option("--basis", opts->basis, "GDP at current or constant prices (default current)");
  sub->add_option("--group", opts->group,
                  "nato, europe-canada, european-allies, eu, or ISO3 codes separated by commas");
  sub->callback([&cli, opts] { run(cli, *opts); });
}

}  // namespace fardeau::cli

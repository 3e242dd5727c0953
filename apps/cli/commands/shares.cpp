// fardeau shares [--year Y] [--by gdp|population] [--basis current|constant] [--group G]
#include "commands/commands.hpp"

namespace fardeau::cli {
namespace {
struct Opts {
  std::string year, by = "gdp", basis = "current", group = "nato";
};

int run(Cli& cli, const Opts& o) {
  auto scope = cli.scope();
  if (!scope) return cli.fail(scope.error());
  auto year = parse_year_flag(o.year, "--year");
  if (!year) return cli.fail(year.error());
  auto basis = parse_price_basis(o.basis);
  if (!basis) return cli.fail(basis.error());
  analysis::ShareBase by;
  if (o.by == "gdp") by = analysis::ShareBase::gdp;
  else if (o.by == "population") by = analysis::ShareBase::population;
  else
    return cli.fail(make_error(ErrorCode::invalid_argument,
                               "unknown base '" + o.by + "'; valid: gdp, population", "--by"));
  return cli.emit(cli.engine().shares({*scope, *year, o.group, *basis, by}));
}
}  // namespace

void register_shares(CLI::App& app, Cli& cli) {
  auto opts = std::make_shared<Opts>();
  auto* sub = app.add_subcommand("shares", "Each ally's share of spending against its share of GDP "
                                           "or population, the US share and the HHI");
  sub->add_option("--year", opts->year, "Year (default: the last year of the vintage)");
  sub->add_option("--by", opts->by, "gdp (default) or population");
  sub->add_option("--basis", opts->basis, "current (default) or constant prices");
  sub->add_option("--group", opts->group,
                  "nato, europe-canada, european-allies, eu, or ISO3 codes separated by commas");
  sub->callback([&cli, opts] { run(cli, *opts); });
}

}  // namespace fardeau::cli

// fardeau shares [--year Y] [--by gdp|population] [--basis current|constant] [--group G]
#include "commands/commands.hpp"
#include "docgen.hpp"

namespace fardeau::cli {
namespace {
struct Opts {
  std::string year, by = "gdp", basis = "current", group = "nato";
};

Result<Action> prepare(Cli& cli, const Opts& o) {
  return emit_query(
      cli,
      service::shares_query(
          cli.params({{"year", o.year}, {"by", o.by}, {"basis", o.basis}, {"group", o.group}})),
      [](const service::Engine& e, const service::SharesQuery& q) { return e.shares(q); });
}
}  // namespace

void register_shares(CLI::App& app, Cli& cli) {
  auto opts = std::make_shared<Opts>();
  auto* sub = app.add_subcommand("shares",
                                 "Each ally's share of spending against its share of GDP "
                                 "or population, the US share and the HHI");
  sub->add_option("--year", opts->year, "Year (default: the last year of the vintage)");
  set_choices(sub->add_option("--by", opts->by, "gdp (default) or population"),
              {"gdp", "population"});
  set_choices(sub->add_option("--basis", opts->basis, "current (default) or constant prices"),
              {"current", "constant"});
  sub->add_option("--group", opts->group,
                  "nato, europe-canada, european-allies, eu, or ISO3 codes separated by commas");
  cli.on_parsed(sub, [&cli, opts] { return prepare(cli, *opts); });
}

}  // namespace fardeau::cli

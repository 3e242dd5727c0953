// fardeau series --ally X --indicator I [--from A] [--to B]
#include "commands/commands.hpp"

namespace fardeau::cli {
namespace {
struct Opts {
  std::string ally, indicator = "pct_gdp", from, to;
};

Result<Action> prepare(Cli& cli, const Opts& o) {
  return emit_query(
      cli,
      service::series_query(cli.params(
          {{"ally", o.ally}, {"indicator", o.indicator}, {"from", o.from}, {"to", o.to}})),
      [](const service::Engine& e, const service::SeriesQuery& q) { return e.series(q); });
}
}  // namespace

void register_series(CLI::App& app, Cli& cli) {
  auto opts = std::make_shared<Opts>();
  auto* sub = app.add_subcommand("series",
                                 "One ally's (or NATO aggregate's) values of an "
                                 "indicator over time");
  sub->add_option("--ally", opts->ally, "ISO3, ISO2 or name; or NATO_TOTAL, NATO_EUR_CAN")
      ->required();
  sub->add_option("--indicator", opts->indicator,
                  "Indicator id (see `fardeau indicators`) or pct_gdp, defexp_usd_current, "
                  "defexp_usd_const, gdp_usd_current, gdp_usd_const, equipment_share "
                  "(default pct_gdp)");
  sub->add_option("--from", opts->from, "First year");
  sub->add_option("--to", opts->to, "Last year");
  cli.on_parsed(sub, [&cli, opts] { return prepare(cli, *opts); });
}

}  // namespace fardeau::cli

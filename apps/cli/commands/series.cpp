// fardeau series --ally X[,Y...] --indicator I [--from A] [--to B] [--change-from C]
#include "commands/commands.hpp"

namespace fardeau::cli {
namespace {
struct Opts {
  std::string ally, indicator = "pct_gdp", from, to, change_from;
};

Result<Action> prepare(Cli& cli, const Opts& o) {
  return emit_query(
      cli,
      service::series_query(cli.params({{"ally", o.ally},
                                        {"indicator", o.indicator},
                                        {"from", o.from},
                                        {"to", o.to},
                                        {"change_from", o.change_from}})),
      [](const service::Engine& e, const service::SeriesQuery& q) { return e.series(q); });
}
}  // namespace

void register_series(CLI::App& app, Cli& cli) {
  auto opts = std::make_shared<Opts>();
  auto* sub = app.add_subcommand("series",
                                 "One ally's (or NATO aggregate's) values of an "
                                 "indicator over time");
  sub->add_option("--ally", opts->ally,
                  "ISO3, ISO2 or name; or NATO_TOTAL, NATO_EUR_CAN; or several, separated by "
                  "commas (POL,DEU,USA)")
      ->required();
  sub->add_option("--indicator", opts->indicator,
                  "Indicator id (see `fardeau indicators`) or pct_gdp, defexp_usd_current, "
                  "defexp_usd_const, gdp_usd_current, gdp_usd_const, equipment_share "
                  "(default pct_gdp)");
  sub->add_option("--from", opts->from, "First year");
  sub->add_option("--to", opts->to, "Last year");
  sub->add_option("--change-from", opts->change_from,
                  "Also give each value's % change from this year's (with defexp_usd_const: "
                  "the real change since that year)");
  cli.on_parsed(sub, [&cli, opts] { return prepare(cli, *opts); });
}

}  // namespace fardeau::cli

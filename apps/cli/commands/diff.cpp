// fardeau diff --from V1 --to V2 [--indicator I] [--year Y] [--min-change X] [--target PCT]
#include "commands/commands.hpp"
#include "render/store_views.hpp"
#include "service/query_params.hpp"

namespace fardeau::cli {
namespace {
struct Opts {
  std::string from, to, indicator = "pct_gdp", year, min_change = "0", target = "2";
};

Result<Action> prepare(Cli& cli, const Opts& o) {
  return emit_query(
      cli,
      service::diff_query(cli.params({{"from", o.from},
                                      {"to", o.to},
                                      {"indicator", o.indicator},
                                      {"year", o.year},
                                      {"min_change", o.min_change},
                                      {"target", o.target}})),
      [](const service::Engine& e, const service::DiffQuery& q) { return service::diff(e, q); });
}
}  // namespace

void register_diff(CLI::App& app, Cli& cli) {
  auto opts = std::make_shared<Opts>();
  auto* sub = app.add_subcommand("diff",
                                 "Revisions between two editions, ally by ally, and "
                                 "changes of compliance status");
  sub->add_option("--from", opts->from, "The older edition (vintage id)")->required();
  sub->add_option("--to", opts->to, "The newer edition (vintage id)")->required();
  sub->add_option("--indicator", opts->indicator,
                  "Indicator id or alias (default pct_gdp; see 'fardeau series')");
  sub->add_option("--year", opts->year, "One year (default: every year both editions cover)");
  sub->add_option(
      "--min-change", opts->min_change,
      "Report revisions of at least this size, in the indicator's unit (default 0: any)");
  sub->add_option("--target", opts->target, "Compliance line in % of GDP (default 2)");
  cli.on_parsed(sub, [&cli, opts] { return prepare(cli, *opts); });
}

}  // namespace fardeau::cli

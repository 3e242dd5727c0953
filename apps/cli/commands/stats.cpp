// fardeau stats exploitation|concordance|concentration|fair-share: burden-sharing statistics
// from the literature, over one edition (--vintage, or --definition nato|sipri), year by year.
#include <memory>

#include "commands/commands.hpp"
#include "render/stats_view.hpp"
#include "service/query_params.hpp"
#include "service/stats.hpp"

namespace fardeau::cli {
namespace {

struct Opts {
  std::string definition, from, to, year, benefit = "gdp", by = "gdp", basis = "current";
};

service::Params flags(Cli& cli, const Opts& o) {
  return cli.params({{"definition", o.definition},
                     {"from", o.from},
                     {"to", o.to},
                     {"year", o.year},
                     {"benefit", o.benefit},
                     {"by", o.by},
                     {"basis", o.basis}});
}

int run_exploitation(Cli& cli, const Opts& o) {
  auto q = service::exploitation_query(flags(cli, o));
  if (!q) return cli.fail(q.error());
  return cli.emit(service::exploitation(cli.engine(), *q));
}

int run_concordance(Cli& cli, const Opts& o) {
  auto q = service::concordance_query(flags(cli, o));
  if (!q) return cli.fail(q.error());
  return cli.emit(service::concordance(cli.engine(), *q));
}

int run_concentration(Cli& cli, const Opts& o) {
  auto q = service::concentration_query(flags(cli, o));
  if (!q) return cli.fail(q.error());
  return cli.emit(service::concentration(cli.engine(), *q));
}

int run_fair_share(Cli& cli, const Opts& o) {
  auto q = service::fair_share_query(flags(cli, o));
  if (!q) return cli.fail(q.error());
  return cli.emit(service::fair_share(cli.engine(), *q));
}

CLI::App* add(CLI::App& stats, const char* name, const char* help, Opts& o) {
  auto* sub = stats.add_subcommand(name, help);
  sub->fallthrough();  // global flags (--vintage, --format...) after the subcommand
  sub->add_option("--definition", o.definition,
                  "nato (default NATO edition) or sipri (sipri-2025); --vintage wins");
  return sub;
}

}  // namespace

void register_stats(CLI::App& app, Cli& cli) {
  auto* stats = app.add_subcommand(
      "stats", "Burden-sharing statistics: exploitation, concordance, concentration, fair-share");
  stats->require_subcommand(1);
  stats->fallthrough();

  auto ex = std::make_shared<Opts>();
  auto* sub =
      add(*stats, "exploitation",
          "Olson-Zeckhauser: rank correlation of GDP and burden (% of GDP), year by year", *ex);
  sub->add_option("--from", ex->from, "First year (default: first year of the edition)");
  sub->add_option("--to", ex->to, "Last year (default: last year of the edition)");
  sub->callback([&cli, ex] { run_exploitation(cli, *ex); });

  auto co = std::make_shared<Opts>();
  sub = add(*stats, "concordance",
            "Sandler-Forbes: shares of spending against shares of benefit, Wilcoxon test", *co);
  sub->add_option("--year", co->year, "Year (default: the last year of the edition)");
  sub->add_option("--benefit", co->benefit,
                  "gdp (default), population or mixed (average of the two shares)");
  sub->callback([&cli, co] { run_concordance(cli, *co); });

  auto ce = std::make_shared<Opts>();
  sub = add(*stats, "concentration", "HHI, Gini of spending and the US share, year by year", *ce);
  sub->add_option("--from", ce->from, "First year (default: first year of the edition)");
  sub->add_option("--to", ce->to, "Last year (default: last year of the edition)");
  sub->add_option("--basis", ce->basis, "current (default) or constant prices");
  sub->callback([&cli, ce] { run_concentration(cli, *ce); });

  auto fs = std::make_shared<Opts>();
  sub = add(*stats, "fair-share",
            "Share ratio (share of spending / share of GDP or population), ally by ally", *fs);
  sub->add_option("--year", fs->year, "Year (default: the last year of the edition)");
  sub->add_option("--by", fs->by, "gdp (default) or population");
  sub->add_option("--basis", fs->basis, "current (default) or constant prices");
  sub->callback([&cli, fs] { run_fair_share(cli, *fs); });
}

}  // namespace fardeau::cli

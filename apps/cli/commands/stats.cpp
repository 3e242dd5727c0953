// fardeau stats exploitation|concordance|concentration|fair-share: burden-sharing statistics
// from the literature, over one edition (--vintage, or --definition nato|sipri), year by year.
#include <memory>

#include "commands/commands.hpp"
#include "docgen.hpp"
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

Result<Action> prepare_exploitation(Cli& cli, const Opts& o) {
  return emit_query(cli, service::exploitation_query(flags(cli, o)),
                    [](const service::Engine& e, const service::ExploitationQuery& q) {
                      return service::exploitation(e, q);
                    });
}

Result<Action> prepare_concordance(Cli& cli, const Opts& o) {
  return emit_query(cli, service::concordance_query(flags(cli, o)),
                    [](const service::Engine& e, const service::ConcordanceQuery& q) {
                      return service::concordance(e, q);
                    });
}

Result<Action> prepare_concentration(Cli& cli, const Opts& o) {
  return emit_query(cli, service::concentration_query(flags(cli, o)),
                    [](const service::Engine& e, const service::ConcentrationQuery& q) {
                      return service::concentration(e, q);
                    });
}

Result<Action> prepare_fair_share(Cli& cli, const Opts& o) {
  return emit_query(cli, service::fair_share_query(flags(cli, o)),
                    [](const service::Engine& e, const service::FairShareQuery& q) {
                      return service::fair_share(e, q);
                    });
}

CLI::App* add(CLI::App& stats, const char* name, const char* help, Opts& o) {
  auto* sub = stats.add_subcommand(name, help);
  sub->fallthrough();  // global flags (--vintage, --format...) after the subcommand
  set_choices(sub->add_option("--definition", o.definition,
                              "nato (default NATO edition) or sipri (sipri-2025); --vintage wins"),
              {"nato", "sipri"});
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
  cli.on_parsed(sub, [&cli, ex] { return prepare_exploitation(cli, *ex); });

  auto co = std::make_shared<Opts>();
  sub = add(*stats, "concordance",
            "Sandler-Forbes: shares of spending against shares of benefit, Wilcoxon test", *co);
  sub->add_option("--year", co->year, "Year (default: the last year of the edition)");
  set_choices(sub->add_option("--benefit", co->benefit,
                              "gdp (default), population or mixed (average of the two shares)"),
              {"gdp", "population", "mixed"});
  cli.on_parsed(sub, [&cli, co] { return prepare_concordance(cli, *co); });

  auto ce = std::make_shared<Opts>();
  sub = add(*stats, "concentration", "HHI, Gini of spending and the US share, year by year", *ce);
  sub->add_option("--from", ce->from, "First year (default: first year of the edition)");
  sub->add_option("--to", ce->to, "Last year (default: last year of the edition)");
  set_choices(sub->add_option("--basis", ce->basis, "current (default) or constant prices"),
              {"current", "constant"});
  cli.on_parsed(sub, [&cli, ce] { return prepare_concentration(cli, *ce); });

  auto fs = std::make_shared<Opts>();
  sub = add(*stats, "fair-share",
            "Share ratio (share of spending / share of GDP or population), ally by ally", *fs);
  sub->add_option("--year", fs->year, "Year (default: the last year of the edition)");
  set_choices(sub->add_option("--by", fs->by, "gdp (default) or population"),
              {"gdp", "population"});
  set_choices(sub->add_option("--basis", fs->basis, "current (default) or constant prices"),
              {"current", "constant"});
  cli.on_parsed(sub, [&cli, fs] { return prepare_fair_share(cli, *fs); });
}

}  // namespace fardeau::cli

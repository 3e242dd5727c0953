// fardeau stats exploitation|concordance|concentration|fair-share: burden-sharing statistics
// from the literature, over one edition (--vintage, or --definition nato|sipri), year by year.
#include <CLI/CLI.hpp>

#include "commands/commands.hpp"
#include "param_options.hpp"
#include "render/stats_view.hpp"
#include "service/query_params.hpp"
#include "service/stats.hpp"

namespace fardeau::cli {

void register_stats(CLI::App& app, Cli& cli) {
  auto* stats = app.add_subcommand(
      "stats", "Burden-sharing statistics: exploitation, concordance, concentration, fair-share");
  stats->require_subcommand(1);
  stats->fallthrough();

  // Each subcommand takes the global flags (--vintage, --format...) after its name too.
  add_query_command(*stats, cli, "exploitation",
                    "Olson-Zeckhauser: rank correlation of GDP and burden (% of GDP), year by year",
                    "stats/exploitation", service::exploitation_query,
                    [](const service::Engine& e, const service::ExploitationQuery& q) {
                      return service::exploitation(e, q);
                    })
      ->fallthrough();
  add_query_command(*stats, cli, "concordance",
                    "Sandler-Forbes: shares of spending against shares of benefit, Wilcoxon test",
                    "stats/concordance", service::concordance_query,
                    [](const service::Engine& e, const service::ConcordanceQuery& q) {
                      return service::concordance(e, q);
                    })
      ->fallthrough();
  add_query_command(*stats, cli, "concentration",
                    "HHI, Gini of spending and the US share, year by year", "stats/concentration",
                    service::concentration_query,
                    [](const service::Engine& e, const service::ConcentrationQuery& q) {
                      return service::concentration(e, q);
                    })
      ->fallthrough();
  add_query_command(*stats, cli, "fair-share",
                    "Share ratio (share of spending / share of GDP or population), ally by ally",
                    "stats/fair-share", service::fair_share_query,
                    [](const service::Engine& e, const service::FairShareQuery& q) {
                      return service::fair_share(e, q);
                    })
      ->fallthrough();
}

}  // namespace fardeau::cli

// fardeau stats exploitation|concordance|concentration|fair-share: burden-sharing statistics
// from the literature, over one edition (--vintage, or --definition nato|sipri), year by year.
#include <memory>

#include "commands/commands.hpp"
#include "render/stats_view.hpp"
#include "service/stats.hpp"

namespace fardeau::cli {
namespace {

struct Opts {
  std::string definition, from, to, year, benefit = "gdp", by = "gdp", basis = "current";
};

Result<service::StatsScope> stats_scope(Cli& cli, const Opts& o) {
  auto scope = cli.scope();
  if (!scope) return scope.error();
  return service::StatsScope{*scope, o.definition};
}

Result<analysis::ShareBase> parse_by(const std::string& s) {
  if (s == "gdp") return analysis::ShareBase::gdp;
  if (s == "population") return analysis::ShareBase::population;
  return make_error(ErrorCode::invalid_argument,
                    "unknown base '" + s + "'; valid: gdp, population", "--by");
}

int run_exploitation(Cli& cli, const Opts& o) {
  auto s = stats_scope(cli, o);
  if (!s) return cli.fail(s.error());
  auto from = parse_year_flag(o.from, "--from");
  if (!from) return cli.fail(from.error());
  auto to = parse_year_flag(o.to, "--to");
  if (!to) return cli.fail(to.error());
  return cli.emit(service::exploitation(cli.engine(), {*s, *from, *to}));
}

int run_concordance(Cli& cli, const Opts& o) {
  auto s = stats_scope(cli, o);
  if (!s) return cli.fail(s.error());
  auto year = parse_year_flag(o.year, "--year");
  if (!year) return cli.fail(year.error());
  auto benefit = service::parse_benefit_proxy(o.benefit);
  if (!benefit) return cli.fail(benefit.error());
  return cli.emit(service::concordance(cli.engine(), {*s, *year, *benefit}));
}

int run_concentration(Cli& cli, const Opts& o) {
  auto s = stats_scope(cli, o);
  if (!s) return cli.fail(s.error());
  auto from = parse_year_flag(o.from, "--from");
  if (!from) return cli.fail(from.error());
  auto to = parse_year_flag(o.to, "--to");
  if (!to) return cli.fail(to.error());
  auto basis = parse_price_basis(o.basis);
  if (!basis) return cli.fail(basis.error());
  return cli.emit(service::concentration(cli.engine(), {*s, *from, *to, *basis}));
}

int run_fair_share(Cli& cli, const Opts& o) {
  auto s = stats_scope(cli, o);
  if (!s) return cli.fail(s.error());
  auto year = parse_year_flag(o.year, "--year");
  if (!year) return cli.fail(year.error());
  auto by = parse_by(o.by);
  if (!by) return cli.fail(by.error());
  auto basis = parse_price_basis(o.basis);
  if (!basis) return cli.fail(basis.error());
  return cli.emit(service::fair_share(cli.engine(), {*s, *year, *by, *basis}));
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
  auto* sub = add(*stats, "exploitation",
                  "Olson-Zeckhauser: rank correlation of GDP and burden (% of GDP), year by year",
                  *ex);
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

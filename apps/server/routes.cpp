#include "routes.hpp"

#include <algorithm>
#include <thread>

#include <fmt/format.h>

#include "render/check_article_view.hpp"
#include "render/check_view.hpp"
#include "render/extract_view.hpp"
#include "render/scenario_view.hpp"
#include "render/stats_view.hpp"
#include "render/store_views.hpp"
#include "render/views.hpp"
#include "service/check.hpp"
#include "service/diff.hpp"
#include "service/extract.hpp"
#include "service/stats.hpp"

namespace fardeau::server {
namespace {
using service::Engine;

/// The server's bounds on a Monte Carlo run (routes.hpp), checked before any work.
Result<service::SimulateQuery> bounded_simulation(service::SimulateQuery q) {
  if (q.paths == 0 || q.paths > kServerMaxPaths)
    return make_error(ErrorCode::invalid_argument,
                      fmt::format("number of paths must be between 1 and {} on the server, got {} "
                                  "(the command line takes more: fardeau simulate --paths)",
                                  kServerMaxPaths, q.paths),
                      at_parameter("paths"));
  if (q.threads > kServerMaxThreads)
    return make_error(ErrorCode::invalid_argument,
                      fmt::format("threads must be between 0 (default: up to {}) and {} on the "
                                  "server, got {}",
                                  kServerMaxThreads, kServerMaxThreads, q.threads),
                      at_parameter("threads"));
  if (q.threads == 0)
    q.threads = std::clamp(std::thread::hardware_concurrency(), 1U, kServerMaxThreads);
  return q;
}

/// A simulate request's query within the server's bounds (parsing is microseconds: it runs
/// once before the wait for a slot and once in the handler).
Result<service::SimulateQuery> server_simulate_query(const service::Params& p) {
  FARDEAU_TRY(parsed, service::simulate_query(p));
  return bounded_simulation(std::move(parsed));
}

/// An article sent as the request body: its errors name the body where the CLI names the
/// file (a place in the source "-", "-: byte 7", is the parameter "body"); the message keeps
/// the byte offset.
template <typename R>
Result<R> about_body(Result<R> r) {
  if (!r && r.error().where.is(Location::Kind::text) && r.error().where.file == "-") {
    Error e = r.error();
    e.where = at_parameter("body");
    return e;
  }
  return r;
}

const char* kYear = "Year (default: the last year of the vintage)";
const char* kGroup = "nato, europe-canada, european-allies, eu, or ISO3 codes separated by commas";

std::vector<Route> make_routes() {
  std::vector<Route> r;
  r.push_back(
      {"vintages",
       "GET",
       "The data editions: publisher, title, dates, price basis, years",
       {format_param()},
       [](const Engine& e, const service::Params& p, render::Lang lang) -> Result<std::string> {
         FARDEAU_TRY(format, requested_format(p));
         auto v = e.vintages();
         if (!v) return v.error();
         return render::emit(render::render_result(*v, lang), format);
       }});
  r.push_back({"allies",
               "GET",
               "The allies, their accession and whether they report",
               {{"year", "Only the members of this year"},
                {"all", "1 or true, with year: every ally, with member true/false for that year"},
                format_param()},
               query_route(service::allies_query,
                           [](const Engine& e, const auto& q) { return e.allies(q); })});
  r.push_back({"indicators",
               "GET",
               "The indicators a vintage publishes, with units and years",
               {format_param()},
               query_route(service::scope_from,
                           [](const Engine& e, const auto& s) { return e.indicators(s); })});
  r.push_back({"report",
               "GET",
               "The burden-sharing report of one year",
               {{"year", kYear}, format_param()},
               query_route(service::report_query,
                           [](const Engine& e, const auto& q) { return e.report(q); })});
  r.push_back({"compliance",
               "GET",
               "Who meets a %-of-GDP target (published value rounded to 2 dp)",
               {{"year", kYear},
                {"target", "Target in % of GDP (default 2)"},
                {"equipment", "Also check the equipment guideline at this % (e.g. 20)"},
                {"group", kGroup},
                format_param()},
               query_route(service::compliance_query,
                           [](const Engine& e, const auto& q) { return e.compliance(q); })});
  r.push_back(
      {"gap",
       "GET",
       "Dollars each ally below a target must add that year, and the total",
       {{"year", kYear},
        {"target", "Target in % of GDP (default 2)"},
        {"basis", "current (default) or constant"},
        {"group", kGroup},
        format_param()},
       query_route(service::gap_query, [](const Engine& e, const auto& q) { return e.gap(q); })});
  r.push_back({"shares",
               "GET",
               "Shares of spending against shares of GDP or population",
               {{"year", kYear},
                {"by", "gdp (default) or population"},
                {"basis", "current (default) or constant"},
                {"group", kGroup},
                format_param()},
               query_route(service::shares_query,
                           [](const Engine& e, const auto& q) { return e.shares(q); })});
  r.push_back({"trend",
               "GET",
               "A group's spending between two years",
               {{"group", "Group (default europe-canada)"},
                {"from", "Base year (default: first year of the vintage)"},
                {"to", "Last year (default: last year of the vintage)"},
                {"basis", "constant (default) or current"},
                format_param()},
               query_route(service::trend_query,
                           [](const Engine& e, const auto& q) { return e.trend(q); })});
  r.push_back({"series",
               "GET",
               "One ally's (or NATO aggregate's) values of an indicator over time, or several "
               "allies'",
               {{"ally",
                 "ISO3, ISO2 or name; or NATO_TOTAL, NATO_EUR_CAN; or several, separated by "
                 "commas (POL,DEU,USA)",
                 true},
                {"indicator", "Indicator id or alias (default pct_gdp)"},
                {"from", "First year"},
                {"to", "Last year"},
                {"change_from",
                 "Also each value's % change from this year's (real change with "
                 "defexp_usd_const)"},
                format_param()},
               query_route(service::series_query,
                           [](const Engine& e, const auto& q) { return e.series(q); })});
  r.push_back({"diff",
               "GET",
               "Revisions between two editions and changes of status at 2%",
               {{"from", "The older edition (vintage id)", true},
                {"to", "The newer edition (vintage id)", true},
                {"indicator", "Indicator id or alias (default pct_gdp)"},
                {"year", "One year (default: every year both editions cover)"},
                {"min_change", "Report revisions of at least this size (default 0)"},
                {"target", "Compliance line in % of GDP (default 2)"},
                format_param()},
               query_route(service::diff_query,
                           [](const Engine& e, const auto& q) { return service::diff(e, q); })});
  const ParamDoc definition{"definition", "nato (default NATO edition) or sipri; vintage wins"};
  r.push_back({"stats/exploitation",
               "GET",
               "Olson-Zeckhauser exploitation test year by year (Spearman, Kendall, partial)",
               {definition, {"from", "First year"}, {"to", "Last year"}, format_param()},
               query_route(service::exploitation_query, [](const Engine& e, const auto& q) {
                 return service::exploitation(e, q);
               })});
  r.push_back({"stats/concordance",
               "GET",
               "Benefit-burden concordance (Wilcoxon signed-rank)",
               {definition,
                {"year", kYear},
                {"benefit", "gdp (default), population or mixed"},
                format_param()},
               query_route(service::concordance_query, [](const Engine& e, const auto& q) {
                 return service::concordance(e, q);
               })});
  r.push_back({"stats/concentration",
               "GET",
               "HHI, Gini and US share year by year",
               {definition,
                {"from", "First year"},
                {"to", "Last year"},
                {"basis", "current (default) or constant"},
                format_param()},
               query_route(service::concentration_query, [](const Engine& e, const auto& q) {
                 return service::concentration(e, q);
               })});
  r.push_back({"stats/fair-share",
               "GET",
               "Share of spending / share of GDP or population",
               {definition,
                {"year", kYear},
                {"by", "gdp (default) or population"},
                {"basis", "current (default) or constant"},
                format_param()},
               query_route(service::fair_share_query, [](const Engine& e, const auto& q) {
                 return service::fair_share(e, q);
               })});
  const std::vector<ParamDoc> scenario_params{
      {"preset", "wales-2024, hague-2035, summit-2018-4pct or counterfactual-2pct (see list=1)"},
      {"target", "Target in % of GDP (default 2, or the preset's)"},
      {"from", "Base year: published values (default: the latest year)"},
      {"by", "Horizon year the target is reached (required without a preset)"},
      {"year", "One year only, every ally below raised at once; with a path preset, its base year"},
      {"path", "linear (default), constant-growth or step"},
      {"gdp_growth", "Real GDP growth in % a year, or trend (default: each ally's own average)"},
      {"allies", "Group (default nato): " + std::string(kGroup)},
      {"us", "The US share of GDP at the horizon, in %"}};
  auto with = [](std::vector<ParamDoc> a, const std::vector<ParamDoc>& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
  };
  r.push_back(
      {"scenario", "GET",
       "Paths to a target: each ally's spending, the extra cost, the US share, year by year; "
       "list=1: the presets",
       with(scenario_params,
            {{"compare", "Back test: compare with a later edition's outturn (e.g. nato-2026)"},
             {"list", "1: list the presets instead (as fardeau scenario --list)"},
             format_param()}),
       [](const Engine& e, const service::Params& p, render::Lang lang) -> Result<std::string> {
         FARDEAU_TRY(format, requested_format(p));
         if (service::flag_param(p, "list")) {
           FARDEAU_TRY(scope, service::scope_from(p));
           FARDEAU_TRY(presets, service::list_scenario_presets(e, scope));
           return render::emit(render::view_scenario_presets(presets, lang), format);
         }
         FARDEAU_TRY(q, service::scenario_query(p));
         FARDEAU_TRY(result, service::run_scenario(e, q));
         return render::emit(render::view_scenario(result, lang), format);
       }});
  r.push_back(
      {"simulate", "GET",
       "Monte Carlo: probability that each ally meets a target, quantiles of spending and of "
       "the US share (at most " +
           std::to_string(kServerMaxPaths) + " paths on " + std::to_string(kServerMaxThreads) +
           " threads)",
       with(
           scenario_params,
           {{"paths", "Number of paths, 1 to " + std::to_string(kServerMaxPaths) +
                          " on the server (default 10000)"},
            {"seed", "Seed (default 1): same seed, same results"},
            {"threads", "Threads, 0 to " + std::to_string(kServerMaxThreads) +
                            " (default 0: up to " + std::to_string(kServerMaxThreads) + ")"},
            {"volatility", "Scale of the estimated standard deviations, 0-10 (default 1)"},
            {"execution_mean", "Mean share of the planned increase delivered, 0-1.5 (default 0.9)"},
            {"execution_sd", "Standard deviation of that share, 0-1 (default 0.2)"},
            format_param()}),
       [](const Engine& e, const service::Params& p, render::Lang lang) -> Result<std::string> {
         FARDEAU_TRY(format, requested_format(p));
         FARDEAU_TRY(q, server_simulate_query(p));
         FARDEAU_TRY(result, service::run_simulation(e, q));
         return render::emit(render::view_simulation(result, lang), format);
       },
       /*heavy=*/true,
       [](const service::Params& p) -> Status {
         FARDEAU_TRY(q, server_simulate_query(p));
         (void)q;
         return Unit{};
       }});
  const std::vector<ParamDoc> check_params{
      {"claim", "The claim (docs/claims.md); for POST, the request body"},
      {"explain", "1: include the computation step by step"},
      {"as_written", "1: evaluate the claim as written only, no other readings"},
      format_param()};
  auto check_handler = query_route(
      service::check_query, [](const Engine& e, const auto& q) { return service::check(e, q); });
  r.push_back({"check", "GET", "Check a claim: verdict, value, edition, every reading",
               check_params, check_handler});
  r.push_back({"check", "POST", "Check a claim sent as the request body (text/plain)", check_params,
               check_handler});
  const std::vector<ParamDoc> article_params{
      {"text_lang", "Language of the article: en, fr or auto (default)"},
      {"date", "Month of the article, YYYY-MM (default: its first line 'date YYYY-MM')"},
      format_param()};
  r.push_back({"extract",
               "POST",
               "The quantitative statements of an article (the request body, UTF-8 text) as "
               "claims, with what was inferred",
               article_params,
               query_route(service::extract_query,
                           [](const Engine& e, const auto& q) {
                             return about_body(service::extract_article(e, q));
                           }),
               false,
               {},
               "extract -"});
  r.push_back({"check-article",
               "POST",
               "Extract the statements of an article (the request body) and check each claim",
               with(article_params, {{"explain", "1: include the computation step by step"},
                                     {"as_written", "1: evaluate each claim as written only"}}),
               query_route(service::check_article_query,
                           [](const Engine& e, const auto& q) {
                             return about_body(service::check_article(e, q));
                           }),
               false,
               {},
               "check --article -"});
  return r;
}
}  // namespace

const std::vector<ParamDoc>& common_params() {
  static const std::vector<ParamDoc> params = {
      {"vintage", "Data edition: nato-2026 (default), nato-2025, nato-2019, sipri-2025, wdi-2018"},
      {"membership", "as-of (default: members of each year) or current (today's allies)"},
      {"lang", "en (default) or fr"},
  };
  return params;
}

const ParamDoc& format_param() {
  static const ParamDoc doc{"format",
                            "json (default) or csv: the CLI's --format csv, one row per figure, "
                            "each naming its vintage"};
  return doc;
}

Result<render::Format> requested_format(const service::Params& params) {
  auto it = params.find("format");
  if (it == params.end() || it->second == "json") return render::Format::json;
  if (it->second == "csv") return render::Format::csv;
  return make_error(
      ErrorCode::invalid_argument,
      "unknown format '" + it->second + "'; valid: json, csv (table and md are the command line's)",
      "format '" + it->second +
          "' inconnu\u00a0; valides\u00a0: json, csv (table et md sont ceux de la "
          "ligne de commande)",
      at_parameter("format"));
}

const std::vector<Route>& api_routes() {
  static const std::vector<Route> routes = make_routes();
  return routes;
}

}  // namespace fardeau::server

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

/// A query's parameters as the table declares them (service/param_spec.hpp), with `format`
/// at `format_at` (the end by default): the order the 400 for an unknown parameter lists.
std::vector<service::ParamSpec> documented(std::string_view query,
                                           std::size_t format_at = std::string::npos) {
  auto params = service::query_params(query);
  params.insert(params.begin() + static_cast<std::ptrdiff_t>(std::min(format_at, params.size())),
                format_param());
  return params;
}

/// simulate's parameters, with the server's own bounds on paths and threads in their help.
std::vector<service::ParamSpec> server_simulate_params() {
  auto params = documented("simulate");
  for (auto& p : params) {
    if (p.name == service::spec::kPaths.name)
      p.api_help = "Number of paths, 1 to " + std::to_string(kServerMaxPaths) +
                   " on the server (default " + p.default_text + ")";
    if (p.name == service::spec::kThreads.name)
      p.api_help = "Threads, 0 to " + std::to_string(kServerMaxThreads) + " (default 0: up to " +
                   std::to_string(kServerMaxThreads) + ")";
  }
  return params;
}

std::vector<Route> make_routes() {
  std::vector<Route> r;
  r.push_back(
      {"vintages", "GET", "The data editions: publisher, title, dates, price basis, years",
       documented("vintages"),
       [](const Engine& e, const service::Params& p, render::Lang lang) -> Result<std::string> {
         FARDEAU_TRY(format, requested_format(p));
         auto v = e.vintages();
         if (!v) return v.error();
         return render::render_as(*v, lang, format);
       }});
  r.push_back({"allies", "GET", "The allies, their accession and whether they report",
               documented("allies"),
               query_route(service::allies_query,
                           [](const Engine& e, const auto& q) { return e.allies(q); })});
  r.push_back({"indicators", "GET", "The indicators a vintage publishes, with units and years",
               documented("indicators"),
               query_route(service::scope_from,
                           [](const Engine& e, const auto& s) { return e.indicators(s); })});
  r.push_back({"report", "GET", "The burden-sharing report of one year", documented("report"),
               query_route(service::report_query,
                           [](const Engine& e, const auto& q) { return e.report(q); })});
  r.push_back({"compliance", "GET", "Who meets a %-of-GDP target (published value rounded to 2 dp)",
               documented("compliance"),
               query_route(service::compliance_query,
                           [](const Engine& e, const auto& q) { return e.compliance(q); })});
  r.push_back(
      {"gap", "GET", "Dollars each ally below a target must add that year, and the total",
       documented("gap"),
       query_route(service::gap_query, [](const Engine& e, const auto& q) { return e.gap(q); })});
  r.push_back({"shares", "GET", "Shares of spending against shares of GDP or population",
               documented("shares"),
               query_route(service::shares_query,
                           [](const Engine& e, const auto& q) { return e.shares(q); })});
  r.push_back({"trend", "GET", "A group's spending between two years", documented("trend"),
               query_route(service::trend_query,
                           [](const Engine& e, const auto& q) { return e.trend(q); })});
  r.push_back({"series", "GET",
               "One ally's (or NATO aggregate's) values of an indicator over time, or several "
               "allies'",
               documented("series"),
               query_route(service::series_query,
                           [](const Engine& e, const auto& q) { return e.series(q); })});
  r.push_back({"diff", "GET", "Revisions between two editions and changes of status at 2%",
               documented("diff"),
               query_route(service::diff_query,
                           [](const Engine& e, const auto& q) { return service::diff(e, q); })});
  r.push_back({"stats/exploitation", "GET",
               "Olson-Zeckhauser exploitation test year by year (Spearman, Kendall, partial)",
               documented("stats/exploitation"),
               query_route(service::exploitation_query, [](const Engine& e, const auto& q) {
                 return service::exploitation(e, q);
               })});
  r.push_back({"stats/concordance", "GET", "Benefit-burden concordance (Wilcoxon signed-rank)",
               documented("stats/concordance"),
               query_route(service::concordance_query, [](const Engine& e, const auto& q) {
                 return service::concordance(e, q);
               })});
  r.push_back({"stats/concentration", "GET", "HHI, Gini and US share year by year",
               documented("stats/concentration"),
               query_route(service::concentration_query, [](const Engine& e, const auto& q) {
                 return service::concentration(e, q);
               })});
  r.push_back({"stats/fair-share", "GET", "Share of spending / share of GDP or population",
               documented("stats/fair-share"),
               query_route(service::fair_share_query, [](const Engine& e, const auto& q) {
                 return service::fair_share(e, q);
               })});
  r.push_back(
      {"scenario", "GET",
       "Paths to a target: each ally's spending, the extra cost, the US share, year by year; "
       "list=1: the presets",
       documented("scenario"),
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
       server_simulate_params(),
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
  const auto check_params = documented("check");
  auto check_handler = query_route(
      service::check_query, [](const Engine& e, const auto& q) { return service::check(e, q); });
  r.push_back({"check", "GET", "Check a claim: verdict, value, edition, every reading",
               check_params, check_handler});
  r.push_back({"check", "POST", "Check a claim sent as the request body (text/plain)", check_params,
               check_handler});
  r.push_back({"extract",
               "POST",
               "The quantitative statements of an article (the request body, UTF-8 text) as "
               "claims, with what was inferred",
               documented("extract"),
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
               documented("check-article", /*format_at=*/2),
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

const std::vector<service::ParamSpec>& common_params() {
  static const std::vector<service::ParamSpec> params = {
      {"vintage", service::ParamKind::text, "",
       "Data edition: nato-2026 (default), nato-2025, nato-2019, sipri-2025, wdi-2018"},
      service::spec::kMembership,
      {"lang", service::ParamKind::choice, "en", "en (default) or fr", {"en", "fr"}},
  };
  return params;
}

const service::ParamSpec& format_param() {
  static const service::ParamSpec doc{
      "format",
      service::ParamKind::choice,
      "json",
      "json (default) or csv: the same CSV as the command line, one row per "
      "figure, each naming its vintage",
      {"json", "csv"}};
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

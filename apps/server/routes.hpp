// The API's route table: one entry per endpoint under /api/v1/. Each route maps its
// query parameters to the same typed service query the CLI builds
// (service/query_params.hpp) and renders it as the CLI's `--format json` does, so the
// body is byte for byte the CLI's output. Adding an endpoint is one entry here
// (docs/api.md shows how); openapi.json and the 405/unknown-parameter checks follow.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "render/format.hpp"
#include "render/views.hpp"
#include "service/engine.hpp"
#include "service/param_spec.hpp"
#include "service/query_params.hpp"

namespace fardeau::server {

/// Runs one request: parameters in, the JSON body (or the error) out.
using RouteHandler = std::function<Result<std::string>(const service::Engine&,
                                                       const service::Params&, render::Lang)>;

struct Route {
  std::string name;            ///< path below /api/v1/, e.g. "report" or "stats/spearman"
  std::string method = "GET";  ///< GET, or POST (the body arrives as the parameter "body")
  std::string summary;         ///< one line for openapi.json
  /// Besides the common vintage, membership, lang: the query's declarations
  /// (service/param_spec.hpp) and `format`.
  std::vector<service::ParamSpec> params;
  RouteHandler handler;
  /// Seconds of CPU rather than milliseconds (simulate): the server runs at most
  /// ServeOptions::max_simulations of these at once; the others wait for a slot.
  bool heavy = false;
  /// For a heavy route: checks the parameters before the request waits for a slot, so a
  /// bad request gets its 400 at once, never a wait or a 503.
  std::function<Status(const service::Params&)> check_first = {};
  /// The command whose `--format json` output the body is, when not `fardeau <name>`.
  std::string cli = {};
};

/// `simulate` over HTTP is bounded: a request may not hold the server for long, so it
/// takes at most this many paths (the CLI takes up to analysis::kMaxPaths)...
constexpr std::uint64_t kServerMaxPaths = 100'000;
/// ...on at most this many threads (threads=0, the default, means this many, or fewer
/// on a smaller machine).
constexpr unsigned kServerMaxThreads = 4;

/// Parameters every route accepts (the CLI's global flags that apply to JSON).
const std::vector<service::ParamSpec>& common_params();

/// `format`, on the routes that list it: json (the default) or csv, the CLI's `--format csv`
/// (one flat table; each row names its vintage).
const service::ParamSpec& format_param();
/// The format a request asks for (json when absent); a 400 naming `format` otherwise.
Result<render::Format> requested_format(const service::Params& params);

/// The common handler: parse the parameters into a query, run it, render JSON (or CSV).
template <typename Parse, typename Run>
RouteHandler query_route(Parse parse, Run run) {
  return [parse, run](const service::Engine& engine, const service::Params& params,
                      render::Lang lang) -> Result<std::string> {
    auto format = requested_format(params);
    if (!format) return format.error();
    auto query = parse(params);
    if (!query) return query.error();
    auto result = run(engine, *query);
    if (!result) return result.error();
    return render::render_as(*result, lang, *format);
  };
}

/// Every endpoint, in the order openapi.json lists them.
const std::vector<Route>& api_routes();

}  // namespace fardeau::server

// Flags `scenario` and `simulate` share (target, horizon, path, allies, preset...), and a
// helper to render results whose view is a named function.
#pragma once
#include <string>

#include <CLI/CLI.hpp>

#include "cli.hpp"
#include "service/query_params.hpp"

namespace fardeau::cli {

struct ScenarioFlags {
  std::string preset, target, from, by, year, path, gdp_growth = "trend", allies = "nato", us;
  /// The flags as named text parameters, for service::scenario_query / simulate_query
  /// (the server parses its query string with the same functions).
  service::Params params() const;
};
void add_scenario_flags(CLI::App* sub, ScenarioFlags& f);

/// Render `r` with `view` in the chosen format and language (like Cli::emit).
template <typename R, typename View>
int emit_view(Cli& cli, const Result<R>& r, View view) {
  if (!r) return cli.fail(r.error());
  auto f = render::parse_format(cli.global.format);
  if (!f) return cli.fail(f.error());
  auto l = render::parse_lang(cli.global.lang);
  if (!l) return cli.fail(l.error());
  render::Rendered out = view(*r, *l);
  out.doc.lang = *l;
  cli.write_stdout(render::emit(out, *f));
  return cli.exit_code = kExitOk;
}

}  // namespace fardeau::cli

// What every subcommand shares: the global flags, the engine, output and exit codes.
// The CLI is glue: parse flags, build a typed query, call the service, render.
#pragma once
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "cli11_fwd.hpp"
#include "core/error.hpp"
#include "render/document.hpp"
#include "render/format.hpp"
#include "render/views.hpp"
#include "service/engine.hpp"
#include "service/param_spec.hpp"
#include "service/query_params.hpp"

namespace fardeau::cli {

/// Exit codes (docs/cli.md). One table, used by every subcommand.
enum ExitCode : int {
  kExitOk = 0,
  kExitFalse = 1,          ///< `check`: a claim evaluated to false
  kExitInput = 2,          ///< bad flag, unknown name, malformed value or input file
  kExitInternal = 3,       ///< a bug in fardeau
  kExitInterrupted = 130,  ///< stopped by Ctrl-C (128 + SIGINT, as shells report it)
};
int exit_code_for(ErrorCode code);

struct GlobalOptions {
  /// --vintage: none when the flag is absent (the default edition); `--vintage ''` is kept
  /// as given, and refused with the valid ids.
  std::optional<std::string> vintage;
  std::string format = "table";
  std::string lang = "en";
  std::string data_dir;
  std::string membership = service::spec::kMembership.default_text;
  std::string db;  ///< --db: the store of imported editions; empty = io::default_store_path()
};

/// What a command runs once its flags are checked: reads data, prints, writes, serves.
using Action = std::function<void()>;

class Cli {
 public:
  GlobalOptions global;
  int exit_code = kExitOk;
  /// Check the command line only (the cli_args_fuzz target, tests): each command checks
  /// its flags and stops before it reads data, writes a file or listens; errors are kept
  /// in `error` rather than printed.
  bool validate_only = false;
  /// The first error of the run.
  std::optional<Error> error;
  /// The command line as run_command_line() got it: `serve` and `import` pass it on to
  /// fardeau-full (commands/helper.hpp).
  int argc = 0;
  const char* const* argv = nullptr;

  /// Sets `sub`'s callback: `prepare` checks the command's flags and returns what to run,
  /// or an error naming the bad flag; the format and language are checked next, then the
  /// action runs (unless validate_only).
  void on_parsed(CLI::App* sub, std::function<Result<Action>()> prepare);

  /// Validated scope (vintage, membership) or an error.
  Result<service::Scope> scope() const;
  /// The engine over --data or the embedded data (created on first use).
  const service::Engine& engine();
  /// The store path: --db, else the default under $XDG_DATA_HOME.
  std::string db_path() const;
  /// A subcommand's flag values plus the global vintage and membership, for the shared
  /// text-to-query parsing in service/query_params.hpp (the server uses it too).
  service::Params params(service::Params command_flags) const;

  /// Keep the error and print it (one line on stderr, unless validate_only); set and
  /// return the exit code.
  int fail(const Error& e);
  /// True when the reader asked for French. Exactly "fr": fail() may run before --lang is
  /// validated, and an invalid value must not pick a language.
  bool french() const { return global.lang == "fr"; }
  /// "fardeau: error: WHERE: MESSAGE", or in French "fardeau : erreur : colonne 8 : MESSAGE"
  /// (no trailing newline). `extra` goes between the prefix and the error ("not checkable").
  std::string error_line(const Error& e, std::string_view extra_en = {},
                         std::string_view extra_fr = {}) const;
  /// One warning line on stderr: "fardeau: warning: WHERE: WHAT" (nothing under
  /// validate_only).
  void warn(std::string_view where, std::string_view what) const;
  /// Render a result in the chosen format and language to stdout.
  template <typename R>
  int emit(const Result<R>& r) {
    if (!r) return fail(r.error());
    auto f = render::parse_format(global.format);
    if (!f) return fail(f.error());
    auto l = render::parse_lang(global.lang);
    if (!l) return fail(l.error());
    write_stdout(render::render_as(*r, *l, *f));
    return exit_code = kExitOk;
  }
  void write_stdout(const std::string& text);

 private:
  std::unique_ptr<service::Engine> engine_;
};

/// What most commands do: the typed query of their flags (service/query_params.hpp; the
/// error names a bad flag), then `run(engine, query)`, rendered.
template <typename Query, typename Run>
Result<Action> emit_query(Cli& cli, Result<Query> query, Run run) {
  if (!query) return query.error();
  return Action{[&cli, q = std::move(*query), run] { cli.emit(run(cli.engine(), q)); }};
}

/// "--year" text to an optional year: empty = not given; else a whole number 1800-2200.
Result<std::optional<int>> parse_year_flag(const std::string& text, const Location& flag);
/// A number flag ("2", "3.5"): finite, with the flag named in the error.
Result<double> parse_number_flag(const std::string& text, const Location& flag);

}  // namespace fardeau::cli

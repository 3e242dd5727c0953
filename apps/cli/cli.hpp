// What every subcommand shares: the global flags, the engine, output and exit codes.
// The CLI is glue: parse flags, build a typed query, call the service, render.
#pragma once
#include <memory>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "core/error.hpp"
#include "render/document.hpp"
#include "render/format.hpp"
#include "render/views.hpp"
#include "service/engine.hpp"
#include "service/query_params.hpp"

namespace fardeau::cli {

/// Exit codes (docs/cli.md). One table, used by every subcommand.
enum ExitCode : int {
  kExitOk = 0,
  kExitFalse = 1,     ///< `check`: a claim evaluated to false
  kExitInput = 2,     ///< bad flag, unknown name, malformed value or input file
  kExitInternal = 3,  ///< a bug in fardeau
};
int exit_code_for(ErrorCode code);

struct GlobalOptions {
  std::string vintage;
  std::string format = "table";
  std::string lang = "en";
  std::string data_dir;
  std::string membership = "as-of";
  std::string db;  ///< --db: the store of imported editions; empty = io::default_store_path()
};

class Cli {
 public:
  GlobalOptions global;
  int exit_code = kExitOk;

  /// Validated scope (vintage, membership) or an error.
  Result<service::Scope> scope() const;
  /// The engine over --data or the embedded data (created on first use).
  const service::Engine& engine();
  /// The store path: --db, else the default under $XDG_DATA_HOME.
  std::string db_path() const;
  /// A subcommand's flag values plus the global vintage and membership, for the shared
  /// text-to-query parsing in service/query_params.hpp (the server uses it too).
  service::Params params(service::Params command_flags) const;

  /// Print the error (one line on stderr), set and return the exit code.
  int fail(const Error& e);
  /// Render a result in the chosen format and language to stdout.
  template <typename R>
  int emit(const Result<R>& r) {
    if (!r) return fail(r.error());
    auto f = render::parse_format(global.format);
    if (!f) return fail(f.error());
    auto l = render::parse_lang(global.lang);
    if (!l) return fail(l.error());
    write_stdout(render::emit(render::render_result(*r, *l), *f));
    return exit_code = kExitOk;
  }
  void write_stdout(const std::string& text);

 private:
  std::unique_ptr<service::Engine> engine_;
};

/// "--year" text to an optional year: empty = not given; else a whole number 1800-2200.
Result<std::optional<int>> parse_year_flag(const std::string& text, const char* flag);
/// A number flag ("2", "3.5"): finite, with the flag named in the error.
Result<double> parse_number_flag(const std::string& text, const char* flag);

}  // namespace fardeau::cli

// fardeau serve [--host H] [--port P] [--web-root DIR] [--threads N] [--max-simulations N]
//   [--simulation-wait S]
// The HTTP front end lives in apps/server/; this only maps flags and finds the page. The
// server runs in fardeau-full (commands/helper.hpp), the same flags checked there again.
#include <cstdio>
#include <filesystem>
#include <system_error>

#include <CLI/CLI.hpp>

#include "commands/commands.hpp"
#include "commands/helper.hpp"

namespace fardeau::cli {
namespace {
struct Opts {
  std::string host = "127.0.0.1", web_root, port = "8080", threads = "512", max_simulations = "2",
              simulation_wait = "10";
  bool quiet = false;
};

/// The dashboard's built files, first found of: the installed layout
/// (<exe dir>/../share/fardeau/web, FARDEAU_WEB_FROM_BIN; from fardeau-full, which runs the
/// server, <exe dir>/../../share/fardeau/web, FARDEAU_WEB_FROM_LIBEXEC), a copy beside the
/// binary (<exe dir>/web), else the source tree's web/dist this binary was built from.
std::string default_web_root() {
  namespace fs = std::filesystem;
  std::error_code ec;
  auto exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (const fs::path& dir :
         {exe.parent_path() / FARDEAU_WEB_FROM_BIN, exe.parent_path() / FARDEAU_WEB_FROM_LIBEXEC,
          exe.parent_path() / "web"})
      if (fs::is_regular_file(dir / "index.html", ec)) return dir.lexically_normal().string();
  }
  return FARDEAU_WEB_DIST;
}

Result<Action> prepare(Cli& cli, const Opts& o) {
  FARDEAU_TRY(port, service::parse_number_param(o.port, at_parameter("port")));
  if (port < 0 || port > 65535 || port != static_cast<int>(port))
    return make_error(ErrorCode::invalid_argument,
                      "'" + o.port + "' is not a port; expected 0-65535 (0: any free port)",
                      at_parameter("port"));
  auto threads = service::parse_number_param(o.threads, at_parameter("threads"));
  if (!threads || *threads < 1 || *threads > 4096 || *threads != static_cast<int>(*threads))
    return make_error(ErrorCode::invalid_argument,
                      "'" + o.threads + "' is not a connection count; expected 1-4096",
                      at_parameter("threads"));
  auto sims = service::parse_number_param(o.max_simulations, at_parameter("max_simulations"));
  if (!sims || *sims < 0 || *sims > 256 || *sims != static_cast<int>(*sims))
    return make_error(ErrorCode::invalid_argument,
                      "'" + o.max_simulations +
                          "' is not a number of simulations; expected 0-256 (0: simulate off)",
                      at_parameter("max_simulations"));
  auto wait = service::parse_number_param(o.simulation_wait, at_parameter("simulation_wait"));
  if (!wait || *wait < 0 || *wait > 600 || *wait != static_cast<int>(*wait))
    return make_error(ErrorCode::invalid_argument,
                      "'" + o.simulation_wait + "' is not a wait in whole seconds; expected 0-600",
                      at_parameter("simulation_wait"));
  std::error_code ec;  // an unreadable or over-long path is "not a folder", not an exception
  if (!o.web_root.empty() && !std::filesystem::is_directory(o.web_root, ec))
    return make_error(ErrorCode::invalid_argument, "'" + o.web_root + "' is not a folder",
                      at_parameter("web_root"));
  server::ServeOptions so;
  so.host = o.host;
  so.port = static_cast<int>(port);
  so.threads = static_cast<int>(*threads);
  so.max_simulations = static_cast<int>(*sims);
  so.simulation_wait_s = static_cast<int>(*wait);
  so.web_root = o.web_root.empty() ? default_web_root() : o.web_root;
  so.log = !o.quiet;
  so.version = FARDEAU_VERSION;
  return Action{[&cli, so] { run_serve(cli, so); }};
}
}  // namespace

void register_serve(CLI::App& app, Cli& cli) {
  auto opts = std::make_shared<Opts>();
  auto* sub = app.add_subcommand("serve",
                                 "The JSON API (/api/v1/) and the dashboard in the "
                                 "browser, until Ctrl-C");
  sub->add_option("--host", opts->host,
                  "Address to listen on (default 127.0.0.1: this machine only)");
  sub->add_option("--port", opts->port, "Port (default 8080; 0 picks a free one and prints it)");
  sub->add_option("--web-root", opts->web_root,
                  "Folder of the built dashboard (default: the installed one, "
                  "<exe dir>/../share/fardeau/web, else web/dist of this build)");
  sub->add_option("--threads", opts->threads,
                  "Connections served at once, a thread each, started as needed (default 512, "
                  "1-4096)");
  sub->add_option("--max-simulations", opts->max_simulations,
                  "Simulations run at once; more wait (--simulation-wait), then get 503 "
                  "(default 2; 0: simulate off)");
  sub->add_option("--simulation-wait", opts->simulation_wait,
                  "Seconds a simulation waits for a free slot before 503 (default 10)");
  sub->add_flag("--quiet", opts->quiet, "Do not log one line per request");
  cli.on_parsed(sub, [&cli, opts] { return prepare(cli, *opts); });
}

}  // namespace fardeau::cli

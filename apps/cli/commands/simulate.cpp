// fardeau simulate --target PCT --by YEAR [--paths N] [--seed S] [--threads T]
//                  [--volatility X] [--execution-mean M] [--execution-sd S]
//                  [--export-params FILE.json] [scenario flags]
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>

#include <CLI/CLI.hpp>

#include "commands/commands.hpp"
#include "commands/scenario_flags.hpp"
#include "param_options.hpp"
#include "render/scenario_view.hpp"

namespace fardeau::cli {
namespace {

struct Opts {
  ParamOptions params;        ///< the scenario's and the Monte Carlo's (service/param_spec.hpp)
  std::string export_params;  ///< the CLI's own
};

/// A bar on stderr when it is a terminal, shown only once a run has lasted a second.
class ProgressBar {
 public:
  ProgressBar() : tty_(isatty(fileno(stderr)) == 1), start_(std::chrono::steady_clock::now()) {}
  bool active() const { return tty_; }
  void operator()(std::uint64_t done, std::uint64_t total) {
    if (!tty_) return;
    const double secs =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    if (secs < 1.0 && done < total) return;
    if (done >= total) {
      if (shown_) std::fputs("\r\033[K", stderr);
      return;
    }
    const int width = 40;
    const int filled =
        static_cast<int>(static_cast<double>(done) / static_cast<double>(total) * width);
    std::string bar(static_cast<std::size_t>(filled), '#');
    bar.resize(width, ' ');
    std::fprintf(stderr, "\r[%s] %3d%%  %llu/%llu paths", bar.c_str(),
                 static_cast<int>(100.0 * static_cast<double>(done) / static_cast<double>(total)),
                 static_cast<unsigned long long>(done), static_cast<unsigned long long>(total));
    shown_ = true;
  }

 private:
  bool tty_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_;
};

Status write_file(const std::string& path, const std::string& text) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary);
    if (!f || !(f << text) || !f.flush())
      return make_error(ErrorCode::io_error, "cannot write '" + path + "'",
                        at_parameter("export_params"));
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return make_error(ErrorCode::io_error, "cannot write '" + path + "'",
                      at_parameter("export_params"));
  }
  return ok_status();
}

int run(Cli& cli, const service::SimulateQuery& q, const std::string& export_params) {
  auto prepared = service::prepare_simulation(cli.engine(), q);
  if (!prepared) return cli.fail(prepared.error());
  if (!export_params.empty()) {
    auto st = write_file(export_params, render::simulation_params_json(*prepared).dump(1) + "\n");
    if (!st) return cli.fail(st.error());
  }
  ProgressBar bar;
  analysis::McProgress progress;  // none when stderr is not a terminal: no polling at all
  if (bar.active()) progress = std::ref(bar);
  return emit_view(cli,
                   Result<service::SimulateResult>(
                       service::run_prepared_simulation(std::move(*prepared), progress)),
                   render::view_simulation);
}

// Every flag is checked (and the format and language, by Cli::on_parsed) before a long run.
Result<Action> prepare(Cli& cli, const Opts& o) {
  FARDEAU_TRY(q, service::simulate_query(cli.params(o.params.given())));
  return Action{[&cli, q, file = o.export_params] { run(cli, q, file); }};
}

}  // namespace

void register_simulate(CLI::App& app, Cli& cli) {
  auto opts = std::make_shared<Opts>();
  auto* sub = app.add_subcommand(
      "simulate",
      "Monte Carlo: probability that each ally meets a target, quantiles of spending "
      "and of the US share");
  opts->params.add(sub, "simulate");
  sub->add_option("--export-params", opts->export_params,
                  "Also write the model's inputs to this JSON file (for bench/peers)");
  cli.on_parsed(sub, [&cli, opts] { return prepare(cli, *opts); });
}

}  // namespace fardeau::cli

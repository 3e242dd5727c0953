// fardeau report [--year Y]
#include "commands/commands.hpp"

namespace fardeau::cli {
namespace {
struct Opts {
  std::string year;
};

Result<Action> prepare(Cli& cli, const Opts& o) {
  return emit_query(
      cli, service::report_query(cli.params({{"year", o.year}})),
      [](const service::Engine& e, const service::ReportQuery& q) { return e.report(q); });
}
}  // namespace

void register_report(CLI::App& app, Cli& cli) {
  auto opts = std::make_shared<Opts>();
  auto* sub = app.add_subcommand("report",
                                 "The burden-sharing report of one year: guidelines met, "
                                 "spending, US share, real change, highest and lowest");
  sub->add_option("--year", opts->year, "Year (default: the last year of the vintage)");
  cli.on_parsed(sub, [&cli, opts] { return prepare(cli, *opts); });
}

}  // namespace fardeau::cli

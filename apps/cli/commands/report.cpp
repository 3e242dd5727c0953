// fardeau report [--year Y]
#include "commands/commands.hpp"
#include "param_options.hpp"

namespace fardeau::cli {

void register_report(CLI::App& app, Cli& cli) {
  add_query_command(
      app, cli, "report",
      "The burden-sharing report of one year: guidelines met, spending, US share, real change, "
      "highest and lowest",
      "report", service::report_query,
      [](const service::Engine& e, const service::ReportQuery& q) { return e.report(q); });
}

}  // namespace fardeau::cli

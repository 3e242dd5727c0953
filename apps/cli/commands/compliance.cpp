// fardeau compliance [--year Y] [--target PCT] [--equipment PCT] [--group G]
#include "commands/commands.hpp"
#include "param_options.hpp"

namespace fardeau::cli {

void register_compliance(CLI::App& app, Cli& cli) {
  add_query_command(
      app, cli, "compliance",
      "Who meets a %-of-GDP target (NATO's rule: the published value rounded to two decimals)",
      "compliance", service::compliance_query,
      [](const service::Engine& e, const service::ComplianceQuery& q) { return e.compliance(q); });
}

}  // namespace fardeau::cli

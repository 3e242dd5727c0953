// fardeau allies [--year Y] [--all]
#include "commands/commands.hpp"
#include "param_options.hpp"

namespace fardeau::cli {

void register_allies(CLI::App& app, Cli& cli) {
  add_query_command(
      app, cli, "allies",
      "The allies, their accession and whether they report; with --year, the members of that "
      "year",
      "allies", service::allies_query,
      [](const service::Engine& e, const service::AlliesQuery& q) { return e.allies(q); });
}

}  // namespace fardeau::cli

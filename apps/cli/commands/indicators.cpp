// fardeau indicators
#include <CLI/CLI.hpp>

#include "commands/commands.hpp"

namespace fardeau::cli {

void register_indicators(CLI::App& app, Cli& cli) {
  auto* sub = app.add_subcommand("indicators",
                                 "The indicators a vintage publishes, with units "
                                 "and years");
  cli.on_parsed(sub, [&cli] {
    return emit_query(cli, cli.scope(), [](const service::Engine& e, const service::Scope& s) {
      return e.indicators(s);
    });
  });
}

}  // namespace fardeau::cli

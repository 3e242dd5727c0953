// fardeau indicators
#include "commands/commands.hpp"

namespace fardeau::cli {

void register_indicators(CLI::App& app, Cli& cli) {
  auto* sub = app.add_subcommand("indicators",
                                 "The indicators a vintage publishes, with units "
                                 "and years");
  sub->callback([&cli] {
    auto scope = cli.scope();
    if (!scope) return void(cli.fail(scope.error()));
    cli.emit(cli.engine().indicators(*scope));
  });
}

}  // namespace fardeau::cli

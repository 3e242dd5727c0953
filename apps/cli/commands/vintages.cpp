// fardeau vintages
#include "commands/commands.hpp"

namespace fardeau::cli {

void register_vintages(CLI::App& app, Cli& cli) {
  auto* sub = app.add_subcommand("vintages", "The data editions: publisher, title, dates, price "
                                             "basis, years and indicators");
  sub->callback([&cli] { cli.emit(cli.engine().vintages()); });
}

}  // namespace fardeau::cli

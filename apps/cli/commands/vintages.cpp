// fardeau vintages [remove ID]
#include <CLI/CLI.hpp>

#include "commands/commands.hpp"
#include "render/store_views.hpp"

namespace fardeau::cli {

void register_vintages(CLI::App& app, Cli& cli) {
  auto* sub = app.add_subcommand("vintages",
                                 "The data editions: publisher, title, dates, price "
                                 "basis, years and indicators (built-in and imported)");
  auto id = std::make_shared<std::string>();
  auto* remove = sub->add_subcommand("remove", "Remove an imported edition from the store");
  remove->add_option("id", *id, "Id of the imported edition")->required();
  cli.on_parsed(remove, [&cli, id]() -> Result<Action> {
    return Action{[&cli, id] { cli.emit(service::remove_imported(cli.db_path(), *id)); }};
  });
  cli.on_parsed(sub, [&cli, sub, remove]() -> Result<Action> {
    if (sub->got_subcommand(remove)) return Action{[] {}};  // `vintages remove` ran
    return Action{[&cli] { cli.emit(cli.engine().vintages()); }};
  });
}

}  // namespace fardeau::cli

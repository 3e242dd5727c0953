// fardeau sql "SELECT ..."
#include "commands/commands.hpp"
#include "render/store_views.hpp"

namespace fardeau::cli {

void register_sql(CLI::App& app, Cli& cli) {
  auto sql = std::make_shared<std::string>();
  auto* sub = app.add_subcommand(
      "sql",
      "Read-only SQL over the view observations(vintage, iso3, year, indicator, value, "
      "is_estimate, unit): built-in and imported editions");
  sub->add_option("query", *sql, "One SELECT (or WITH ... SELECT) statement")->required();
  cli.on_parsed(sub, [&cli, sql]() -> Result<Action> {
    return Action{[&cli, sql] { cli.emit(service::run_sql(cli.engine(), {*sql, cli.db_path()})); }};
  });
}

}  // namespace fardeau::cli

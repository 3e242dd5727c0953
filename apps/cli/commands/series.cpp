// fardeau series --ally X[,Y...] --indicator I [--from A] [--to B] [--change-from C]
#include "commands/commands.hpp"
#include "param_options.hpp"

namespace fardeau::cli {

void register_series(CLI::App& app, Cli& cli) {
  add_query_command(
      app, cli, "series", "One ally's (or NATO aggregate's) values of an indicator over time",
      "series", service::series_query,
      [](const service::Engine& e, const service::SeriesQuery& q) { return e.series(q); });
}

}  // namespace fardeau::cli

// fardeau trend --group G --from A --to B [--basis current|constant]
#include "commands/commands.hpp"
#include "param_options.hpp"

namespace fardeau::cli {

void register_trend(CLI::App& app, Cli& cli) {
  add_query_command(
      app, cli, "trend",
      "A group's spending between two years: level change, real change, cumulative sum over "
      "the base year",
      "trend", service::trend_query,
      [](const service::Engine& e, const service::TrendQuery& q) { return e.trend(q); });
}

}  // namespace fardeau::cli

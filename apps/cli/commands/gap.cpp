// fardeau gap [--year Y] [--target PCT] [--basis current|constant] [--group G]
#include "commands/commands.hpp"
#include "param_options.hpp"

namespace fardeau::cli {

void register_gap(CLI::App& app, Cli& cli) {
  add_query_command(app, cli, "gap",
                    "Dollars each ally below a target must add that year, and the total", "gap",
                    service::gap_query,
                    [](const service::Engine& e, const service::GapQuery& q) { return e.gap(q); });
}

}  // namespace fardeau::cli

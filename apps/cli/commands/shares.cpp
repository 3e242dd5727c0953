// fardeau shares [--year Y] [--by gdp|population] [--basis current|constant] [--group G]
#include "commands/commands.hpp"
#include "param_options.hpp"

namespace fardeau::cli {

void register_shares(CLI::App& app, Cli& cli) {
  add_query_command(
      app, cli, "shares",
      "Each ally's share of spending against its share of GDP or population, the US share and "
      "the HHI",
      "shares", service::shares_query,
      [](const service::Engine& e, const service::SharesQuery& q) { return e.shares(q); });
}

}  // namespace fardeau::cli

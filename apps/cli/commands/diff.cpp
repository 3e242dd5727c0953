// fardeau diff --from V1 --to V2 [--indicator I] [--year Y] [--min-change X] [--target PCT]
#include "commands/commands.hpp"
#include "param_options.hpp"
#include "render/store_views.hpp"
#include "service/query_params.hpp"

namespace fardeau::cli {

void register_diff(CLI::App& app, Cli& cli) {
  add_query_command(
      app, cli, "diff",
      "Revisions between two editions, ally by ally, and changes of compliance status", "diff",
      service::diff_query,
      [](const service::Engine& e, const service::DiffQuery& q) { return service::diff(e, q); });
}

}  // namespace fardeau::cli

// fardeau sql "SELECT ..." [--timeout S] [--memory MIB]
#include <atomic>
#include <csignal>

#include <CLI/CLI.hpp>

#include "commands/commands.hpp"
#include "render/store_views.hpp"

namespace fardeau::cli {
namespace {

// Set by SIGINT while a query runs; the query's progress handler reads it and stops.
std::atomic<bool> g_interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free, "read from a signal handler");
extern "C" void on_sigint(int) { g_interrupted.store(true, std::memory_order_relaxed); }

/// Ctrl-C stops the query (exit 130) instead of killing the process mid-write; the
/// previous handler comes back when the query ends.
class InterruptScope {
 public:
  InterruptScope() : previous_(std::signal(SIGINT, on_sigint)) {}
  ~InterruptScope() { std::signal(SIGINT, previous_); }
  InterruptScope(const InterruptScope&) = delete;
  InterruptScope& operator=(const InterruptScope&) = delete;

 private:
  void (*previous_)(int);
};

}  // namespace

void register_sql(CLI::App& app, Cli& cli) {
  auto flags = std::make_shared<service::Params>();
  auto* sub = app.add_subcommand(
      "sql",
      "Read-only SQL over the view observations(vintage, iso3, year, indicator, value, "
      "is_estimate, unit, is_footnoted): built-in and imported editions, under a time and "
      "memory budget");
  sub->add_option("query", (*flags)["query"], "One SELECT (or WITH ... SELECT) statement")
      ->required();
  sub->add_option("--timeout", (*flags)["timeout"],
                  "Time budget in seconds; a query still running then is stopped (exit 2)")
      ->default_str("5");
  sub->add_option("--memory", (*flags)["memory"],
                  "Memory budget in MiB for SQLite and the result (16 to 16384; exit 2 past it)")
      ->default_str("1024");
  cli.on_parsed(sub, [&cli, flags]() -> Result<Action> {
    FARDEAU_TRY(q, service::sql_query(*flags));
    q.db_path = cli.db_path();
    q.budget.cancel = &g_interrupted;
    return Action{[&cli, q] {
      auto result = [&] {
        InterruptScope ctrl_c;
        return service::run_sql(cli.engine(), q);
      }();
      cli.emit(result);
    }};
  });
}

}  // namespace fardeau::cli

// A command's flags from the declarations of its query (service/param_spec.hpp): each
// parameter becomes --name ('_' as '-') with its declared help and choices, so a command
// file declares only what is its own (positional arguments, CLI-only flags).
#pragma once
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "cli.hpp"
#include "cli11_fwd.hpp"
#include "service/param_spec.hpp"
#include "service/query_params.hpp"

namespace fardeau::cli {

class ParamOptions {
 public:
  /// Adds a flag to `sub` for each of `specs`, in their order.
  void add(CLI::App* sub, const std::vector<service::ParamSpec>& specs);
  /// Adds the flags of `query` (service::query_params).
  void add(CLI::App* sub, std::string_view query) { add(sub, service::query_params(query)); }
  /// The flags given on the command line, by parameter name; an absent one is left out, so
  /// the parser gives it its declared default, as for an absent HTTP parameter.
  service::Params given() const;

 private:
  struct Entry {
    std::string name;
    CLI::Option* option = nullptr;
    std::string text;  ///< the value of an option
    bool on = false;   ///< the value of a switch (ParamKind::flag)
    bool is_switch = false;
  };
  std::deque<Entry> entries_;  // a deque: CLI11 keeps pointers to `text` and `on`
};

/// The subcommand `name` under `parent`, its flags those of `query`; once parsed,
/// `prepare(flags given)` checks them and returns what to run (Cli::on_parsed).
CLI::App* add_query_subcommand(CLI::App& parent, Cli& cli, const std::string& name,
                               const std::string& help, std::string_view query,
                               std::function<Result<Action>(service::Params)> prepare);

/// A command that is one query: `name` under `parent`, its flags those of `query`; once
/// parsed, `parse(params)` gives the typed query and `run(engine, query)` the result, emitted.
template <typename Parse, typename Run>
CLI::App* add_query_command(CLI::App& parent, Cli& cli, const std::string& name,
                            const std::string& help, std::string_view query, Parse parse, Run run) {
  return add_query_subcommand(parent, cli, name, help, query,
                              [&cli, parse, run](service::Params given) {
                                return emit_query(cli, parse(cli.params(std::move(given))), run);
                              });
}

}  // namespace fardeau::cli

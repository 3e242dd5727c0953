// What `fardeau --help` and `fardeau --version` print beyond CLI11's defaults: the commands
// grouped by task with one example each, and the version with the git commit and the
// built-in editions. Plain text only: fardeau never writes colour or other terminal escapes
// to stdout (docs/cli.md, "Output").
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "cli11_fwd.hpp"

namespace fardeau::cli {

/// One top-level command as `fardeau --help` lists it: its task group and an example.
struct CommandHelp {
  std::string_view name;
  std::string_view group;    ///< "Measure", "Analyse", ...
  std::string_view example;  ///< a whole command line, starting with "fardeau "
};

/// Every top-level command, in the order `--help` lists them (groups in first-seen order).
/// Hidden commands (`completions`, `manpage`) are not in it.
const std::vector<CommandHelp>& command_help();
/// The entry of a command, nullptr for a hidden or unknown one.
const CommandHelp* find_command_help(std::string_view name);

/// Puts every top-level subcommand of `app` in its group and installs the formatter that
/// prints the examples. A subcommand missing from command_help() keeps CLI11's default
/// group, which shows in the help (and fails the golden test of --help).
void apply_command_help(CLI::App& app);

/// `fardeau --version`: "fardeau VERSION (commit HASH)" and one line per built-in edition
/// with its publication and cut-off dates, from the vintage catalogue (core/vintage.hpp).
std::string version_text();

}  // namespace fardeau::cli

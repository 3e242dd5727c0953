// The whole command line, apart from main(): the global flags, every subcommand, and the
// parse that maps CLI11's outcomes to exit codes without ever exiting the process (the
// cli_args_fuzz target parses millions of command lines in one process).
#pragma once
#include <memory>

#include "cli.hpp"
#include "cli11_fwd.hpp"

namespace fardeau::cli {

/// The command line bound to `cli`: global flags and the subcommand cli.argv names, or
/// every subcommand when it names none of the plain ones (app.cpp, add_commands).
std::unique_ptr<CLI::App> make_app(Cli& cli);

/// Parse `argv` (argv[0] is the program) and run the chosen command, or with
/// cli.validate_only only check it. Prints help or the version when asked (not when
/// validate_only) and bad-flag errors on stderr. Returns the exit code (docs/cli.md).
int run_command_line(Cli& cli, int argc, const char* const* argv);

}  // namespace fardeau::cli

// fardeau: the command line. Wires subcommands (apps/cli/commands/) to the service.
#include <csignal>
#include <cstdio>
#include <exception>

#include "app.hpp"

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);  // `fardeau ... | head` must not die on a closed pipe
  // Any exception, from the parse or the setup of the commands before it, is exit 3 with a
  // message, never std::terminate (abort, exit 134).
  try {
    fardeau::cli::Cli cli;
    return fardeau::cli::run_command_line(cli, argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "fardeau: internal error: %s\n", e.what());
  } catch (...) {
    std::fprintf(stderr, "fardeau: internal error: unknown exception\n");
  }
  return fardeau::cli::kExitInternal;
}

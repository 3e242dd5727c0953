// fardeau: the command line. Wires subcommands (apps/cli/commands/) to the service.
#include <csignal>

#include "app.hpp"

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);  // `fardeau ... | head` must not die on a closed pipe
  fardeau::cli::Cli cli;
  return fardeau::cli::run_command_line(cli, argc, argv);
}

#include "cli_args_check.hpp"

#include <exception>

#include "app.hpp"

namespace fardeau::fuzzing {

std::vector<std::string> cli_args_of(std::string_view input) {
  std::vector<std::string> args;
  while (!input.empty()) {
    const std::size_t nl = input.find('\n');
    args.emplace_back(input.substr(0, nl));
    if (nl == std::string_view::npos) break;
    input.remove_prefix(nl + 1);
  }
  return args;
}

std::optional<std::string> cli_args_broken_invariant(std::string_view input) {
  std::vector<std::string> args = cli_args_of(input);
  args.insert(args.begin(), "fardeau");
  std::vector<const char*> argv;
  for (const auto& a : args) argv.push_back(a.c_str());
  cli::Cli cli;
  cli.validate_only = true;
  int code = 0;
  try {
    code = cli::run_command_line(cli, static_cast<int>(argv.size()), argv.data());
  } catch (const std::exception& e) {
    return std::string("exception escaped: ") + e.what();
  }
  if (code != cli::kExitOk && code != cli::kExitInput)
    return "exit code " + std::to_string(code) +
           (cli.error ? ": " + cli.error->what() : std::string());
  if (code == cli::kExitInput && (!cli.error || cli.error->message.empty()))
    return "exit code 2 without an error message";
  if (code == cli::kExitOk && cli.error) return "exit code 0 with an error: " + cli.error->what();
  return std::nullopt;
}

}  // namespace fardeau::fuzzing

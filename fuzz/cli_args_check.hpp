// What fuzz/cli_args_fuzz.cpp does with one input, shared with the CTest that replays the
// seed corpus and the kept regressions (tests/fuzz). An input is a command line, one
// argument per line, as in tests/cli/cases/*/args; it is parsed and validated
// (Cli::validate_only: no data read, nothing written, no server).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fardeau::fuzzing {

/// The arguments an input stands for (without the program name): its lines.
std::vector<std::string> cli_args_of(std::string_view input);

/// Parse and validate the command line; the description of the first broken invariant,
/// or nullopt when all hold:
///   * no exception escapes and the exit code is 0 (valid, or help / version) or 2 (bad
///     input), never 3 (internal) nor 1 (only `check` evaluating a claim says false);
///   * exit code 2 comes with an error message, 0 with none.
std::optional<std::string> cli_args_broken_invariant(std::string_view input);

}  // namespace fardeau::fuzzing

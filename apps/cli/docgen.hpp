// Man pages and shell completions generated from the command line's own CLI11
// declarations (apps/cli/app.cpp, commands/): subcommands, their options and the choices an
// option declares with set_choices(). The build runs `fardeau manpage` and
// `fardeau completions` (cmake/FardeauDocs.cmake) so that the package can never describe
// flags the binary does not have.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "cli11_fwd.hpp"
#include "core/error.hpp"

namespace fardeau::cli {

/// Declares the values an option accepts, for completion and help: shown as
/// "--format table|csv|json|md". The command still checks the value itself (so the error
/// message stays the service's own).
CLI::Option* set_choices(CLI::Option* opt, const std::vector<std::string>& choices);
/// The choices declared on `opt` (empty when none).
std::vector<std::string> choices_of(const CLI::Option& opt);

/// The visible top-level command names of `root`, in declaration order.
std::vector<std::string> manpage_names(const CLI::App& root);
/// roff of fardeau(1) (`command` empty) or of fardeau-COMMAND(1).
Result<std::string> manpage(const CLI::App& root, std::string_view command);
/// A completion script for "bash", "zsh" or "fish".
Result<std::string> completion_script(const CLI::App& root, std::string_view shell);

}  // namespace fardeau::cli

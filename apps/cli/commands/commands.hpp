// One function per subcommand: declares its flags and its callback.
#pragma once
#include "cli.hpp"
#include "cli11_fwd.hpp"

namespace fardeau::cli {

void register_report(CLI::App& app, Cli& cli);
void register_allies(CLI::App& app, Cli& cli);
void register_compliance(CLI::App& app, Cli& cli);
void register_gap(CLI::App& app, Cli& cli);
void register_shares(CLI::App& app, Cli& cli);
void register_stats(CLI::App& app, Cli& cli);
void register_trend(CLI::App& app, Cli& cli);
void register_series(CLI::App& app, Cli& cli);
void register_indicators(CLI::App& app, Cli& cli);
void register_vintages(CLI::App& app, Cli& cli);
void register_scenario(CLI::App& app, Cli& cli);
void register_simulate(CLI::App& app, Cli& cli);
void register_check(CLI::App& app, Cli& cli);
void register_extract(CLI::App& app, Cli& cli);
void register_import(CLI::App& app, Cli& cli);
void register_diff(CLI::App& app, Cli& cli);
void register_sql(CLI::App& app, Cli& cli);
void register_serve(CLI::App& app, Cli& cli);
/// Hidden (docgen.cpp): the completion scripts and man pages the package installs.
void register_completions(CLI::App& app, Cli& cli);
void register_manpage(CLI::App& app, Cli& cli);

}  // namespace fardeau::cli

#include "app.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>
#include <exception>
#include <string_view>

#include "commands/commands.hpp"
#include "docgen.hpp"
#include "help.hpp"
#include "io/builtin_reference.hpp"

namespace fardeau::cli {
namespace {

using Register = void (*)(CLI::App&, Cli&);
struct Command {
  std::string_view name;
  Register add;
};
// In the order they were always added (CLI11 lists them so); completions and manpage
// describe every command, so they need them all.
constexpr Command kCommands[] = {
    {"report", register_report},
    {"allies", register_allies},
    {"compliance", register_compliance},
    {"gap", register_gap},
    {"shares", register_shares},
    {"stats", register_stats},
    {"trend", register_trend},
    {"series", register_series},
    {"indicators", register_indicators},
    {"vintages", register_vintages},
    {"scenario", register_scenario},
    {"simulate", register_simulate},
    {"check", register_check},
    {"extract", register_extract},
    {"import", register_import},
    {"diff", register_diff},
    {"sql", register_sql},
    {"serve", register_serve},
    {"completions", register_completions},
    {"manpage", register_manpage},
};

/// The command a command line names: its first argument that is neither a global option
/// nor a global option's value; empty when there is none.
std::string_view chosen_command(int argc, const char* const* argv) {
  constexpr std::string_view kWithValue[] = {"--vintage", "--format",     "--lang",
                                             "--data",    "--membership", "--db"};
  for (int i = 1; i < argc && argv != nullptr; ++i) {
    const std::string_view arg = argv[i];
    if (std::find(std::begin(kWithValue), std::end(kWithValue), arg) != std::end(kWithValue))
      ++i;  // its value
    else if (arg.empty() || arg.front() != '-')
      return arg;
  }
  return {};
}

/// Start-up (issue 16): building every command's parser costs more than parsing, so only
/// the chosen command is added when it is one of the plain ones, and none for a bare
/// `fardeau --version`, which prints no command. Anything else (no command, a typo, --help,
/// completions, manpage) gets them all, and the same messages.
void add_commands(CLI::App& app, Cli& cli, std::string_view chosen) {
  if (cli.argc == 2 && cli.argv != nullptr && std::string_view(cli.argv[1]) == "--version") return;
  const bool one = chosen != "completions" && chosen != "manpage" &&
                   std::any_of(std::begin(kCommands), std::end(kCommands),
                               [chosen](const Command& c) { return c.name == chosen; });
  for (const auto& c : kCommands)
    if (!one || c.name == chosen) c.add(app, cli);
}

}  // namespace

std::unique_ptr<CLI::App> make_app(Cli& cli) {
  auto app = std::make_unique<CLI::App>(
      "fardeau: alliance burden sharing (le partage du fardeau).\n"
      "Measures, checks and simulates how NATO allies share the cost of defence.",
      "fardeau");
  app->set_version_flag("--version", [] {
    auto text = version_text();  // CLI11 adds the final newline
    if (!text.empty() && text.back() == '\n') text.pop_back();
    return text;
  });
  app->fallthrough();  // global flags may come after the subcommand
  app->require_subcommand(1);
  std::vector<std::string> builtin_ids;
  for (const auto& v : io::builtin_vintages()) builtin_ids.push_back(v.id);
  // The choices are for help and completion; the commands check the values themselves (an
  // imported edition is a valid --vintage too).
  set_choices(app->add_option("--vintage", cli.global.vintage,
                              "Data edition (default nato-2026), or the id of an imported one"),
              builtin_ids);
  set_choices(app->add_option("--format", cli.global.format, "table (default), csv, json or md"),
              {"table", "csv", "json", "md"});
  set_choices(app->add_option("--lang", cli.global.lang, "en (default) or fr"), {"en", "fr"});
  app->add_option("--data", cli.global.data_dir,
                  "Read the data files from this folder instead of the embedded copy");
  app->add_option(
      "--db", cli.global.db,
      "SQLite store of imported editions (default: $XDG_DATA_HOME/fardeau/store.sqlite)");
  set_choices(app->add_option(service::spec::kMembership.flag(), cli.global.membership,
                              service::spec::kMembership.help),
              service::spec::kMembership.choices);

  add_commands(*app, cli, chosen_command(cli.argc, cli.argv));
  apply_command_help(*app);
  return app;
}

int run_command_line(Cli& cli, int argc, const char* const* argv) {
  cli.argc = argc;
  cli.argv = argv;
  auto app = make_app(cli);
  // Help and version: CLI11 prints them through app->exit(), which returns the code.
  auto show = [&](const CLI::ParseError& e) { return cli.validate_only ? kExitOk : app->exit(e); };
  try {
    app->parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return show(e);
  } catch (const CLI::CallForAllHelp& e) {
    return show(e);
  } catch (const CLI::CallForVersion& e) {
    return show(e);
  } catch (const CLI::ParseError& e) {
    if (!cli.error) cli.error = make_error(ErrorCode::invalid_argument, e.what());
    if (!cli.validate_only)
      std::fprintf(stderr, "fardeau: error: %s (see 'fardeau --help')\n", e.what());
    return cli.exit_code = kExitInput;
  } catch (const std::exception& e) {
    if (!cli.error) cli.error = make_error(ErrorCode::internal, e.what());
    if (!cli.validate_only) std::fprintf(stderr, "fardeau: internal error: %s\n", e.what());
    return cli.exit_code = kExitInternal;
  }
  return cli.exit_code;
}

}  // namespace fardeau::cli

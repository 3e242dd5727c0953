#include "app.hpp"

#include <cstdio>
#include <exception>

#include "commands/commands.hpp"
#include "core/vintage.hpp"
#include "docgen.hpp"
#include "help.hpp"

namespace fardeau::cli {

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
  for (const auto& v : builtin_vintages()) builtin_ids.push_back(v.id);
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
  set_choices(app->add_option("--membership", cli.global.membership,
                              "as-of (default: members of each year) or current (today's allies)"),
              {"as-of", "current"});

  register_report(*app, cli);
  register_allies(*app, cli);
  register_compliance(*app, cli);
  register_gap(*app, cli);
  register_shares(*app, cli);
  register_stats(*app, cli);
  register_trend(*app, cli);
  register_series(*app, cli);
  register_indicators(*app, cli);
  register_vintages(*app, cli);
  register_scenario(*app, cli);
  register_simulate(*app, cli);
  register_check(*app, cli);
  register_extract(*app, cli);
  register_import(*app, cli);
  register_diff(*app, cli);
  register_sql(*app, cli);
  register_serve(*app, cli);
  register_completions(*app, cli);
  register_manpage(*app, cli);
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

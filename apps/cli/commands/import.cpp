// fardeau import FILE [--source nato|sipri|csv] [--id ID] [--dry-run]
#include <CLI/CLI.hpp>

#include "commands/commands.hpp"
#include "commands/helper.hpp"
#include "docgen.hpp"
#include "io/edition_import.hpp"

namespace fardeau::cli {
namespace {
Result<Action> prepare(Cli& cli, const ImportFlags& f) {
  if (!f.source.empty()) {  // checked here, parsed again by fardeau-full (commands/helper.hpp)
    auto s = io::parse_source_format(f.source);
    if (!s) return s.error();
  }
  return Action{[&cli, f] { run_import(cli, f); }};
}
}  // namespace

void register_import(CLI::App& app, Cli& cli) {
  auto opts = std::make_shared<ImportFlags>();
  auto* sub = app.add_subcommand("import",
                                 "Import a NATO or SIPRI workbook or a long CSV into the "
                                 "store (--db) as a new vintage");
  sub->add_option("file", opts->file,
                  "The file: def-exp-YYYY-en.xlsx, SIPRI-Milex-data-*.xlsx or a long CSV")
      ->required();
  set_choices(sub->add_option("--source", opts->source,
                              "nato, sipri or csv (default: detected from the file)"),
              {"nato", "sipri", "csv"});
  sub->add_option("--id", opts->id, "Vintage id (default: <source>-<edition year>-import)");
  sub->add_flag("--dry-run", opts->dry_run,
                "Read and check the file and print what was found (sheets, blocks, allies, "
                "years, skipped cells); write nothing");
  cli.on_parsed(sub, [&cli, opts] { return prepare(cli, *opts); });
}

}  // namespace fardeau::cli

// fardeau import FILE [--source nato|sipri|csv] [--id ID] [--dry-run]
#include "commands/commands.hpp"
#include "docgen.hpp"
#include "render/store_views.hpp"

namespace fardeau::cli {
namespace {
struct Opts {
  std::string file, source, id;
  bool dry_run = false;
};

Result<Action> prepare(Cli& cli, const Opts& o) {
  service::ImportQuery q{o.file, std::nullopt, o.id, {}, o.dry_run};
  if (!o.source.empty()) {
    FARDEAU_TRY(s, io::parse_source_format(o.source));
    q.source = s;
  }
  return Action{[&cli, q]() mutable {
    q.db_path = cli.db_path();
    auto r = service::import_edition(q);
    // What was read and left out goes to stderr, so that stdout stays the result; a dry
    // run lists it in its report instead.
    if (r && !q.dry_run)
      for (const auto& k : r->report.skipped) cli.warn(k.where, k.why);
    cli.emit(r);
  }};
}
}  // namespace

void register_import(CLI::App& app, Cli& cli) {
  auto opts = std::make_shared<Opts>();
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

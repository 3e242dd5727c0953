// fardeau-full's `import`: read the workbook or CSV (io/edition_import.hpp) into the store.
#include "commands/helper.hpp"
#include "render/store_views.hpp"
#include "service/imports.hpp"

namespace fardeau::cli {

void run_import(Cli& cli, const ImportFlags& f) {
  service::ImportQuery q{f.file, std::nullopt, f.id, {}, f.dry_run};
  if (!f.source.empty()) {
    auto s = io::parse_source_format(f.source);
    if (!s) {
      cli.fail(s.error());
      return;
    }
    q.source = *s;
  }
  q.db_path = cli.db_path();
  auto r = service::import_edition(q);
  // What was read and left out goes to stderr, so that stdout stays the result; a dry
  // run lists it in its report instead.
  if (r && !q.dry_run)
    for (const auto& k : r->report.skipped) cli.warn(k.where, k.why);
  cli.emit(r);
}

}  // namespace fardeau::cli

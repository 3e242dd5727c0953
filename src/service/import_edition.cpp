// import_edition apart from the rest of imports.cpp: only what calls it links the
// importers and the xlsx reader (libzip), i.e. fardeau-full, not fardeau (issue 16).
#include "service/imports.hpp"

#include <set>

namespace fardeau::service {

Result<ImportResult> import_edition(const ImportQuery& q) {
  FARDEAU_TRY(ed, io::read_edition(q.file, q.source, q.id));
  ImportResult r;
  if (q.dry_run) {
    r.stored = ed.meta;
    r.stored.row_count = static_cast<std::int64_t>(ed.panel.size());
    r.dry_run = true;
  } else {
    FARDEAU_TRY(store, io::Store::open(q.db_path, io::StoreMode::read_write));
    FARDEAU_TRY(outcome, store.insert(ed.meta, ed.panel));
    r.stored = std::move(outcome.stored);
    r.inserted = outcome.inserted;
  }
  r.db_path = q.db_path;
  r.report = std::move(ed.report);
  // Allies first (in file order), then the aggregate rows.
  for (int pass = 0; pass < 2; ++pass)
    for (const auto& e : ed.panel.entities())
      if ((e.find('_') == std::string::npos) == (pass == 0)) r.entities.push_back(e);
  // Estimate years and footnoted allies, from the values themselves.
  std::set<int> est;
  std::set<std::string, std::less<>> footnoted;
  io::for_each_value(
      ed.panel, [&](std::string_view e, std::string_view, std::string_view, int y, Observation o) {
        if (o.estimate) est.insert(y);
        if (o.footnote && !footnoted.contains(e)) footnoted.emplace(e);
      });
  r.estimate_years.assign(est.begin(), est.end());
  r.footnoted.assign(footnoted.begin(), footnoted.end());
  r.values = ed.panel.size();
  r.countries = ed.countries;
  r.first_year = ed.panel.first_year();
  r.last_year = ed.panel.last_year();
  for (const auto& ind : ed.panel.indicators()) r.indicators.push_back(ind.id);
  return r;
}

}  // namespace fardeau::service

#include "service/imports.hpp"

#include <fmt/format.h>

#include "io/builtin_reference.hpp"

namespace fardeau::service {

Result<RemoveResult> remove_imported(const std::string& db_path, const std::string& id) {
  for (const auto& v : io::builtin_vintages())
    if (v.id == id)
      return make_error(ErrorCode::invalid_argument,
                        fmt::format("'{}' is a built-in vintage and cannot be removed; only "
                                    "imported editions can (see 'fardeau vintages')",
                                    id),
                        "vintages remove");
  FARDEAU_TRY(store, io::Store::open(db_path, io::StoreMode::read_write));
  FARDEAU_TRY(found, store.find(id));
  auto st = store.remove(id);
  if (!st) return st.error();
  return RemoveResult{std::move(*found), db_path};
}

Result<SqlResult> run_sql(const Engine& engine, const SqlQuery& q) {
  std::vector<DatasetPtr> builtin;
  FARDEAU_TRY(catalogue, engine.builtin_infos());
  for (const auto& v : *catalogue) {
    FARDEAU_TRY(d, engine.dataset(v.id));
    builtin.push_back(d);
  }
  FARDEAU_TRY(table, io::query_observations(q.sql, builtin, q.db_path, q.budget));
  return SqlResult{q, std::move(table)};
}

}  // namespace fardeau::service

// Imported editions: import a file into the store, remove one, run read-only SQL over
// every value. Free functions next to the Engine (which resolves imported ids through
// its VintageProvider); the store is named by its path.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "io/edition_import.hpp"
#include "io/sql_query.hpp"
#include "io/store.hpp"
#include "service/engine.hpp"

namespace fardeau::service {

struct ImportQuery {
  std::string file;
  std::optional<io::SourceFormat> source;  ///< nullopt: detect
  std::string id;                          ///< empty: the default id
  std::string db_path;
  /// Read and check the file, report what was found, write nothing (no store is opened).
  bool dry_run = false;
};

struct ImportResult {
  io::StoredVintage stored;  ///< what the store holds for this file
  bool inserted = false;     ///< false: the same file (SHA-256) was already imported
  std::string db_path;
  std::size_t values = 0;
  std::size_t countries = 0;
  int first_year = 0, last_year = 0;
  std::vector<std::string> indicators;
  bool dry_run = false;
  io::ImportReport report;             ///< sheets, blocks and skipped cells found
  std::vector<std::string> entities;   ///< ISO3 codes then aggregates, in file order
  std::vector<int> estimate_years;     ///< years with at least one estimate
  std::vector<std::string> footnoted;  ///< entities whose label carries NATO's '*'
};

/// Read, check and store one file, all or nothing.
Result<ImportResult> import_edition(const ImportQuery& q);

struct RemoveResult {
  io::StoredVintage removed;
  std::string db_path;
};

/// Remove an imported edition; a built-in id is refused (invalid_argument).
Result<RemoveResult> remove_imported(const std::string& db_path, const std::string& id);

struct SqlQuery {
  std::string sql;
  std::string db_path;
  io::SqlBudget budget;  ///< time, memory and cancel flag; see io/sql_budget.hpp
};

struct SqlResult {
  SqlQuery query;
  io::SqlTable table;
};

/// Run one read-only SELECT over the observations view (built-in + imported editions).
Result<SqlResult> run_sql(const Engine& engine, const SqlQuery& q);

}  // namespace fardeau::service

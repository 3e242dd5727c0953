// The SQLite store of imported editions: one thin adapter over the sqlite3 C API (the
// header keeps sqlite3.h out of its includers).
//
// Schema (docs/cli.md, "The store"):
//   vintages(id PRIMARY KEY, the VintageInfo fields, source_format, file_name,
//            file_sha256 UNIQUE, imported_at, row_count)
//   vintage_measures(vintage, measure, indicator, scale, denominator)
//   stored_observations(vintage, indicator, iso3, year, value, is_estimate, unit)
//   VIEW observations(vintage, iso3, year, indicator, value, is_estimate, unit)
// Rollback journal (journal_mode=DELETE, synchronous=FULL): one import is one
// BEGIN IMMEDIATE ... COMMIT transaction; a process killed in the middle leaves a hot
// journal that the next connection rolls back, so the store is exactly as before.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/panel.hpp"
#include "core/vintage.hpp"

struct sqlite3;

namespace fardeau::io {

/// One imported edition as the store records it.
struct StoredVintage {
  VintageInfo info;            ///< builtin = false
  std::string source_format;   ///< "nato", "sipri" or "csv"
  std::string file_name;       ///< base name of the imported file
  std::string file_sha256;     ///< hex digest of the file's bytes
  std::string imported_at;     ///< UTC, "2026-11-29T11:20:05Z"
  std::int64_t row_count = 0;  ///< values stored
};

enum class StoreMode {
  read,        ///< existing file only; PRAGMA query_only (a hot journal is still rolled back)
  read_write,  ///< creates the file, its folder and the schema when absent
};

class Store {
 public:
  static Result<Store> open(const std::string& path, StoreMode mode);
  Store(Store&& other) noexcept;
  Store& operator=(Store&& other) noexcept;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;
  ~Store();

  const std::string& path() const { return path_; }

  /// Every stored edition, ordered by id.
  Result<std::vector<StoredVintage>> list() const;
  Result<std::optional<StoredVintage>> find(std::string_view id) const;
  Result<std::optional<StoredVintage>> find_by_sha256(std::string_view sha256_hex) const;

  struct InsertOutcome {
    bool inserted = false;
    StoredVintage stored;  ///< what was inserted, or the edition already holding that file
  };
  /// Store an edition in one transaction: all values or none. A file already imported
  /// (same SHA-256) inserts nothing and returns the existing edition; an id already used
  /// by another file is an invalid_argument naming --id.
  Result<InsertOutcome> insert(StoredVintage meta, const Panel& panel);
  /// Remove an edition and its values (one transaction); not_found listing the stored ids.
  Status remove(std::string_view id);
  /// The dataset of a stored edition.
  Result<Dataset> load(std::string_view id) const;
  /// The store has the is_footnoted column (schema 2; a schema-1 store opened read-only
  /// does not, and reads as no footnotes).
  bool has_footnotes() const;

 private:
  Store(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_ = nullptr;
  std::string path_;
};

/// $XDG_DATA_HOME/fardeau/store.sqlite, else ~/.local/share/fardeau/store.sqlite.
std::string default_store_path();

/// Calls fn(entity, indicator, unit, year, observation) for every value of the panel,
/// grouped by indicator, then entity, then year.
template <typename Fn>
void for_each_value(const Panel& panel, Fn&& fn) {
  for (const auto& ind : panel.indicators()) {
    auto [first, last] = panel.year_range(ind.id);
    for (const auto& e : panel.entities())
      for (int y = first; first != 0 && y <= last; ++y)
        if (auto obs = panel.get(e, ind.id, y)) fn(e, ind.id, ind.unit, y, *obs);
  }
}

}  // namespace fardeau::io

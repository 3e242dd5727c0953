#include "io/store.hpp"

#include <sqlite3.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include <fmt/format.h>

namespace fardeau::io {
namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS store_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT OR IGNORE INTO store_meta VALUES('schema_version', '2');
CREATE TABLE IF NOT EXISTS vintages(
  id TEXT PRIMARY KEY,
  family TEXT NOT NULL, publisher TEXT NOT NULL, title TEXT NOT NULL, source_id TEXT NOT NULL,
  published TEXT NOT NULL, cutoff TEXT NOT NULL, definition TEXT NOT NULL,
  price_basis TEXT NOT NULL, base_year INTEGER NOT NULL, notes TEXT NOT NULL,
  source_format TEXT NOT NULL CHECK(source_format IN ('nato', 'sipri', 'csv')),
  file_name TEXT NOT NULL, file_sha256 TEXT NOT NULL UNIQUE, imported_at TEXT NOT NULL,
  row_count INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS vintage_measures(
  vintage TEXT NOT NULL REFERENCES vintages(id) ON DELETE CASCADE,
  measure TEXT NOT NULL, indicator TEXT NOT NULL, scale REAL NOT NULL,
  denominator TEXT NOT NULL, PRIMARY KEY(vintage, measure));
CREATE TABLE IF NOT EXISTS stored_observations(
  vintage TEXT NOT NULL REFERENCES vintages(id) ON DELETE CASCADE,
  indicator TEXT NOT NULL, iso3 TEXT NOT NULL, year INTEGER NOT NULL, value REAL NOT NULL,
  is_estimate INTEGER NOT NULL CHECK(is_estimate IN (0, 1)), unit TEXT NOT NULL,
  is_footnoted INTEGER NOT NULL DEFAULT 0 CHECK(is_footnoted IN (0, 1)),
  PRIMARY KEY(vintage, indicator, iso3, year)) WITHOUT ROWID;
CREATE VIEW IF NOT EXISTS observations AS
  SELECT vintage, iso3, year, indicator, value, is_estimate, unit, is_footnoted
  FROM stored_observations;
)sql";

// Schema 1 had no is_footnoted column (NATO's '*' on an ally's label). Its stores gain it
// (0 for what they hold) the first time they are opened for writing; the view is made
// again so that it shows the column.
constexpr const char* kMigrateFootnotes = R"sql(
ALTER TABLE stored_observations ADD COLUMN
  is_footnoted INTEGER NOT NULL DEFAULT 0 CHECK(is_footnoted IN (0, 1));
DROP VIEW IF EXISTS observations;
CREATE VIEW observations AS
  SELECT vintage, iso3, year, indicator, value, is_estimate, unit, is_footnoted
  FROM stored_observations;
UPDATE store_meta SET value = '2' WHERE key = 'schema_version';
)sql";

constexpr const char* kVintageColumns =
    "id, family, publisher, title, source_id, published, cutoff, definition, price_basis, "
    "base_year, notes, source_format, file_name, file_sha256, imported_at, row_count";

Error db_error(sqlite3* db, const std::string& path, std::string_view doing) {
  return make_error(
      ErrorCode::io_error,
      fmt::format("SQLite store: {}: {}", doing, db ? sqlite3_errmsg(db) : "out of memory"), path);
}

/// A prepared statement, finalized on scope exit.
class Stmt {
 public:
  Stmt(sqlite3* db, const char* sql) { rc_ = sqlite3_prepare_v2(db, sql, -1, &s_, nullptr); }
  ~Stmt() { sqlite3_finalize(s_); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  bool ok() const { return rc_ == SQLITE_OK && s_; }
  sqlite3_stmt* get() const { return s_; }
  void text(int i, std::string_view v) {
    sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  }
  void integer(int i, std::int64_t v) { sqlite3_bind_int64(s_, i, v); }
  void real(int i, double v) { sqlite3_bind_double(s_, i, v); }
  std::string col_text(int i) const {
    const auto* p = sqlite3_column_text(s_, i);
    return p ? std::string(reinterpret_cast<const char*>(p),
                           static_cast<std::size_t>(sqlite3_column_bytes(s_, i)))
             : std::string();
  }

 private:
  sqlite3_stmt* s_ = nullptr;
  int rc_ = SQLITE_ERROR;
};

StoredVintage read_vintage_row(const Stmt& st) {
  StoredVintage v;
  auto& i = v.info;
  i.id = st.col_text(0);
  i.family = st.col_text(1);
  i.publisher = st.col_text(2);
  i.title = st.col_text(3);
  i.source_id = st.col_text(4);
  i.published = st.col_text(5);
  i.cutoff = st.col_text(6);
  i.definition = st.col_text(7);
  i.price_basis = st.col_text(8);
  i.base_year = sqlite3_column_int(st.get(), 9);
  i.notes = st.col_text(10);
  i.builtin = false;
  v.source_format = st.col_text(11);
  v.file_name = st.col_text(12);
  v.file_sha256 = st.col_text(13);
  v.imported_at = st.col_text(14);
  v.row_count = sqlite3_column_int64(st.get(), 15);
  return v;
}

std::optional<Measure> parse_measure(std::string_view s) {
  for (Measure m : kAllMeasures)
    if (s == to_string(m)) return m;
  return std::nullopt;
}

std::string utc_now() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace

std::string default_store_path() {
  namespace fs = std::filesystem;
  const char* xdg = std::getenv("XDG_DATA_HOME");
  if (xdg && *xdg) return (fs::path(xdg) / "fardeau" / "store.sqlite").string();
  const char* home = std::getenv("HOME");
  return (fs::path(home && *home ? home : ".") / ".local" / "share" / "fardeau" / "store.sqlite")
      .string();
}

Result<Store> Store::open(const std::string& path, StoreMode mode) {
  namespace fs = std::filesystem;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
  if (mode == StoreMode::read_write) {
    std::error_code ec;
    auto parent = fs::path(path).parent_path();
    if (!parent.empty()) fs::create_directories(parent, ec);
    if (ec)
      return make_error(
          ErrorCode::io_error,
          fmt::format("cannot create the store's folder {}: {}", parent.string(), ec.message()),
          at_parameter("db"));
    flags |= SQLITE_OPEN_CREATE;
  } else {
    if (!fs::exists(path))
      return make_error(ErrorCode::not_found, "no store at this path (import a file first)", path);
    // Read-write when allowed, so that a hot journal left by a killed import is rolled
    // back; query_only below keeps this connection from writing anything.
    if (::access(path.c_str(), W_OK) != 0) flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX;
  }
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    Error e = db_error(db, path, "cannot open");
    sqlite3_close(db);
    return e;
  }
  Store store(db, path);
  sqlite3_busy_timeout(db, 5000);
  const char* setup = mode == StoreMode::read_write
                          ? "PRAGMA journal_mode=DELETE; PRAGMA synchronous=FULL; "
                            "PRAGMA foreign_keys=ON;"
                          : "PRAGMA query_only=1;";
  if (sqlite3_exec(db, setup, nullptr, nullptr, nullptr) != SQLITE_OK)
    return db_error(db, path, "cannot configure");
  if (mode == StoreMode::read_write) {
    if (sqlite3_exec(db, kSchema, nullptr, nullptr, nullptr) != SQLITE_OK)
      return db_error(db, path, "cannot create the schema (is this a fardeau store?)");
    if (!store.has_footnotes() &&
        sqlite3_exec(db, kMigrateFootnotes, nullptr, nullptr, nullptr) != SQLITE_OK)
      return db_error(db, path, "cannot add the is_footnoted column");
  }
  // Check the file is a fardeau store (and roll back a hot journal now).
  Stmt st(db, "SELECT value FROM store_meta WHERE key = 'schema_version'");
  if (!st.ok() || sqlite3_step(st.get()) != SQLITE_ROW)
    return make_error(ErrorCode::data_error,
                      fmt::format("not a fardeau store ({})", sqlite3_errmsg(db)), path);
  return store;
}

bool Store::has_footnotes() const {
  Stmt st(db_,
          "SELECT 1 FROM pragma_table_info('stored_observations') WHERE name = 'is_footnoted'");
  return st.ok() && sqlite3_step(st.get()) == SQLITE_ROW;
}

Store::Store(Store&& o) noexcept : db_(o.db_), path_(std::move(o.path_)) { o.db_ = nullptr; }
Store& Store::operator=(Store&& o) noexcept {
  if (this != &o) {
    sqlite3_close(db_);
    db_ = o.db_;
    path_ = std::move(o.path_);
    o.db_ = nullptr;
  }
  return *this;
}
Store::~Store() { sqlite3_close(db_); }

Result<std::vector<StoredVintage>> Store::list() const {
  Stmt st(db_, fmt::format("SELECT {} FROM vintages ORDER BY id", kVintageColumns).c_str());
  if (!st.ok()) return db_error(db_, path_, "cannot list vintages");
  std::vector<StoredVintage> out;
  int rc;
  while ((rc = sqlite3_step(st.get())) == SQLITE_ROW) out.push_back(read_vintage_row(st));
  if (rc != SQLITE_DONE) return db_error(db_, path_, "cannot list vintages");
  return out;
}

namespace {
Result<std::optional<StoredVintage>> find_where(sqlite3* db, const std::string& path,
                                                const char* column, std::string_view key) {
  Stmt st(db, fmt::format("SELECT {} FROM vintages WHERE {} = ?", kVintageColumns, column).c_str());
  if (!st.ok()) return db_error(db, path, "cannot read vintages");
  st.text(1, key);
  int rc = sqlite3_step(st.get());
  if (rc == SQLITE_ROW) return std::optional<StoredVintage>(read_vintage_row(st));
  if (rc != SQLITE_DONE) return db_error(db, path, "cannot read vintages");
  return std::optional<StoredVintage>{};
}
}  // namespace

Result<std::optional<StoredVintage>> Store::find(std::string_view id) const {
  return find_where(db_, path_, "id", id);
}
Result<std::optional<StoredVintage>> Store::find_by_sha256(std::string_view sha) const {
  return find_where(db_, path_, "file_sha256", sha);
}

Result<Store::InsertOutcome> Store::insert(StoredVintage meta, const Panel& panel) {
  // IMMEDIATE: take the write lock first, so the duplicate checks and the insert see the
  // same store.
  if (sqlite3_exec(db_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
    return db_error(db_, path_, "cannot begin the import transaction");
  struct Rollback {
    sqlite3* db;
    bool armed = true;
    ~Rollback() {
      if (armed) sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
  } guard{db_};

  FARDEAU_TRY(same_file, find_by_sha256(meta.file_sha256));
  if (same_file) return InsertOutcome{false, std::move(*same_file)};
  FARDEAU_TRY(same_id, find(meta.info.id));
  if (same_id)
    return make_error(
        ErrorCode::invalid_argument,
        fmt::format("vintage '{}' is already in the store (imported from {} on {}); "
                    "choose another id or remove it first with "
                    "'fardeau vintages remove {}'",
                    meta.info.id, same_id->file_name, same_id->imported_at, meta.info.id),
        at_parameter("id"));
  meta.info.builtin = false;
  meta.imported_at = utc_now();
  meta.row_count = static_cast<std::int64_t>(panel.size());
  const auto& i = meta.info;
  {
    Stmt st(db_, fmt::format("INSERT INTO vintages({}) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                             kVintageColumns)
                     .c_str());
    if (!st.ok()) return db_error(db_, path_, "cannot insert the vintage");
    int k = 1;
    for (const std::string* s : {&i.id, &i.family, &i.publisher, &i.title, &i.source_id,
                                 &i.published, &i.cutoff, &i.definition, &i.price_basis})
      st.text(k++, *s);
    st.integer(k++, i.base_year);
    st.text(k++, i.notes);
    st.text(k++, meta.source_format);
    st.text(k++, meta.file_name);
    st.text(k++, meta.file_sha256);
    st.text(k++, meta.imported_at);
    st.integer(k++, meta.row_count);
    if (sqlite3_step(st.get()) != SQLITE_DONE)
      return db_error(db_, path_, "cannot insert the vintage");
  }
  {
    Stmt st(db_, "INSERT INTO vintage_measures VALUES(?,?,?,?,?)");
    if (!st.ok()) return db_error(db_, path_, "cannot insert measures");
    for (const auto& b : i.measures) {
      sqlite3_reset(st.get());
      st.text(1, i.id);
      st.text(2, to_string(b.measure));
      st.text(3, b.indicator);
      st.real(4, b.scale);
      st.text(5, b.denominator);
      if (sqlite3_step(st.get()) != SQLITE_DONE)
        return db_error(db_, path_, "cannot insert measures");
    }
  }
  {
    Stmt st(db_,
            "INSERT INTO stored_observations(vintage, indicator, iso3, year, value, "
            "is_estimate, unit, is_footnoted) VALUES(?,?,?,?,?,?,?,?)");
    if (!st.ok()) return db_error(db_, path_, "cannot insert values");
    bool failed = false;
    for_each_value(panel, [&](std::string_view e, std::string_view ind, std::string_view unit,
                              int y, Observation o) {
      if (failed) return;
      sqlite3_reset(st.get());
      st.text(1, i.id);
      st.text(2, ind);
      st.text(3, e);
      st.integer(4, y);
      st.real(5, o.value);
      st.integer(6, o.estimate ? 1 : 0);
      st.text(7, unit);
      st.integer(8, o.footnote ? 1 : 0);
      failed = sqlite3_step(st.get()) != SQLITE_DONE;
    });
    if (failed) return db_error(db_, path_, "cannot insert values");
  }
  if (sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
    return db_error(db_, path_, "cannot commit the import");
  guard.armed = false;
  return InsertOutcome{true, std::move(meta)};
}

Status Store::remove(std::string_view id) {
  FARDEAU_TRY(found, find(id));
  if (!found) {
    FARDEAU_TRY(all, list());
    std::string ids;
    for (const auto& v : all) ids += (ids.empty() ? "" : ", ") + v.info.id;
    return make_error(ErrorCode::not_found,
                      fmt::format("no imported vintage '{}' in the store; imported: {}", id,
                                  ids.empty() ? "none" : ids),
                      "vintages remove");
  }
  if (sqlite3_exec(db_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
    return db_error(db_, path_, "cannot begin");
  for (const char* sql :
       {"DELETE FROM stored_observations WHERE vintage = ?",
        "DELETE FROM vintage_measures WHERE vintage = ?", "DELETE FROM vintages WHERE id = ?"}) {
    Stmt st(db_, sql);
    if (st.ok()) st.text(1, id);
    if (!st.ok() || sqlite3_step(st.get()) != SQLITE_DONE) {
      Error e = db_error(db_, path_, "cannot remove the vintage");
      sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
      return e;
    }
  }
  if (sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
    Error e = db_error(db_, path_, "cannot commit");
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    return e;
  }
  return ok_status();
}

Result<Dataset> Store::load(std::string_view id) const {
  FARDEAU_TRY(found, find(id));
  if (!found)
    return make_error(ErrorCode::not_found, fmt::format("no imported vintage '{}'", id),
                      at_parameter("vintage"));
  VintageInfo info = found->info;
  {
    Stmt st(db_,
            "SELECT measure, indicator, scale, denominator FROM vintage_measures "
            "WHERE vintage = ? ORDER BY rowid");
    if (!st.ok()) return db_error(db_, path_, "cannot read measures");
    st.text(1, id);
    while (sqlite3_step(st.get()) == SQLITE_ROW) {
      auto m = parse_measure(st.col_text(0));
      if (!m) continue;  // a measure this build does not know
      info.measures.push_back(
          {*m, st.col_text(1), sqlite3_column_double(st.get(), 2), st.col_text(3)});
    }
  }
  Panel panel;
  Stmt st(db_, has_footnotes()
                   ? "SELECT iso3, indicator, unit, year, value, is_estimate, is_footnoted "
                     "FROM stored_observations WHERE vintage = ?"
                   : "SELECT iso3, indicator, unit, year, value, is_estimate, 0 "
                     "FROM stored_observations WHERE vintage = ?");
  if (!st.ok()) return db_error(db_, path_, "cannot read values");
  st.text(1, id);
  int rc;
  while ((rc = sqlite3_step(st.get())) == SQLITE_ROW) {
    auto col = [&](int c) {
      const auto* p = sqlite3_column_text(st.get(), c);
      return std::string_view(p ? reinterpret_cast<const char*>(p) : "",
                              static_cast<std::size_t>(sqlite3_column_bytes(st.get(), c)));
    };
    panel.add(col(0), col(1), col(2), sqlite3_column_int(st.get(), 3),
              {sqlite3_column_double(st.get(), 4), sqlite3_column_int(st.get(), 5) != 0,
               sqlite3_column_int(st.get(), 6) != 0});
  }
  if (rc != SQLITE_DONE) return db_error(db_, path_, "cannot read values");
  return Dataset(std::move(info), std::move(panel));
}

}  // namespace fardeau::io

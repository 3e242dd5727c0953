#include "io/sql_query.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <filesystem>
#include <memory>

#include <fmt/format.h>

#include "io/store.hpp"

namespace fardeau::io {
namespace {

constexpr const char* kWhere = "sql";

struct DbCloser {
  void operator()(sqlite3* db) const { sqlite3_close(db); }
};
struct StmtFinalizer {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using StmtPtr = std::unique_ptr<sqlite3_stmt, StmtFinalizer>;

using Clock = std::chrono::steady_clock;

/// What the progress handler watches; `stopped` says which budget ended the query.
struct Watch {
  enum class Stop { none, time, cancel, result };
  Clock::time_point deadline;
  const std::atomic<bool>* cancel = nullptr;
  Stop stopped = Stop::none;
};

/// SQLite calls this every kProgressOps virtual-machine steps; non-zero stops the statement
/// (SQLITE_INTERRUPT). A clock read every few thousand steps costs nothing measurable.
constexpr int kProgressOps = 4000;
int on_progress(void* p) {
  auto* w = static_cast<Watch*>(p);
  if (w->cancel && w->cancel->load(std::memory_order_relaxed)) {
    w->stopped = Watch::Stop::cancel;
    return 1;
  }
  if (Clock::now() >= w->deadline) {
    w->stopped = Watch::Stop::time;
    return 1;
  }
  return 0;
}

/// SQLite's hard heap limit is process-wide: set it for one query, restore it after.
class HeapLimit {
 public:
  explicit HeapLimit(std::int64_t bytes) : previous_(sqlite3_hard_heap_limit64(bytes)) {}
  ~HeapLimit() { sqlite3_hard_heap_limit64(previous_); }
  HeapLimit(const HeapLimit&) = delete;
  HeapLimit& operator=(const HeapLimit&) = delete;

 private:
  sqlite3_int64 previous_;
};

/// The error of a statement that failed: a passed budget names its flag, else SQLite's text.
Error failure(sqlite3* db, int rc, const Watch& w, const SqlBudget& b, std::string_view doing) {
  switch (w.stopped) {
    case Watch::Stop::cancel:
      return make_error(ErrorCode::interrupted,
                        "interrupted (Ctrl-C) before the query finished; nothing was printed",
                        kWhere);
    case Watch::Stop::time:
      return make_error(ErrorCode::limit_exceeded,
                        fmt::format("the query ran past its time budget of {} s and was stopped; "
                                    "--timeout S raises it (at most {} s)",
                                    b.timeout_s, SqlBudget::kMaxTimeoutS),
                        at_parameter("timeout"));
    case Watch::Stop::result:
    case Watch::Stop::none:
      break;
  }
  if (w.stopped == Watch::Stop::result || (rc & 0xff) == SQLITE_NOMEM ||
      (rc & 0xff) == SQLITE_TOOBIG)
    return make_error(ErrorCode::limit_exceeded,
                      fmt::format("the query needs more than its memory budget of {} MiB and was "
                                  "stopped; --memory MIB raises it ({} to {}), or select fewer "
                                  "rows (WHERE, LIMIT)",
                                  b.memory_mib, SqlBudget::kMinMemoryMib, SqlBudget::kMaxMemoryMib),
                      at_parameter("memory"));
  return make_error(ErrorCode::invalid_argument, fmt::format("{}: {}", doing, sqlite3_errmsg(db)),
                    kWhere);
}

/// Bytes a result row will cost until it is printed: its vector and cells, and what the
/// output needs per cell. The view builds a JSON node, a text cell and a CSV cell for each
/// (render/sql_view.cpp), about 400 bytes a cell plus three copies of its text (measured:
/// 1,000,000 rows of two cells peak at 990 MB), so the budget bounds the whole process.
std::size_t row_bytes(const std::vector<SqlValue>& row) {
  constexpr std::size_t kBlockHeader = 16;
  constexpr std::size_t kOutputBytesPerCell = 400;
  std::size_t n = kBlockHeader + row.capacity() * (sizeof(SqlValue) + kOutputBytesPerCell);
  for (const auto& v : row)
    if (const auto* s = std::get_if<std::string>(&v)) n += 4 * s->size();
  return n;
}

Error sql_error(sqlite3* db, std::string_view doing) {
  return make_error(ErrorCode::invalid_argument, fmt::format("{}: {}", doing, sqlite3_errmsg(db)),
                    kWhere);
}

/// Skip spaces, "-- ..." and "/* ... */" comments.
std::string_view skip_blank(std::string_view s) {
  for (;;) {
    while (!s.empty() && (std::isspace(static_cast<unsigned char>(s[0])) || s[0] == ';'))
      s.remove_prefix(1);
    if (s.starts_with("--")) {
      auto nl = s.find('\n');
      s = nl == std::string_view::npos ? std::string_view{} : s.substr(nl + 1);
    } else if (s.starts_with("/*")) {
      auto end = s.find("*/", 2);
      s = end == std::string_view::npos ? std::string_view{} : s.substr(end + 2);
    } else {
      return s;
    }
  }
}

std::string first_word(std::string_view s) {
  std::string w;
  for (char c : s) {
    if (!std::isalpha(static_cast<unsigned char>(c))) break;
    w += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return w;
}

/// Reading only: everything else (writes, ATTACH, PRAGMA, ...) is denied.
int read_only_authorizer(void*, int action, const char*, const char*, const char*, const char*) {
  switch (action) {
    case SQLITE_SELECT:
    case SQLITE_READ:
    case SQLITE_FUNCTION:
    case SQLITE_RECURSIVE:
      return SQLITE_OK;
    default:
      return SQLITE_DENY;
  }
}

/// SQLITE_DONE or SQLITE_OK on success, else the failing result code (a budget may stop it).
int load_builtin(sqlite3* db, const std::vector<DatasetPtr>& builtin) {
  const char* ddl =
      "CREATE TABLE builtin_observations(vintage TEXT NOT NULL, iso3 TEXT NOT NULL, "
      "year INTEGER NOT NULL, indicator TEXT NOT NULL, value REAL NOT NULL, "
      "is_estimate INTEGER NOT NULL, unit TEXT NOT NULL, is_footnoted INTEGER NOT NULL); "
      "BEGIN;";
  int rc = sqlite3_exec(db, ddl, nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) return rc;
  sqlite3_stmt* raw = nullptr;
  rc = sqlite3_prepare_v2(db, "INSERT INTO builtin_observations VALUES(?,?,?,?,?,?,?,?)", -1, &raw,
                          nullptr);
  StmtPtr st(raw);
  if (rc != SQLITE_OK) return rc;
  rc = SQLITE_DONE;
  for (const auto& d : builtin) {
    const std::string& id = d->info().id;
    for_each_value(d->panel(), [&](std::string_view e, std::string_view ind, std::string_view unit,
                                   int y, Observation o) {
      sqlite3_reset(st.get());
      sqlite3_bind_text(st.get(), 1, id.data(), static_cast<int>(id.size()), SQLITE_STATIC);
      sqlite3_bind_text(st.get(), 2, e.data(), static_cast<int>(e.size()), SQLITE_STATIC);
      sqlite3_bind_int(st.get(), 3, y);
      sqlite3_bind_text(st.get(), 4, ind.data(), static_cast<int>(ind.size()), SQLITE_STATIC);
      sqlite3_bind_double(st.get(), 5, o.value);
      sqlite3_bind_int(st.get(), 6, o.estimate ? 1 : 0);
      sqlite3_bind_text(st.get(), 7, unit.data(), static_cast<int>(unit.size()), SQLITE_STATIC);
      sqlite3_bind_int(st.get(), 8, o.footnote ? 1 : 0);
      if (rc == SQLITE_DONE) rc = sqlite3_step(st.get());
    });
  }
  if (rc != SQLITE_DONE) return rc;
  return sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
}

}  // namespace

Result<SqlTable> query_observations(std::string_view sql, const std::vector<DatasetPtr>& builtin,
                                    const std::string& store_path, const SqlBudget& budget) {
  std::string_view body = skip_blank(sql);
  std::string word = first_word(body);
  if (word != "SELECT" && word != "WITH")
    return make_error(ErrorCode::invalid_argument,
                      fmt::format("only a single read-only SELECT (or WITH ... SELECT) statement "
                                  "is allowed; got '{}'",
                                  word.empty() ? std::string(body.substr(0, 20)) : word),
                      kWhere);
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, nullptr);
  std::unique_ptr<sqlite3, DbCloser> db(raw);
  if (rc != SQLITE_OK) return make_error(ErrorCode::internal, "cannot open SQLite", kWhere);
  // The budget covers everything from here: loading the built-in values, the query, and
  // the rows kept for output (SQLite's heap plus the rows must stay under it).
  const std::int64_t memory_bytes = budget.memory_mib << 20;
  HeapLimit heap(memory_bytes);
  Watch watch{Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                 std::chrono::duration<double>(budget.timeout_s)),
              budget.cancel};
  sqlite3_progress_handler(db.get(), kProgressOps, on_progress, &watch);
  // No single string or blob may take more than a quarter of the budget.
  sqlite3_limit(db.get(), SQLITE_LIMIT_LENGTH,
                static_cast<int>(std::min<std::int64_t>(memory_bytes / 4, 1'000'000'000)));
  // Sorts and temporary tables in memory, under the heap limit, not in unbounded temp files.
  rc = sqlite3_exec(db.get(), "PRAGMA temp_store=MEMORY", nullptr, nullptr, nullptr);
  if (rc == SQLITE_OK) rc = load_builtin(db.get(), builtin);
  if (rc != SQLITE_OK && rc != SQLITE_DONE)
    return failure(db.get(), rc, watch, budget, "cannot load the built-in editions");

  std::string union_sql =
      "CREATE TEMP VIEW observations AS SELECT vintage, iso3, year, indicator, value, "
      "is_estimate, unit, is_footnoted FROM main.builtin_observations";
  if (std::filesystem::exists(store_path)) {
    // Opening it once through Store checks it and rolls back a hot journal; then attach
    // it read-only.
    auto check = Store::open(store_path, StoreMode::read);
    if (!check) return check.error();
    std::string uri = "file:";
    for (char c : store_path) {
      if (c == '%')
        uri += "%25";
      else if (c == '?')
        uri += "%3f";
      else if (c == '#')
        uri += "%23";
      else
        uri += c;
    }
    uri += "?mode=ro";
    sqlite3_stmt* a = nullptr;
    sqlite3_prepare_v2(db.get(), "ATTACH DATABASE ? AS store", -1, &a, nullptr);
    StmtPtr attach(a);
    if (!attach) return sql_error(db.get(), "cannot attach the store");
    sqlite3_bind_text(attach.get(), 1, uri.c_str(), -1, SQLITE_TRANSIENT);
    if (sqlite3_step(attach.get()) != SQLITE_DONE)
      return make_error(ErrorCode::io_error,
                        fmt::format("cannot attach the store: {}", sqlite3_errmsg(db.get())),
                        store_path);
    union_sql += check->has_footnotes()
                     ? " UNION ALL SELECT vintage, iso3, year, indicator, value, is_estimate, "
                       "unit, is_footnoted FROM store.stored_observations"
                     : " UNION ALL SELECT vintage, iso3, year, indicator, value, is_estimate, "
                       "unit, 0 FROM store.stored_observations";
  }
  if (sqlite3_exec(db.get(), (union_sql + "; PRAGMA query_only=1;").c_str(), nullptr, nullptr,
                   nullptr) != SQLITE_OK)
    return make_error(ErrorCode::internal, sqlite3_errmsg(db.get()), kWhere);
  sqlite3_set_authorizer(db.get(), read_only_authorizer, nullptr);

  const std::string text(sql);
  sqlite3_stmt* q = nullptr;
  const char* tail = nullptr;
  rc = sqlite3_prepare_v2(db.get(), text.c_str(), static_cast<int>(text.size()), &q, &tail);
  if (rc != SQLITE_OK) {
    sqlite3_finalize(q);
    if (watch.stopped != Watch::Stop::none || (rc & 0xff) == SQLITE_NOMEM)
      return failure(db.get(), rc, watch, budget, "query failed");
    std::string msg = sqlite3_errmsg(db.get());
    if (msg == "not authorized")
      msg = "not authorized: fardeau sql only reads the observations view";
    return make_error(ErrorCode::invalid_argument, msg, kWhere);
  }
  StmtPtr stmt(q);
  if (!stmt) return make_error(ErrorCode::invalid_argument, "empty statement", kWhere);
  if (!skip_blank(std::string_view(tail, text.c_str() + text.size() - tail)).empty())
    return make_error(ErrorCode::invalid_argument,
                      "only one statement is allowed; remove what follows the first ';'", kWhere);
  if (!sqlite3_stmt_readonly(stmt.get()))
    return make_error(ErrorCode::invalid_argument,
                      "the statement would write; fardeau sql is read-only", kWhere);
  SqlTable out;
  std::size_t kept_bytes = 0;
  const int n = sqlite3_column_count(stmt.get());
  for (int c = 0; c < n; ++c) out.columns.emplace_back(sqlite3_column_name(stmt.get(), c));
  while ((rc = sqlite3_step(stmt.get())) == SQLITE_ROW) {
    std::vector<SqlValue> row;
    row.reserve(static_cast<std::size_t>(n));
    for (int c = 0; c < n; ++c) {
      switch (sqlite3_column_type(stmt.get(), c)) {
        case SQLITE_INTEGER:
          row.emplace_back(static_cast<std::int64_t>(sqlite3_column_int64(stmt.get(), c)));
          break;
        case SQLITE_FLOAT:
          row.emplace_back(sqlite3_column_double(stmt.get(), c));
          break;
        case SQLITE_NULL:
          row.emplace_back(std::monostate{});
          break;
        default: {
          const auto* p = sqlite3_column_text(stmt.get(), c);
          row.emplace_back(
              std::string(p ? reinterpret_cast<const char*>(p) : "",
                          static_cast<std::size_t>(sqlite3_column_bytes(stmt.get(), c))));
        }
      }
    }
    // One budget for both: SQLite's heap now, and the rows kept (with the outer vector's
    // capacity, which doubles).
    kept_bytes += row_bytes(row);
    const auto used = kept_bytes + out.rows.capacity() * sizeof(std::vector<SqlValue>) +
                      static_cast<std::size_t>(sqlite3_memory_used());
    if (used > static_cast<std::size_t>(memory_bytes)) {
      watch.stopped = Watch::Stop::result;
      return failure(db.get(), SQLITE_NOMEM, watch, budget, "query failed");
    }
    out.rows.push_back(std::move(row));
  }
  if (rc != SQLITE_DONE) return failure(db.get(), rc, watch, budget, "query failed");
  return out;
}

}  // namespace fardeau::io

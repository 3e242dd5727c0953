#include "io/sql_query.hpp"

#include <sqlite3.h>

#include <cctype>
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

Status load_builtin(sqlite3* db, const std::vector<DatasetPtr>& builtin) {
  const char* ddl =
      "CREATE TABLE builtin_observations(vintage TEXT NOT NULL, iso3 TEXT NOT NULL, "
      "year INTEGER NOT NULL, indicator TEXT NOT NULL, value REAL NOT NULL, "
      "is_estimate INTEGER NOT NULL, unit TEXT NOT NULL, is_footnoted INTEGER NOT NULL); "
      "BEGIN;";
  if (sqlite3_exec(db, ddl, nullptr, nullptr, nullptr) != SQLITE_OK)
    return make_error(ErrorCode::internal, sqlite3_errmsg(db), kWhere);
  sqlite3_stmt* raw = nullptr;
  sqlite3_prepare_v2(db, "INSERT INTO builtin_observations VALUES(?,?,?,?,?,?,?,?)", -1, &raw,
                     nullptr);
  StmtPtr st(raw);
  if (!st) return make_error(ErrorCode::internal, sqlite3_errmsg(db), kWhere);
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
      sqlite3_step(st.get());
    });
  }
  if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
    return make_error(ErrorCode::internal, sqlite3_errmsg(db), kWhere);
  return ok_status();
}

}  // namespace

Result<SqlTable> query_observations(std::string_view sql, const std::vector<DatasetPtr>& builtin,
                                    const std::string& store_path) {
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
  auto st = load_builtin(db.get(), builtin);
  if (!st) return st.error();

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
  if (sqlite3_prepare_v2(db.get(), text.c_str(), static_cast<int>(text.size()), &q, &tail) !=
      SQLITE_OK) {
    sqlite3_finalize(q);
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
    out.rows.push_back(std::move(row));
  }
  if (rc != SQLITE_DONE) return sql_error(db.get(), "query failed");
  return out;
}

}  // namespace fardeau::io

// `fardeau sql`: the rows of a read-only query, as they come. The columns are the result
// set's, known only at run time: one Column a result column, emitted like every view's.
#include <algorithm>
#include <cmath>
#include <string>
#include <variant>
#include <vector>

#include <fmt/format.h>

#include "render/columns.hpp"
#include "render/json_common.hpp"
#include "render/number_format.hpp"
#include "render/store_views.hpp"

namespace fardeau::render {
namespace {

using json = nlohmann::ordered_json;
using Row = std::vector<io::SqlValue>;

json value_json(const io::SqlValue& v) {
  if (const auto* i = std::get_if<std::int64_t>(&v)) return *i;
  if (const auto* x = std::get_if<double>(&v)) return std::isfinite(*x) ? json(*x) : json(nullptr);
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  return nullptr;
}

// Table and CSV alike: integers as written, reals in shortest form ("inf" too), NULL empty.
std::string value_text(const io::SqlValue& v) {
  if (const auto* i = std::get_if<std::int64_t>(&v)) return std::to_string(*i);
  if (const auto* x = std::get_if<double>(&v)) return csv_number(*x);
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  return "";
}

bool is_number(const io::SqlValue& v) {
  return std::holds_alternative<std::int64_t>(v) || std::holds_alternative<double>(v);
}

// A column is right-aligned when any of its values is a number (SQLite types values, not
// columns).
Columns<Row> result_columns(const io::SqlTable& t) {
  Columns<Row> cols;
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    const bool numbers =
        std::any_of(t.rows.begin(), t.rows.end(), [c](const Row& r) { return is_number(r[c]); });
    cols.push_back({.id = t.columns[c],
                    .en = t.columns[c],
                    .fr = t.columns[c],
                    .value = [c](const Row& r) { return value_json(r[c]); },
                    .cell = [c](const Row& r, Lang) { return value_text(r[c]); },
                    .align = numbers ? Align::right : Align::left,
                    .csv = [c](const Row& r) { return value_text(r[c]); }});
  }
  return cols;
}

}  // namespace

Rendered view(const service::SqlResult& res, Lang lang) {
  const auto& t = res.table;
  const Columns<Row> columns = result_columns(t);
  // No single vintage: rows name theirs when the query selects the vintage column.
  Rendered out;
  out.json["command"] = "sql";
  out.json["schema_version"] = kJsonSchemaVersion;
  out.json["query"] = {{"sql", res.query.sql}, {"db", res.query.db_path}};
  out.json["columns"] = t.columns;
  out.json["rows"] = json_rows(columns, t.rows);
  csv_rows(out.csv, columns, t.rows);
  out.doc.title = fmt::format("SQL ({} {})", t.rows.size(), tr(lang, "rows", "lignes"));
  Block b{"", {}, {}, {}};
  b.tables.push_back(text_table(columns, t.rows, lang));
  out.doc.blocks.push_back(std::move(b));
  out.doc.source = tr(lang, "Source: the observations view (built-in and imported editions)",
                      "Source : la vue observations (éditions intégrées et importées)");
  return out;
}

}  // namespace fardeau::render

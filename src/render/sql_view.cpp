// `fardeau sql`: the rows of a read-only query, as they come.
#include <fmt/format.h>

#include "render/json_common.hpp"
#include "render/number_format.hpp"
#include "render/store_views.hpp"

namespace fardeau::render {

Rendered view(const service::SqlResult& res, Lang lang) {
  using json = nlohmann::ordered_json;
  const auto& t = res.table;
  Rendered out;
  // No single vintage: rows name theirs when the query selects the vintage column.
  json j;
  j["command"] = "sql";
  j["schema_version"] = kJsonSchemaVersion;
  j["query"] = {{"sql", res.query.sql}, {"db", res.query.db_path}};
  j["columns"] = t.columns;
  json rows = json::array();
  TextTable tt{t.columns, std::vector<bool>(t.columns.size(), false), {}};
  out.csv.headers = t.columns;
  for (const auto& r : t.rows) {
    json row = json::object();
    std::vector<std::string> text, csv;
    for (std::size_t c = 0; c < r.size(); ++c) {
      const auto& v = r[c];
      if (std::holds_alternative<std::int64_t>(v)) {
        auto i = std::get<std::int64_t>(v);
        row[t.columns[c]] = i;
        text.push_back(std::to_string(i));
        csv.push_back(std::to_string(i));
        tt.right_align[c] = true;
      } else if (std::holds_alternative<double>(v)) {
        double x = std::get<double>(v);
        row[t.columns[c]] = std::isfinite(x) ? json(x) : json(nullptr);
        text.push_back(csv_number(x));
        csv.push_back(csv_number(x));
        tt.right_align[c] = true;
      } else if (std::holds_alternative<std::string>(v)) {
        row[t.columns[c]] = std::get<std::string>(v);
        text.push_back(std::get<std::string>(v));
        csv.push_back(std::get<std::string>(v));
      } else {
        row[t.columns[c]] = nullptr;
        text.push_back("");
        csv.push_back("");
      }
    }
    rows.push_back(std::move(row));
    tt.rows.push_back(std::move(text));
    out.csv.rows.push_back(std::move(csv));
  }
  j["rows"] = std::move(rows);
  out.json = std::move(j);
  out.doc.title = fmt::format("SQL ({} {})", t.rows.size(), tr(lang, "rows", "lignes"));
  Block b{"", {}, {}, {}};
  b.tables.push_back(std::move(tt));
  out.doc.blocks.push_back(std::move(b));
  out.doc.source = tr(lang, "Source: the observations view (built-in and imported editions)",
                      "Source : la vue observations (éditions intégrées et importées)");
  return out;
}

}  // namespace fardeau::render

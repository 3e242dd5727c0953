// `fardeau import` and `fardeau vintages remove`: what the store now holds.
#include <fmt/format.h>

#include "render/json_common.hpp"
#include "render/number_format.hpp"
#include "render/store_views.hpp"

namespace fardeau::render {

Rendered view(const service::ImportResult& res, Lang lang) {
  using json = nlohmann::ordered_json;
  const auto& s = res.stored;
  const auto& v = s.info;
  Rendered out;
  json q = {{"file", s.file_name}, {"source", s.source_format}, {"id", v.id}, {"db", res.db_path}};
  json j = envelope("import", v, q);
  j["imported"] = res.inserted;
  j["status"] = res.inserted ? "imported" : "already-imported";
  j["source"] = s.source_format;
  j["file"] = s.file_name;
  j["sha256"] = s.file_sha256;
  j["imported_at"] = s.imported_at;
  j["db"] = res.db_path;
  j["values"] = res.values;
  j["stored_values"] = s.row_count;
  j["countries"] = res.countries;
  j["first_year"] = res.first_year;
  j["last_year"] = res.last_year;
  j["indicators"] = res.indicators;
  out.json = std::move(j);

  out.csv.headers = {"vintage", "status",    "source",     "file",      "sha256",    "imported_at",
                     "values",  "countries", "first_year", "last_year", "indicators"};
  std::string inds;
  for (const auto& i : res.indicators) inds += (inds.empty() ? "" : " ") + i;
  out.csv.rows.push_back({v.id, res.inserted ? "imported" : "already-imported", s.source_format,
                          s.file_name, s.file_sha256, s.imported_at, std::to_string(res.values),
                          std::to_string(res.countries), std::to_string(res.first_year),
                          std::to_string(res.last_year), inds});

  Doc& d = out.doc;
  d.title =
      res.inserted
          ? fmt::format("{} {}", tr(lang, "Imported", "Importé :"), v.id)
          : fmt::format(
                "{} {}",
                tr(lang, "Already imported, nothing changed:", "Déjà importé, rien n'a changé :"),
                v.id);
  Block b{"", {}, {}, {}};
  b.facts = {{tr(lang, "File", "Fichier"), s.file_name},
             {tr(lang, "Source", "Source"), s.source_format},
             {"SHA-256", s.file_sha256},
             {tr(lang, "Values", "Valeurs"), number(static_cast<double>(res.values), 0, lang)},
             {tr(lang, "Countries", "Pays"), std::to_string(res.countries)},
             {tr(lang, "Years", "Années"), fmt::format("{}-{}", res.first_year, res.last_year)},
             {tr(lang, "Indicators", "Indicateurs"), std::to_string(res.indicators.size())},
             {tr(lang, "Imported at", "Importé le"), s.imported_at},
             {tr(lang, "Store", "Base"), res.db_path}};
  if (!res.inserted)
    b.notes.push_back(
        tr(lang, "The same file (same SHA-256) is already in the store; it was not imported again.",
           "Le même fichier (même SHA-256) est déjà dans la base ; il n'a pas été réimporté."));
  d.blocks.push_back(std::move(b));
  d.source = source_line(v, lang);
  return out;
}

Rendered view(const service::RemoveResult& res, Lang lang) {
  using json = nlohmann::ordered_json;
  const auto& s = res.removed;
  Rendered out;
  json j = envelope("vintages remove", s.info, json{{"id", s.info.id}, {"db", res.db_path}});
  j["removed"] = s.info.id;
  j["file"] = s.file_name;
  j["values"] = s.row_count;
  j["db"] = res.db_path;
  out.json = std::move(j);
  out.csv.headers = {"vintage", "status", "file", "values"};
  out.csv.rows.push_back({s.info.id, "removed", s.file_name, std::to_string(s.row_count)});
  out.doc.title = fmt::format("{} {}", tr(lang, "Removed", "Supprimé :"), s.info.id);
  out.doc.blocks.push_back(
      {"",
       {{tr(lang, "File", "Fichier"), s.file_name},
        {tr(lang, "Values", "Valeurs"), number(static_cast<double>(s.row_count), 0, lang)},
        {tr(lang, "Store", "Base"), res.db_path}},
       {},
       {}});
  out.doc.source = source_line(s.info, lang);
  return out;
}

}  // namespace fardeau::render

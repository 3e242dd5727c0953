// `fardeau import` and `fardeau vintages remove`: what the store now holds.
#include <algorithm>

#include <fmt/format.h>

#include "render/json_common.hpp"
#include "render/number_format.hpp"
#include "render/store_views.hpp"

namespace fardeau::render {

namespace {

std::string years_list(const std::vector<int>& years) {
  std::string out;
  for (int y : years) out += (out.empty() ? "" : ", ") + std::to_string(y);
  return out;
}

std::string joined(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : std::string(sep)) + i;
  return out;
}

/// "32 countries and 2 aggregates" / "32 pays et 2 agrégats".
std::string entities_phrase(const service::ImportResult& res, Lang lang) {
  const std::size_t aggregates = res.entities.size() - std::min(res.entities.size(), res.countries);
  std::string s = fmt::format("{} {}", res.countries, tr(lang, "countries", "pays"));
  if (aggregates)
    s += fmt::format(" {} {} {}", tr(lang, "and", "et"), aggregates,
                     tr(lang, aggregates == 1 ? "aggregate" : "aggregates",
                        aggregates == 1 ? "agrégat" : "agrégats"));
  return s;
}

std::string summary_line(const service::ImportResult& res, Lang lang) {
  const auto& s = res.stored;
  std::string years = fmt::format("{}-{}", res.first_year, res.last_year);
  if (!res.estimate_years.empty())
    years += fmt::format(" ({} {})", tr(lang, "estimates:", "estimations :"),
                         years_list(res.estimate_years));
  std::string what =
      fmt::format("{} {}, {}, {}, {} {}", number(static_cast<double>(res.values), 0, lang),
                  tr(lang, "values", "valeurs"), entities_phrase(res, lang), years,
                  res.indicators.size(), tr(lang, "indicators", "indicateurs"));
  if (res.dry_run)
    return fmt::format("{} {}: {} {} {}",
                       tr(lang, "Dry run, nothing written:", "Essai à blanc, rien n'est écrit :"),
                       s.info.id, what, tr(lang, "read from", "lus dans"), s.file_name);
  if (!res.inserted)
    return fmt::format(
        "{} {} ({} {})",
        tr(lang, "Already imported, nothing changed:", "Déjà importé, rien n'a changé :"),
        s.info.id, tr(lang, "same SHA-256 as", "même SHA-256 que"), s.file_name);
  return fmt::format("{} {}: {} {} {} {} {}", tr(lang, "Imported", "Importé :"), s.info.id, what,
                     tr(lang, "from", "depuis"), s.file_name, tr(lang, "into", "dans"),
                     res.db_path);
}

}  // namespace

Rendered view(const service::ImportResult& res, Lang lang) {
  using json = nlohmann::ordered_json;
  const auto& s = res.stored;
  const auto& v = s.info;
  const auto& rep = res.report;
  Rendered out;
  json q = {{"file", s.file_name},
            {"source", s.source_format},
            {"id", v.id},
            {"db", res.db_path},
            {"dry_run", res.dry_run}};
  json j = envelope("import", v, q);
  j["dry_run"] = res.dry_run;
  j["imported"] = res.inserted;
  j["status"] = res.dry_run ? "dry-run" : res.inserted ? "imported" : "already-imported";
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
  j["estimate_years"] = res.estimate_years;
  j["base_year"] = v.base_year;
  j["indicators"] = res.indicators;
  j["entities"] = res.entities;
  j["footnoted"] = res.footnoted;
  json sheets = json::array();
  for (const auto& sh : rep.sheets)
    sheets.push_back({{"sheet", sh.name},
                      {"table", sh.table.empty() ? json(nullptr) : json(sh.table)},
                      {"imported", sh.imported},
                      {"note", sh.note}});
  j["sheets"] = std::move(sheets);
  json blocks = json::array();
  for (const auto& b : rep.blocks)
    blocks.push_back({{"sheet", b.sheet},
                      {"title", b.title},
                      {"where", b.where},
                      {"indicator", b.indicator},
                      {"unit", b.unit},
                      {"base_year", b.base_year ? json(b.base_year) : json(nullptr)},
                      {"rows", b.rows},
                      {"values", b.values},
                      {"first_year", b.first_year},
                      {"last_year", b.last_year},
                      {"estimate_years", b.estimate_years}});
  j["blocks"] = std::move(blocks);
  json skipped = json::array();
  for (const auto& k : rep.skipped) skipped.push_back({{"where", k.where}, {"why", k.why}});
  j["skipped"] = std::move(skipped);
  out.json = std::move(j);

  out.csv.headers = {"vintage", "status",    "source",     "file",      "sha256",    "imported_at",
                     "values",  "countries", "first_year", "last_year", "indicators"};
  out.csv.rows.push_back({v.id,
                          res.dry_run    ? "dry-run"
                          : res.inserted ? "imported"
                                         : "already-imported",
                          s.source_format, s.file_name, s.file_sha256, s.imported_at,
                          std::to_string(res.values), std::to_string(res.countries),
                          std::to_string(res.first_year), std::to_string(res.last_year),
                          joined(res.indicators, " ")});

  Doc& d = out.doc;
  d.title = summary_line(res, lang);
  if (!res.dry_run) return out;  // one line; skipped cells go to stderr as warnings

  Block facts{"", {}, {}, {}};
  facts.facts = {
      {tr(lang, "File", "Fichier"), s.file_name},
      {tr(lang, "Source", "Source"), s.source_format},
      {"SHA-256", s.file_sha256},
      {tr(lang, "Vintage id", "Identifiant d'édition"), v.id},
      {tr(lang, "Price base", "Base de prix"),
       v.base_year ? std::to_string(v.base_year) : tr(lang, "none", "aucune")},
      {tr(lang, "Years", "Années"), fmt::format("{}-{}", res.first_year, res.last_year)},
      {tr(lang, "Estimates", "Estimations"),
       res.estimate_years.empty() ? tr(lang, "none", "aucune") : years_list(res.estimate_years)},
      {tr(lang, "Allies and aggregates", "Alliés et agrégats"),
       entities_phrase(res, lang) + ": " + joined(res.entities, " ")},
      {tr(lang, "Footnote '*'", "Note « * »"),
       res.footnoted.empty() ? tr(lang, "none", "aucune") : joined(res.footnoted, " ")}};
  d.blocks.push_back(std::move(facts));
  if (!rep.sheets.empty()) {
    Block b{tr(lang, "Sheets", "Feuilles"), {}, {}, {}};
    TextTable t{{tr(lang, "sheet", "feuille"), tr(lang, "table", "tableau"),
                 tr(lang, "imported", "importée"), tr(lang, "what", "contenu")},
                {},
                {}};
    for (const auto& sh : rep.sheets)
      t.rows.push_back({sh.name, sh.table,
                        sh.imported ? tr(lang, "yes", "oui") : tr(lang, "no", "non"), sh.note});
    b.tables.push_back(std::move(t));
    d.blocks.push_back(std::move(b));
  }
  if (!rep.blocks.empty()) {
    Block b{tr(lang, "Blocks", "Blocs"), {}, {}, {}};
    TextTable t{
        {tr(lang, "sheet", "feuille"), tr(lang, "title", "titre"), tr(lang, "cell", "cellule"),
         tr(lang, "indicator", "indicateur"), tr(lang, "base", "base"), tr(lang, "rows", "lignes"),
         tr(lang, "values", "valeurs"), tr(lang, "years", "années")},
        {false, false, false, false, true, true, true, false},
        {}};
    for (const auto& bl : rep.blocks) {
      std::string cell = bl.where.substr(
          bl.where.rfind('!') == std::string::npos ? bl.where.size() : bl.where.rfind('!') + 1);
      std::string years = fmt::format("{}-{}", bl.first_year, bl.last_year);
      if (!bl.estimate_years.empty()) years += " (" + years_list(bl.estimate_years) + " e)";
      t.rows.push_back({bl.sheet, bl.title, cell, bl.indicator,
                        bl.base_year ? std::to_string(bl.base_year) : "", std::to_string(bl.rows),
                        std::to_string(bl.values), years});
    }
    b.tables.push_back(std::move(t));
    d.blocks.push_back(std::move(b));
  }
  Block sk{tr(lang, "Skipped", "Ignoré"), {}, {}, {}};
  if (rep.skipped.empty())
    sk.notes.push_back(tr(lang, "nothing", "rien"));
  else {
    TextTable t{{tr(lang, "where", "où"), tr(lang, "why", "pourquoi")}, {}, {}};
    for (const auto& k : rep.skipped) t.rows.push_back({k.where, k.why});
    sk.tables.push_back(std::move(t));
  }
  d.blocks.push_back(std::move(sk));
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

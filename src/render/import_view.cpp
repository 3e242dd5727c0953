// `fardeau import` and `fardeau vintages remove`: what the store now holds.
#include <algorithm>
#include <span>

#include <fmt/format.h>

#include "render/columns.hpp"
#include "render/json_common.hpp"
#include "render/number_format.hpp"
#include "render/store_views.hpp"

namespace fardeau::render {

namespace {

using json = nlohmann::ordered_json;

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

Columns<io::FoundSheet> sheet_columns() {
  using S = io::FoundSheet;
  return {
      {.id = "sheet",
       .en = "sheet",
       .fr = "feuille",
       .value = [](const S& s) -> json { return s.name; },
       .cell = [](const S& s, Lang) { return s.name; },
       .align = Align::left},
      {.id = "table",
       .en = "table",
       .fr = "tableau",
       .value = [](const S& s) -> json { return s.table.empty() ? json(nullptr) : json(s.table); },
       .cell = [](const S& s, Lang) { return s.table; },
       .align = Align::left},
      {.id = "imported",
       .en = "imported",
       .fr = "importée",
       .value = [](const S& s) -> json { return s.imported; },
       .cell =
           [](const S& s, Lang l) {
             return std::string(tr(l, s.imported ? "yes" : "no", s.imported ? "oui" : "non"));
           },
       .align = Align::left},
      {.id = "note",
       .en = "what",
       .fr = "contenu",
       .value = [](const S& s) -> json { return s.note; },
       .cell = [](const S& s, Lang) { return s.note; },
       .align = Align::left}};
}

Columns<io::FoundBlock> block_columns() {
  using B = io::FoundBlock;
  auto text = [](std::string B::*field) {
    return [field](const B& b) -> json { return b.*field; };
  };
  auto text_cell = [](std::string B::*field) {
    return [field](const B& b, Lang) { return b.*field; };
  };
  return {
      {.id = "sheet",
       .en = "sheet",
       .fr = "feuille",
       .value = text(&B::sheet),
       .cell = text_cell(&B::sheet),
       .align = Align::left},
      {.id = "title",
       .en = "title",
       .fr = "titre",
       .value = text(&B::title),
       .cell = text_cell(&B::title),
       .align = Align::left},
      {.id = "where", .value = text(&B::where)},
      {.en = "cell",
       .fr = "cellule",
       .cell =
           [](const B& b, Lang) {
             const auto bang = b.where.rfind('!');
             return b.where.substr(bang == std::string::npos ? b.where.size() : bang + 1);
           },
       .align = Align::left,
       .machine = Machine::none},
      {.id = "indicator",
       .en = "indicator",
       .fr = "indicateur",
       .value = text(&B::indicator),
       .cell = text_cell(&B::indicator),
       .align = Align::left},
      {.id = "unit", .value = text(&B::unit)},
      {.id = "base_year",
       .en = "base",
       .fr = "base",
       .value = [](const B& b) -> json { return b.base_year ? json(b.base_year) : json(nullptr); },
       .cell = [](const B& b, Lang) { return b.base_year ? std::to_string(b.base_year) : ""; }},
      {.id = "rows",
       .en = "rows",
       .fr = "lignes",
       .value = [](const B& b) -> json { return b.rows; },
       .cell = [](const B& b, Lang) { return std::to_string(b.rows); }},
      {.id = "values",
       .en = "values",
       .fr = "valeurs",
       .value = [](const B& b) -> json { return b.values; },
       .cell = [](const B& b, Lang) { return std::to_string(b.values); }},
      {.id = "first_year", .value = [](const B& b) -> json { return b.first_year; }},
      {.id = "last_year", .value = [](const B& b) -> json { return b.last_year; }},
      {.id = "estimate_years", .value = [](const B& b) -> json { return b.estimate_years; }},
      {.en = "years",
       .fr = "années",
       .cell =
           [](const B& b, Lang) {
             std::string years = fmt::format("{}-{}", b.first_year, b.last_year);
             if (!b.estimate_years.empty()) years += " (" + years_list(b.estimate_years) + " e)";
             return years;
           },
       .align = Align::left,
       .machine = Machine::none}};
}

Columns<io::SkippedCell> skipped_columns() {
  using K = io::SkippedCell;
  return {{.id = "where",
           .en = "where",
           .fr = "où",
           .value = [](const K& k) -> json { return k.where; },
           .cell = [](const K& k, Lang) { return k.where; },
           .align = Align::left},
          {.id = "why",
           .en = "why",
           .fr = "pourquoi",
           .value = [](const K& k) -> json { return k.why; },
           .cell = [](const K& k, Lang) { return k.why; },
           .align = Align::left}};
}

const char* status_id(const service::ImportResult& res) {
  return res.dry_run ? "dry-run" : res.inserted ? "imported" : "already-imported";
}

/// The CSV: one line, the import's summary.
Columns<service::ImportResult> summary_columns() {
  using R = service::ImportResult;
  auto num = [](auto get) { return [get](const R& r) -> json { return get(r); }; };
  return {{.id = "vintage", .value = num([](const R& r) { return r.stored.info.id; })},
          {.id = "status", .value = num(status_id)},
          {.id = "source", .value = num([](const R& r) { return r.stored.source_format; })},
          {.id = "file", .value = num([](const R& r) { return r.stored.file_name; })},
          {.id = "sha256", .value = num([](const R& r) { return r.stored.file_sha256; })},
          {.id = "imported_at", .value = num([](const R& r) { return r.stored.imported_at; })},
          {.id = "values", .value = num([](const R& r) { return r.values; })},
          {.id = "countries", .value = num([](const R& r) { return r.countries; })},
          {.id = "first_year", .value = num([](const R& r) { return r.first_year; })},
          {.id = "last_year", .value = num([](const R& r) { return r.last_year; })},
          {.id = "indicators", .value = num([](const R& r) { return joined(r.indicators, " "); })}};
}

json import_json(const service::ImportResult& res) {
  const auto& s = res.stored;
  const auto& v = s.info;
  json q = {{"file", s.file_name},
            {"source", s.source_format},
            {"id", v.id},
            {"db", res.db_path},
            {"dry_run", res.dry_run}};
  json j = envelope("import", v, q);
  j["dry_run"] = res.dry_run;
  j["imported"] = res.inserted;
  j["status"] = status_id(res);
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
  j["sheets"] = json_rows(sheet_columns(), res.report.sheets);
  j["blocks"] = json_rows(block_columns(), res.report.blocks);
  j["skipped"] = json_rows(skipped_columns(), res.report.skipped);
  return j;
}

Block import_facts(const service::ImportResult& res, Lang lang) {
  const auto& s = res.stored;
  Block facts{"", {}, {}, {}};
  facts.facts = {
      {tr(lang, "File", "Fichier"), s.file_name},
      {tr(lang, "Source", "Source"), s.source_format},
      {"SHA-256", s.file_sha256},
      {tr(lang, "Vintage id", "Identifiant d'édition"), s.info.id},
      {tr(lang, "Price base", "Base de prix"),
       s.info.base_year ? std::to_string(s.info.base_year) : tr(lang, "none", "aucune")},
      {tr(lang, "Years", "Années"), fmt::format("{}-{}", res.first_year, res.last_year)},
      {tr(lang, "Estimates", "Estimations"),
       res.estimate_years.empty() ? tr(lang, "none", "aucune") : years_list(res.estimate_years)},
      {tr(lang, "Allies and aggregates", "Alliés et agrégats"),
       entities_phrase(res, lang) + ": " + joined(res.entities, " ")},
      {tr(lang, "Footnote '*'", "Note « * »"),
       res.footnoted.empty() ? tr(lang, "none", "aucune") : joined(res.footnoted, " ")}};
  return facts;
}

}  // namespace

Rendered view(const service::ImportResult& res, Lang lang) {
  const auto& rep = res.report;
  Rendered out;
  out.json = import_json(res);
  csv_rows(out.csv, summary_columns(), std::span<const service::ImportResult>(&res, 1));
  Doc& d = out.doc;
  d.title = summary_line(res, lang);
  if (!res.dry_run) return out;  // one line; skipped cells go to stderr as warnings

  d.blocks.push_back(import_facts(res, lang));
  if (!rep.sheets.empty())
    d.blocks.push_back(
        {tr(lang, "Sheets", "Feuilles"), {}, {text_table(sheet_columns(), rep.sheets, lang)}, {}});
  if (!rep.blocks.empty())
    d.blocks.push_back(
        {tr(lang, "Blocks", "Blocs"), {}, {text_table(block_columns(), rep.blocks, lang)}, {}});
  Block sk{tr(lang, "Skipped", "Ignoré"), {}, {}, {}};
  if (rep.skipped.empty())
    sk.notes.push_back(tr(lang, "nothing", "rien"));
  else
    sk.tables.push_back(text_table(skipped_columns(), rep.skipped, lang));
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

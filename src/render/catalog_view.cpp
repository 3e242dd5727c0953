// `fardeau allies`, `series`, `indicators`, `vintages`: what the data holds.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "render/columns.hpp"
#include "render/json_common.hpp"
#include "render/number_format.hpp"
#include "render/views.hpp"

namespace fardeau::render {

using json = nlohmann::ordered_json;

namespace {

Columns<service::AllyRow> ally_columns(const service::AlliesResult& res) {
  using R = service::AllyRow;
  Columns<R> cols{
      csv_constant<R>("vintage", res.vintage.id),
      {.id = "iso3",
       .en = "ISO3",
       .fr = "ISO3",
       .value = [](const R& r) -> json { return r.ally->iso3; },
       .cell = [](const R& r, Lang) { return r.ally->iso3; },
       .align = Align::left},
      {.id = "name",
       .en = "Ally",
       .fr = "Allié",
       .cell = [](const R& r, Lang l) { return ally_name(*r.ally, l); },
       .align = Align::left,
       .machine = Machine::none},
      {.id = "iso2", .value = [](const R& r) -> json { return r.ally->iso2; }},
      {.id = "nato_code",
       .value = [](const R& r) -> json { return r.ally->nato_code; },
       .machine = Machine::json},
      {.id = "name_en", .value = [](const R& r) -> json { return r.ally->name_en; }},
      {.id = "name_fr", .value = [](const R& r) -> json { return r.ally->name_fr; }},
      {.id = "accession_date",
       .en = "Accession",
       .fr = "Adhésion",
       .value = [](const R& r) -> json { return r.ally->accession_date; },
       .cell = [](const R& r, Lang) { return r.ally->accession_date; },
       .align = Align::left},
      {.id = "accession_year", .value = [](const R& r) -> json { return r.ally->accession_year; }},
      {.id = "founding_member",
       .value = [](const R& r) -> json { return r.ally->founding_member; },
       .machine = Machine::json},
      {.id = "has_armed_forces",
       .en = "Armed forces",
       .fr = "Forces armées",
       .value = [](const R& r) -> json { return r.ally->has_armed_forces; },
       .cell = [](const R& r, Lang l) { return yes_no(r.ally->has_armed_forces, l); },
       .align = Align::left},
      {.id = "member", .value = [](const R& r) -> json { return r.member; }},
      {.id = "reporting",
       .en = "Reporting",
       .fr = "Déclarant",
       .value = [](const R& r) -> json { return r.reporting; },
       .cell = [](const R& r, Lang l) { return yes_no(r.reporting, l); },
       .align = Align::left}};
  // Every format lists the same rows (the service's); with --all, the allies that were not
  // members that year are among them, so the table says which are.
  if (res.query.all)
    cols.push_back({.id = "member",
                    .en = "Member",
                    .fr = "Membre",
                    .cell = [](const R& r, Lang l) { return yes_no(r.member, l); },
                    .align = Align::left,
                    .machine = Machine::none});
  return cols;
}

}  // namespace

Rendered view(const service::AlliesResult& res, Lang lang) {
  const auto& v = res.vintage;
  json q = {{"vintage", v.id},
            {"year", res.query.year ? json(*res.query.year) : json(nullptr)},
            {"membership", to_string(res.query.scope.membership)},
            {"all", res.query.all}};
  json j = envelope("allies", v, q);
  j["year"] = res.query.year ? json(*res.query.year) : json(nullptr);
  j["members"] = res.members;
  const auto cols = ally_columns(res);
  Rendered out = table_view(std::move(j), "rows", cols, res.rows);
  out.doc.title = res.query.year ? fmt::format("{} {} ({})", tr(lang, "Allies in", "Alliés en"),
                                               *res.query.year, v.id)
                                 : fmt::format("{} ({})", tr(lang, "Allies", "Alliés"), v.id);
  Block b{"",
          {{tr(lang, "Members", "Membres"), std::to_string(res.members)}},
          {text_table(cols, res.rows, lang)},
          {}};
  out.doc.blocks.push_back(std::move(b));
  out.doc.source = source_line(v, lang);
  return out;
}

namespace {

std::string line_name(const service::SeriesLine& l, Lang lang) {
  return lang == Lang::fr ? l.name_fr : l.name_en;
}

/// A value as the table shows it: more decimals for small magnitudes.
std::string series_number(double value, Lang lang) {
  const double mag = std::fabs(value);
  int decimals = mag >= 1000 ? 0 : mag >= 10 ? 1 : 2;
  if (mag != 0 && mag < 0.01) decimals = 6;
  return number(value, decimals, lang);
}

json series_points(const service::SeriesLine& line) {
  json pts = json::array();
  for (const auto& p : line.points) {
    pts.push_back({{"year", p.year}, {"value", p.obs.value}, {"estimate", p.obs.estimate}});
    if (p.change_pct) pts.back()["change_pct"] = opt(p.change_pct, 6);
  }
  return pts;
}

/// A CSV row of series: one entity's value in one year.
struct SeriesCsvRow {
  const service::SeriesLine* line;
  const service::SeriesPoint* point;
};

/// One row per entity and year (the same columns for one entity or several).
Columns<SeriesCsvRow> series_csv_columns(const service::SeriesResult& res) {
  using R = SeriesCsvRow;
  Columns<R> cols{
      csv_constant<R>("vintage", res.vintage.id),
      {.id = "iso3", .value = [](const R& r) -> json { return r.line->iso3; }},
      csv_constant<R>("indicator", res.indicator),
      {.id = "year", .value = [](const R& r) -> json { return r.point->year; }},
      {.id = "value", .value = [](const R& r) -> json { return r.point->obs.value; }},
      {.id = "estimate", .value = [](const R& r) -> json { return r.point->obs.estimate; }},
      csv_constant<R>("unit", res.unit)};
  if (res.query.change_from) {
    cols.push_back(csv_constant<R>("change_from", *res.query.change_from));
    cols.push_back(
        {.id = "change_pct", .value = [](const R& r) { return opt(r.point->change_pct, 6); }});
  }
  return cols;
}

void series_csv(const service::SeriesResult& res, CsvTable& csv) {
  std::vector<SeriesCsvRow> rows;
  for (const auto& line : res.lines)
    for (const auto& p : line.points) rows.push_back({&line, &p});
  csv_rows(csv, series_csv_columns(res), rows);
}

std::string change_header(int year, Lang lang) {
  return fmt::format("{} {} (%)", tr(lang, "Change from", "Variation depuis"), year);
}

/// One entity: a year a row, its value, the estimate mark and the % change with change_from.
Columns<service::SeriesPoint> one_line_columns(const service::SeriesResult& res, Lang lang) {
  using R = service::SeriesPoint;
  Columns<R> cols{{.id = "year",
                   .en = "Year",
                   .fr = "Année",
                   .cell = [](const R& p, Lang) { return std::to_string(p.year); }},
                  {.id = "value",
                   .en = "Value",
                   .fr = "Valeur",
                   .cell = [](const R& p, Lang l) { return series_number(p.obs.value, l); }},
                  {.id = "estimate",
                   .cell = [](const R& p, Lang) { return est_mark(p.obs.estimate); },
                   .align = Align::left}};
  if (res.query.change_from)
    cols.push_back({.id = "change_pct",
                    .en = change_header(*res.query.change_from, lang),
                    .fr = change_header(*res.query.change_from, lang),
                    .cell = [](const R& p, Lang l) {
                      return p.change_pct ? number(*p.change_pct, 1, l) : std::string();
                    }});
  return cols;
}

/// Several entities: a year a row, an entity a column (the % change with change_from); the
/// entities are known at run time, so are the columns.
Columns<int> wide_columns(const service::SeriesResult& res, Lang lang) {
  Columns<int> cols{{.id = "year",
                     .en = tr(lang, "Year", "Année"),
                     .fr = tr(lang, "Year", "Année"),
                     .cell = [](const int& y, Lang) { return std::to_string(y); }}};
  for (const auto& line : res.lines) {
    const std::string name = line_name(line, lang);
    cols.push_back(
        {.id = line.iso3, .en = name, .fr = name, .cell = [&line](const int& y, Lang l) {
           auto p = std::find_if(line.points.begin(), line.points.end(),
                                 [y](const service::SeriesPoint& x) { return x.year == y; });
           if (p == line.points.end()) return missing(l);
           return (p->change_pct ? number(*p->change_pct, 1, l) : series_number(p->obs.value, l)) +
                  (p->obs.estimate ? " e" : "");
         }});
  }
  return cols;
}

TextTable wide_table(const service::SeriesResult& res, Lang lang) {
  std::vector<int> years;
  for (const auto& line : res.lines)
    for (const auto& p : line.points) years.push_back(p.year);
  std::sort(years.begin(), years.end());
  years.erase(std::unique(years.begin(), years.end()), years.end());
  return text_table(wide_columns(res, lang), years, lang);
}

}  // namespace

Rendered view(const service::SeriesResult& res, Lang lang) {
  const auto& v = res.vintage;
  Rendered out;
  const bool one = res.lines.size() == 1;
  json q = {{"vintage", v.id}};
  if (one) {
    q["ally"] = res.lines[0].iso3;
  } else {
    q["allies"] = json::array();
    for (const auto& line : res.lines) q["allies"].push_back(line.iso3);
  }
  q["indicator"] = res.indicator;
  q["from"] = res.query.from ? json(*res.query.from) : json(nullptr);
  q["to"] = res.query.to ? json(*res.query.to) : json(nullptr);
  if (res.query.change_from) q["change_from"] = *res.query.change_from;
  json j = envelope("series", v, q);
  series_csv(res, out.csv);
  out.doc.source = source_line(v, lang);
  if (!one) {
    j["indicator"] = res.indicator;
    j["unit"] = res.unit;
    j["series"] = json::array();
    for (const auto& line : res.lines)
      j["series"].push_back(
          {{"iso3", line.iso3}, {"name", line_name(line, lang)}, {"points", series_points(line)}});
    out.json = std::move(j);
    out.doc.title = res.query.change_from
                        ? fmt::format("{}, {} ({})", res.indicator,
                                      change_header(*res.query.change_from, lang), v.id)
                        : fmt::format("{} ({})", res.indicator, v.id);
    out.doc.blocks.push_back(
        {"", {{tr(lang, "Unit", "Unité"), res.unit}}, {wide_table(res, lang)}, {}});
    return out;
  }
  const auto& line = res.lines[0];
  j["iso3"] = line.iso3;
  j["name"] = line_name(line, lang);
  j["indicator"] = res.indicator;
  j["unit"] = res.unit;
  j["points"] = series_points(line);
  TextTable t = text_table(one_line_columns(res, lang), line.points, lang);
  out.json = std::move(j);
  out.doc.title =
      fmt::format("{}{} {} ({})", line_name(line, lang), colon(lang), res.indicator, v.id);
  out.doc.blocks.push_back({"", {{tr(lang, "Unit", "Unité"), res.unit}}, {std::move(t)}, {}});
  return out;
}

namespace {

/// An indicator's measures (the figures it is used for), space-separated.
std::string measures_text(const service::IndicatorRow& r) {
  std::string measures;
  for (const auto& m : r.measures) measures += (measures.empty() ? "" : " ") + m;
  return measures;
}

Columns<service::IndicatorRow> indicator_columns(const service::IndicatorsResult& res) {
  using R = service::IndicatorRow;
  return {csv_constant<R>("vintage", res.vintage.id),
          {.id = "id",
           .en = "Indicator",
           .fr = "Indicateur",
           .value = [](const R& r) -> json { return r.info.id; },
           .cell = [](const R& r, Lang) { return r.info.id; },
           .align = Align::left,
           .machine = Machine::json},
          {.id = "indicator",
           .value = [](const R& r) -> json { return r.info.id; },
           .machine = Machine::csv},
          {.id = "years",
           .en = "Years",
           .fr = "Années",
           .cell = [](const R& r, Lang) { return fmt::format("{}-{}", r.first_year, r.last_year); },
           .align = Align::left,
           .machine = Machine::none},
          {.id = "unit",
           .en = "Unit",
           .fr = "Unité",
           .value = [](const R& r) -> json { return r.info.unit; },
           .cell = [](const R& r, Lang) { return r.info.unit; },
           .align = Align::left},
          {.id = "first_year", .value = [](const R& r) -> json { return r.first_year; }},
          {.id = "last_year", .value = [](const R& r) -> json { return r.last_year; }},
          {.id = "measures",
           .en = "Used as",
           .fr = "Utilisé comme",
           .value = [](const R& r) -> json { return r.measures; },
           .cell = [](const R& r, Lang) { return measures_text(r); },
           .align = Align::left,
           .csv = measures_text}};
}

}  // namespace

Rendered view(const service::IndicatorsResult& res, Lang lang) {
  const auto& v = res.vintage;
  json j = envelope("indicators", v, {{"vintage", v.id}});
  const auto cols = indicator_columns(res);
  Rendered out = table_view(std::move(j), "rows", cols, res.rows);
  out.doc.title = fmt::format("{} ({})", tr(lang, "Indicators", "Indicateurs"), v.id);
  out.doc.blocks.push_back({"", {}, {text_table(cols, res.rows, lang)}, {}});
  out.doc.source = source_line(v, lang);
  return out;
}

namespace {

/// Vintages' CSV, a row an edition. Its JSON rows are vintage_json() (the same object as
/// every envelope's "vintage") with the years, indicators and notes.
Columns<service::VintageRow> vintage_csv_columns() {
  using R = service::VintageRow;
  auto text = [](std::string VintageInfo::*field) {
    return [field](const R& r) -> json { return r.info.*field; };
  };
  return {{.id = "id", .value = text(&VintageInfo::id)},
          {.id = "publisher", .value = text(&VintageInfo::publisher)},
          {.id = "title", .value = text(&VintageInfo::title)},
          {.id = "published", .value = text(&VintageInfo::published)},
          {.id = "cutoff", .value = text(&VintageInfo::cutoff)},
          {.id = "price_basis", .value = text(&VintageInfo::price_basis)},
          {.id = "base_year",
           .value = [](const R& r) -> json {
             return r.info.base_year ? json(r.info.base_year) : json(nullptr);
           }},
          {.id = "first_year", .value = [](const R& r) -> json { return r.first_year; }},
          {.id = "last_year", .value = [](const R& r) -> json { return r.last_year; }},
          {.id = "definition", .value = text(&VintageInfo::definition)},
          {.id = "builtin", .value = [](const R& r) -> json { return r.info.builtin; }}};
}

}  // namespace

Rendered view(const service::VintagesResult& res, Lang lang) {
  Rendered out;
  json j;
  j["command"] = "vintages";
  j["schema_version"] = kJsonSchemaVersion;
  j["default"] = res.default_vintage;
  json rows = json::array();
  csv_rows(out.csv, vintage_csv_columns(), res.rows);
  Doc& d = out.doc;
  d.title = tr(lang, "Data editions (vintages)", "Éditions des données (millésimes)");
  for (const auto& r : res.rows) {
    const auto& v = r.info;
    json row = vintage_json(v);
    row["first_year"] = r.first_year;
    row["last_year"] = r.last_year;
    row["indicators"] = r.indicators;
    row["notes"] = v.notes;
    rows.push_back(row);
    std::string inds;
    for (const auto& i : r.indicators) inds += (inds.empty() ? "" : ", ") + i;
    Block b{v.id + (v.id == res.default_vintage ? tr(lang, " (default)", " (par défaut)") : ""),
            {},
            {},
            {}};
    b.facts = {{tr(lang, "Publisher", "Éditeur"), v.publisher},
               {tr(lang, "Title", "Titre"), v.title},
               {tr(lang, "Published", "Publication"), v.published},
               {tr(lang, "Data cut-off", "Arrêt des données"),
                v.cutoff.empty() ? missing(lang) : v.cutoff},
               {tr(lang, "Definition", "Définition"), v.definition},
               {tr(lang, "Price basis", "Base de prix"), v.price_basis},
               {tr(lang, "Years", "Années"), fmt::format("{}-{}", r.first_year, r.last_year)},
               {tr(lang, "Indicators", "Indicateurs"), inds}};
    if (!v.notes.empty()) b.notes.push_back(v.notes);
    d.blocks.push_back(std::move(b));
  }
  j["vintages"] = rows;
  out.json = std::move(j);
  return out;
}

}  // namespace fardeau::render

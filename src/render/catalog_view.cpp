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

/// One row per entity and year (the same columns for one entity or several).
void series_csv(const service::SeriesResult& res, CsvTable& csv) {
  csv.headers = {"vintage", "iso3", "indicator", "year", "value", "estimate", "unit"};
  if (res.query.change_from) csv.headers.insert(csv.headers.end(), {"change_from", "change_pct"});
  for (const auto& line : res.lines)
    for (const auto& p : line.points) {
      csv.rows.push_back({res.vintage.id, line.iso3, res.indicator, std::to_string(p.year),
                          csv_number(p.obs.value), p.obs.estimate ? "1" : "0", res.unit});
      if (res.query.change_from)
        csv.rows.back().insert(csv.rows.back().end(),
                               {std::to_string(*res.query.change_from),
                                p.change_pct ? csv_number(clean(*p.change_pct, 6)) : ""});
    }
}

std::string change_header(int year, Lang lang) {
  return fmt::format("{} {} (%)", tr(lang, "Change from", "Variation depuis"), year);
}

/// Several entities: a year a row, an entity a column (the % change with change_from).
TextTable wide_table(const service::SeriesResult& res, Lang lang) {
  TextTable t{{tr(lang, "Year", "Année")}, {true}, {}};
  std::vector<int> years;
  for (const auto& line : res.lines) {
    t.headers.push_back(line_name(line, lang));
    t.right_align.push_back(true);
    for (const auto& p : line.points) years.push_back(p.year);
  }
  std::sort(years.begin(), years.end());
  years.erase(std::unique(years.begin(), years.end()), years.end());
  for (int y : years) {
    std::vector<std::string> row{std::to_string(y)};
    for (const auto& line : res.lines) {
      auto p = std::find_if(line.points.begin(), line.points.end(),
                            [y](const service::SeriesPoint& x) { return x.year == y; });
      if (p == line.points.end())
        row.push_back(missing(lang));
      else
        row.push_back(
            (p->change_pct ? number(*p->change_pct, 1, lang) : series_number(p->obs.value, lang)) +
            (p->obs.estimate ? " e" : ""));
    }
    t.rows.push_back(std::move(row));
  }
  return t;
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
  TextTable t{
      {tr(lang, "Year", "Année"), tr(lang, "Value", "Valeur"), ""}, {true, true, false}, {}};
  if (res.query.change_from) {
    t.headers.push_back(change_header(*res.query.change_from, lang));
    t.right_align.push_back(true);
  }
  for (const auto& p : line.points) {
    t.rows.push_back(
        {std::to_string(p.year), series_number(p.obs.value, lang), est_mark(p.obs.estimate)});
    if (p.change_pct) t.rows.back().push_back(number(*p.change_pct, 1, lang));
  }
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

Rendered view(const service::VintagesResult& res, Lang lang) {
  Rendered out;
  json j;
  j["command"] = "vintages";
  j["schema_version"] = kJsonSchemaVersion;
  j["default"] = res.default_vintage;
  json rows = json::array();
  out.csv.headers = {"id",        "publisher",  "title",     "published",  "cutoff", "price_basis",
                     "base_year", "first_year", "last_year", "definition", "builtin"};
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
    out.csv.rows.push_back({v.id, v.publisher, v.title, v.published, v.cutoff, v.price_basis,
                            v.base_year ? std::to_string(v.base_year) : "",
                            std::to_string(r.first_year), std::to_string(r.last_year), v.definition,
                            v.builtin ? "1" : "0"});
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

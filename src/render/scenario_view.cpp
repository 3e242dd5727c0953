// `fardeau scenario`: yearly totals (spending, extra spending, US share, allies meeting)
// and each ally's path; `fardeau scenario --list`: the presets.
#include "render/scenario_view.hpp"

#include <fmt/format.h>

#include "render/columns.hpp"
#include "render/json_common.hpp"
#include "render/number_format.hpp"

namespace fardeau::render {
namespace {
using json = nlohmann::ordered_json;

std::string growth_label(const analysis::ScenarioSpec& s, Lang lang) {
  if (!s.gdp_growth_pct)
    return tr(
        lang, "each ally's own trend (average real growth over the edition's years)",
        "tendance propre à chaque Allié (croissance réelle moyenne sur les années de l'édition)");
  return fmt::format("{} {}", percent(*s.gdp_growth_pct, 2, lang), tr(lang, "a year", "par an"));
}

/// The path's name as typed (--path linear) in English; in words in French.
std::string path_label(analysis::PathShape p, Lang lang) {
  if (lang == Lang::en) return analysis::to_string(p);
  switch (p) {
    case analysis::PathShape::linear:
      return "linéaire (linear)";
    case analysis::PathShape::constant_growth:
      return "croissance constante (constant-growth)";
    case analysis::PathShape::step:
      return "palier (step)";
  }
  return analysis::to_string(p);
}

json query_json(const service::ScenarioQuery& q, const analysis::ScenarioSpec& s) {
  return {{"vintage", q.scope.vintage ? json(*q.scope.vintage) : json(nullptr)},
          {"membership", to_string(q.scope.membership)},
          {"preset", q.preset.empty() ? json(nullptr) : json(q.preset)},
          {"target_pct", s.target_pct},
          {"from", s.from_year},
          {"by", s.by_year},
          {"path", to_string(s.path)},
          {"gdp_growth", s.gdp_growth_pct ? json(*s.gdp_growth_pct) : json("trend")},
          {"allies", q.allies},
          {"us_pct", s.us_pct ? json(*s.us_pct) : json(nullptr)},
          {"compare", q.compare ? json(*q.compare) : json(nullptr)}};
}

using analysis::AllyYear;
using analysis::ScenarioYear;

std::string share_text(const std::optional<double>& pct, Lang lang) {
  return pct ? percent(*pct, 1, lang) : missing(lang);
}

/// The outturn columns of a back-test: the later edition's published figures of each year.
void add_outturn_columns(Columns<ScenarioYear>& cols, const service::ScenarioResultSet& res) {
  auto outturn_of = [&res](int year) -> const service::OutturnYear* {
    for (const auto& o : res.outturn)
      if (o.year == year) return &o;
    return nullptr;
  };
  auto outturn_cell = [outturn_of](auto text) {
    return [outturn_of, text](const ScenarioYear& y, Lang lang) {
      const auto* o = outturn_of(y.year);
      return o ? text(*o, lang) : missing(lang);
    };
  };
  const std::string id = res.compare_vintage->id;
  cols.push_back({.id = "outturn",
                  .en = "Outturn " + id,
                  .fr = "Réalisé " + id,
                  .value = [outturn_of](const ScenarioYear& y) -> json {
                    const auto* o = outturn_of(y.year);
                    if (!o) return nullptr;
                    return {{"total_usd_m", clean(o->total_usd_m, 3)},
                            {"us_share_pct", opt(o->us_share_pct, 4)},
                            {"allies_meeting", o->meeting},
                            {"allies", o->allies}};
                  },
                  .cell = outturn_cell([](const service::OutturnYear& o, Lang lang) {
                    return usd_bn(o.total_usd_m, lang);
                  }),
                  .machine = Machine::json});
  cols.push_back({.en = "US share",
                  .fr = "Part des É.-U.",
                  .cell = outturn_cell([](const service::OutturnYear& o, Lang lang) {
                    return share_text(o.us_share_pct, lang);
                  }),
                  .machine = Machine::none});
  cols.push_back({.en = "Meeting",
                  .fr = "Atteignent",
                  .cell = outturn_cell([](const service::OutturnYear& o, Lang) {
                    return fmt::format("{}/{}", o.meeting, o.allies);
                  }),
                  .machine = Machine::none});
}

/// The yearly totals: JSON `years`, the CSV and the first table.
Columns<ScenarioYear> year_columns(const service::ScenarioResultSet& res) {
  auto usd = [](double ScenarioYear::*field) {
    return [field](const ScenarioYear& y) -> json { return clean(y.*field, 3); };
  };
  auto usd_cell = [](double ScenarioYear::*field) {
    return [field](const ScenarioYear& y, Lang lang) { return usd_bn(y.*field, lang); };
  };
  const std::string vintage = res.vintage.id;
  Columns<ScenarioYear> cols{
      csv_constant<ScenarioYear>("vintage", vintage),
      {.id = "year",
       .en = "Year",
       .fr = "Année",
       .value = [](const ScenarioYear& y) -> json { return y.year; },
       .cell = [](const ScenarioYear& y, Lang) { return std::to_string(y.year); },
       .align = Align::left},
      {.id = "total_usd_m",
       .en = "Spending",
       .fr = "Dépenses",
       .value = usd(&ScenarioYear::total_current_m),
       .cell = usd_cell(&ScenarioYear::total_current_m)},
      {.id = "total_const_usd_m", .value = usd(&ScenarioYear::total_const_m)},
      {.id = "baseline_usd_m", .value = usd(&ScenarioYear::baseline_current_m)},
      {.id = "extra_usd_m",
       .en = "Extra",
       .fr = "Surcroît",
       .value = usd(&ScenarioYear::extra_usd_m),
       .cell = usd_cell(&ScenarioYear::extra_usd_m)},
      {.id = "extra_const_usd_m",
       .value = usd(&ScenarioYear::extra_const_m),
       .machine = Machine::json},
      {.id = "cumulative_extra_usd_m",
       .en = "Cumulative extra",
       .fr = "Surcroît cumulé",
       .value = usd(&ScenarioYear::cumulative_extra_usd_m),
       .cell = usd_cell(&ScenarioYear::cumulative_extra_usd_m)},
      {.id = "change_over_base_usd_m",
       .value = usd(&ScenarioYear::change_over_base_usd_m),
       .machine = Machine::json},
      {.id = "us_share_pct",
       .en = "US share",
       .fr = "Part des É.-U.",
       .value = [](const ScenarioYear& y) { return opt(y.us_share_pct, 4); },
       .cell = [](const ScenarioYear& y, Lang lang) { return share_text(y.us_share_pct, lang); }},
      {.id = "baseline_us_share_pct",
       .value = [](const ScenarioYear& y) { return opt(y.baseline_us_share_pct, 4); },
       .machine = Machine::json},
      {.id = "allies_meeting",
       .en = "Meeting",
       .fr = "Atteignent",
       .value = [](const ScenarioYear& y) -> json { return y.meeting; },
       .cell = [](const ScenarioYear& y,
                  Lang) { return fmt::format("{}/{}", y.meeting, y.allies); }},
      {.id = "allies", .value = [](const ScenarioYear& y) -> json { return y.allies; }}};
  if (res.compare_vintage) add_outturn_columns(cols, res);
  return cols;
}

/// One ally's projected path (JSON only).
Columns<AllyYear> path_columns() {
  auto num = [](double AllyYear::*field, int decimals) {
    return [field, decimals](const AllyYear& a) -> json { return clean(a.*field, decimals); };
  };
  return {{.id = "year", .value = [](const AllyYear& a) -> json { return a.year; }},
          {.id = "pct_gdp", .value = num(&AllyYear::pct_gdp, 4)},
          {.id = "spend_usd_m", .value = num(&AllyYear::spend_current_m, 3)},
          {.id = "spend_const_usd_m", .value = num(&AllyYear::spend_const_m, 3)},
          {.id = "gdp_usd_m", .value = num(&AllyYear::gdp_current_m, 3)},
          {.id = "gdp_const_usd_m", .value = num(&AllyYear::gdp_const_m, 3)},
          {.id = "extra_usd_m", .value = num(&AllyYear::extra_usd_m, 3)},
          {.id = "meets", .value = [](const AllyYear& a) -> json { return a.meets; }}};
}

struct AllyPath {
  const analysis::AllyBase* base;
  const std::vector<AllyYear>* path;
  const AllyYear& last() const { return path->back(); }
};

/// Each ally's base and path: JSON `allies` and the second table (its horizon year).
Columns<AllyPath> ally_columns(const analysis::ScenarioSpec& s, Lang lang) {
  const bool immediate = s.from_year == s.by_year;
  auto pct_gdp_header = [&](Lang l, int year) {
    return fmt::format("% {} {}", tr(l, "GDP", "PIB"), year);
  };
  return {
      {.id = "iso3", .value = [](const AllyPath& a) -> json { return a.base->ally->iso3; }},
      ally_name_column<AllyPath>([](const AllyPath& a) { return a.base->ally; }, lang),
      {.id = "base_pct_gdp",
       .en = immediate ? "Published % GDP" : pct_gdp_header(Lang::en, s.from_year),
       .fr = immediate ? "% PIB publié" : pct_gdp_header(Lang::fr, s.from_year),
       .value = [](const AllyPath& a) -> json { return a.base->pct_gdp; },
       .cell = [](const AllyPath& a, Lang l) { return number(a.base->pct_gdp, 2, l); }},
      {.id = "base_estimate", .value = [](const AllyPath& a) -> json { return a.base->estimate; }},
      {.en = immediate ? "Scenario % GDP" : pct_gdp_header(Lang::en, s.by_year),
       .fr = immediate ? "% PIB scénario" : pct_gdp_header(Lang::fr, s.by_year),
       .cell = [](const AllyPath& a, Lang l) { return number(a.last().pct_gdp, 2, l); },
       .machine = Machine::none},
      {.en = fmt::format("Spending {}", s.by_year),
       .fr = fmt::format("Dépenses {}", s.by_year),
       .cell = [](const AllyPath& a, Lang l) { return usd_bn(a.last().spend_current_m, l); },
       .machine = Machine::none},
      {.en = fmt::format("Extra {}", s.by_year),
       .fr = fmt::format("Surcroît {}", s.by_year),
       .cell = [](const AllyPath& a, Lang l) { return usd_bn(a.last().extra_usd_m, l); },
       .machine = Machine::none},
      {.id = "real_growth_pct",
       .en = "Real growth",
       .fr = "Croissance réelle",
       .value = [](const AllyPath& a) -> json { return clean(a.base->real_growth_pct, 4); },
       .cell = [](const AllyPath& a, Lang l) { return percent(a.base->real_growth_pct, 2, l); }},
      {.id = "deflator_pct",
       .value = [](const AllyPath& a) -> json { return clean(a.base->deflator_pct, 4); }},
      {.id = "target_pct", .value = [](const AllyPath& a) -> json { return a.base->target_pct; }},
      {.id = "rows",
       .value = [](const AllyPath& a) { return json_rows(path_columns(), *a.path); },
       .machine = Machine::json}};
}

std::string scenario_title(const service::ScenarioResultSet& res, Lang lang) {
  const auto& s = res.scenario.spec;
  if (s.from_year == s.by_year)
    return fmt::format(
        "{}{} {} {} {}, {} ({})", tr(lang, "Scenario", "Scénario"), colon(lang),
        tr(lang, "every ally below", "chaque Allié sous"), target_percent(s.target_pct, lang),
        tr(lang, "of GDP raised to it", "du PIB y est porté"), s.from_year, res.vintage.id);
  return fmt::format("{}{} {} {} {} ({} {}, {})", tr(lang, "Scenario", "Scénario"), colon(lang),
                     target_percent(s.target_pct, lang), tr(lang, "of GDP by", "du PIB en"),
                     s.by_year, tr(lang, "from", "depuis"), s.from_year, res.vintage.id);
}

void add_scenario_facts(Block& b, const service::ScenarioResultSet& res, Lang lang) {
  const auto& s = res.scenario.spec;
  if (!res.preset.empty()) b.facts.push_back({tr(lang, "Preset", "Préréglage"), res.preset});
  b.facts.push_back({tr(lang, "Allies", "Alliés"), group_name(res.group, lang)});
  b.facts.push_back({tr(lang, "Path", "Trajectoire"), path_label(s.path, lang)});
  b.facts.push_back(
      {tr(lang, "Real GDP growth", "Croissance réelle du PIB"), growth_label(s, lang)});
  if (s.us_pct)
    b.facts.push_back(
        {tr(lang, "US share of GDP at the horizon", "Part du PIB des États-Unis à l'horizon"),
         target_percent(*s.us_pct, lang)});
  const auto& last = res.scenario.years.back();
  if (last.us_share_pct && last.baseline_us_share_pct)
    b.facts.push_back(
        {fmt::format("{} {}",
                     tr(lang, "US share of spending", "Part des États-Unis dans les dépenses"),
                     last.year),
         fmt::format("{} ({} {})", percent(*last.us_share_pct, 1, lang),
                     tr(lang, "without the scenario", "sans le scénario"),
                     percent(*last.baseline_us_share_pct, 1, lang))});
  b.facts.push_back({tr(lang, "Cumulative extra spending", "Surcroît de dépenses cumulé"),
                     fmt::format("{} ({})", usd_bn(last.cumulative_extra_usd_m, lang),
                                 tr(lang, "current US$", "$ courants"))});
}

void add_scenario_notes(Block& b, const service::ScenarioResultSet& res, Lang lang) {
  const auto& s = res.scenario.spec;
  if (s.from_year == s.by_year)
    b.notes.push_back(
        tr(lang,
           "The edition's published values of the year, with every ally below the target raised to "
           "it. Extra = spending over the published spending, current US$.",
           "Valeurs publiées de l'année, chaque Allié sous la cible y étant porté. Surcroît = "
           "dépenses au-delà des dépenses publiées, en $ courants."));
  else
    b.notes.push_back(
        tr(lang,
           "Year 0 is the edition's published values. Extra = spending over each ally keeping its "
           "base-year share of GDP, at current prices and exchange rates (the edition's US-dollar "
           "deflator trend).",
           "L'année 0 reprend les valeurs publiées de l'édition. Surcroît = dépenses au-delà du "
           "maintien de la part du PIB de l'année de base, en prix et taux de change courants "
           "(tendance du déflateur en dollars de l'édition)."));
  if (res.compare_vintage)
    b.notes.push_back(
        tr(lang,
           "Outturn: the later edition's published spending and shares for the same allies; "
           "editions may define spending differently.",
           "Réalisé : dépenses et parts publiées par l'édition ultérieure pour les mêmes Alliés ; "
           "les définitions peuvent différer d'une édition à l'autre."));
  if (!res.scenario.missing.empty()) {
    std::string m;
    for (const auto& c : res.scenario.missing) m += (m.empty() ? "" : ", ") + c;
    b.notes.push_back(fmt::format("{}{} {}", tr(lang, "No data", "Sans données"), colon(lang), m));
  }
}

}  // namespace

Rendered view_scenario(const service::ScenarioResultSet& res, Lang lang) {
  const auto& sc = res.scenario;
  const auto& s = sc.spec;
  const auto& v = res.vintage;
  Rendered out;
  json j = envelope("scenario", v, query_json(res.query, s));
  j["preset"] = res.preset.empty() ? json(nullptr) : json(res.preset);
  j["target_pct"] = s.target_pct;
  j["from"] = s.from_year;
  j["by"] = s.by_year;
  j["path"] = to_string(s.path);
  j["group"] = res.group.label();
  if (res.compare_vintage) j["compare_vintage"] = vintage_json(*res.compare_vintage);
  const auto years = year_columns(res);
  j["years"] = json_rows(years, sc.years);
  csv_rows(out.csv, years, sc.years);
  std::vector<AllyPath> paths;
  for (std::size_t i = 0; i < sc.bases.size(); ++i) paths.push_back({&sc.bases[i], &sc.paths[i]});
  const auto allies = ally_columns(s, lang);
  j["allies"] = json_rows(allies, paths);
  j["missing"] = sc.missing;
  out.json = std::move(j);

  Doc& d = out.doc;
  d.title = scenario_title(res, lang);
  Block b{"", {}, {}, {}};
  add_scenario_facts(b, res, lang);
  b.tables.push_back(text_table(years, sc.years, lang));
  add_scenario_notes(b, res, lang);
  d.blocks.push_back(std::move(b));
  Block ab{fmt::format("{} {}", tr(lang, "Allies in", "Alliés en"), s.by_year), {}, {}, {}};
  ab.tables.push_back(text_table(allies, paths, lang));
  d.blocks.push_back(std::move(ab));
  d.source = source_line(v, lang);
  if (res.compare_vintage) d.source += "; " + source_line(*res.compare_vintage, lang);
  return out;
}

namespace {

/// A preset with its years resolved against the edition's latest year.
struct PresetRow {
  const analysis::ScenarioPreset* preset;
  int from;
  int by;
};

Columns<PresetRow> preset_columns(const std::string& vintage) {
  auto year = [](int PresetRow::*field) {
    return [field](const PresetRow& p) -> json { return p.*field; };
  };
  auto year_cell = [](int PresetRow::*field) {
    return [field](const PresetRow& p, Lang) { return std::to_string(p.*field); };
  };
  return {
      csv_constant<PresetRow>("vintage", vintage),
      {.id = "id",
       .value = [](const PresetRow& p) -> json { return p.preset->id; },
       .machine = Machine::json},
      {.id = "preset",
       .en = "preset",
       .fr = "preset",
       .value = [](const PresetRow& p) -> json { return p.preset->id; },
       .cell = [](const PresetRow& p, Lang) { return std::string(p.preset->id); },
       .align = Align::left,
       .machine = Machine::csv},
      {.id = "target_pct",
       .en = "Target",
       .fr = "Cible",
       .value = [](const PresetRow& p) -> json { return p.preset->target_pct; },
       .cell = [](const PresetRow& p, Lang l) { return target_percent(p.preset->target_pct, l); }},
      {.id = "from",
       .en = "From",
       .fr = "Depuis",
       .value = year(&PresetRow::from),
       .cell = year_cell(&PresetRow::from)},
      {.id = "by",
       .en = "By",
       .fr = "Horizon",
       .value = year(&PresetRow::by),
       .cell = year_cell(&PresetRow::by)},
      {.id = "path",
       .en = "Path",
       .fr = "Trajectoire",
       .value = [](const PresetRow& p) -> json { return to_string(p.preset->path); },
       .cell = [](const PresetRow& p, Lang l) { return path_label(p.preset->path, l); },
       .align = Align::left},
      {.id = "immediate",
       .value = [](const PresetRow& p) -> json { return p.preset->immediate(); },
       .machine = Machine::json},
      {.id = "description",
       .en = "What it asks",
       .fr = "Ce qu'il pose",
       .value = [](const PresetRow& p) -> json { return p.preset->description_en; },
       .cell =
           [](const PresetRow& p, Lang l) {
             return std::string(l == Lang::fr ? p.preset->description_fr
                                              : p.preset->description_en);
           },
       .align = Align::left},
      {.id = "description_fr",
       .value = [](const PresetRow& p) -> json { return p.preset->description_fr; },
       .machine = Machine::json}};
}

}  // namespace

Rendered view_scenario_presets(const service::ScenarioPresetsResult& res, Lang lang) {
  Rendered out;
  json j = envelope("scenario", res.vintage, {{"vintage", res.vintage.id}, {"list", true}});
  std::vector<PresetRow> rows;
  for (const auto& p : res.presets) {
    const int from = p.from_year.value_or(res.latest_year);
    rows.push_back({&p, from, p.by_year.value_or(from)});
  }
  const auto cols = preset_columns(res.vintage.id);
  j["presets"] = json_rows(cols, rows);
  csv_rows(out.csv, cols, rows);
  out.json = std::move(j);
  out.doc.title =
      fmt::format("{} ({})", tr(lang, "Scenario presets", "Scénarios préréglés"), res.vintage.id);
  Block b{"", {}, {}, {}};
  b.tables.push_back(text_table(cols, rows, lang));
  b.notes.push_back(
      tr(lang,
         "fardeau scenario --preset NAME [--year Y]; flags override the preset. --year moves the "
         "base year of a path, or the year of an immediate scenario.",
         "fardeau scenario --preset NOM [--year A] ; les options remplacent celles du préréglage. "
         "--year déplace l'année de base d'une trajectoire, ou l'année d'un scénario immédiat."));
  out.doc.blocks.push_back(std::move(b));
  out.doc.source = source_line(res.vintage, lang);
  return out;
}

}  // namespace fardeau::render

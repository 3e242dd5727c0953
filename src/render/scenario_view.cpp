// `fardeau scenario`: yearly totals (spending, extra spending, US share, allies meeting)
// and each ally's path; `fardeau scenario --list`: the presets.
#include "render/scenario_view.hpp"

#include <fmt/format.h>

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
  auto outturn_of = [&](int year) -> const service::OutturnYear* {
    for (const auto& o : res.outturn)
      if (o.year == year) return &o;
    return nullptr;
  };
  json years = json::array();
  const bool backtest = res.compare_vintage.has_value();
  TextTable t{{tr(lang, "Year", "Année"), tr(lang, "Spending", "Dépenses"),
               tr(lang, "Extra", "Surcroît"), tr(lang, "Cumulative extra", "Surcroît cumulé"),
               tr(lang, "US share", "Part des É.-U."), tr(lang, "Meeting", "Atteignent")},
              {false, true, true, true, true, true},
              {}};
  if (backtest) {
    t.headers.push_back(
        fmt::format("{} {}", tr(lang, "Outturn", "Réalisé"), res.compare_vintage->id));
    t.headers.push_back(tr(lang, "US share", "Part des É.-U."));
    t.headers.push_back(tr(lang, "Meeting", "Atteignent"));
    t.right_align.insert(t.right_align.end(), {true, true, true});
  }
  out.csv.headers = {"vintage",
                     "year",
                     "total_usd_m",
                     "total_const_usd_m",
                     "baseline_usd_m",
                     "extra_usd_m",
                     "cumulative_extra_usd_m",
                     "us_share_pct",
                     "allies_meeting",
                     "allies"};
  for (const auto& y : sc.years) {
    json row = {{"year", y.year},
                {"total_usd_m", clean(y.total_current_m, 3)},
                {"total_const_usd_m", clean(y.total_const_m, 3)},
                {"baseline_usd_m", clean(y.baseline_current_m, 3)},
                {"extra_usd_m", clean(y.extra_usd_m, 3)},
                {"extra_const_usd_m", clean(y.extra_const_m, 3)},
                {"cumulative_extra_usd_m", clean(y.cumulative_extra_usd_m, 3)},
                {"change_over_base_usd_m", clean(y.change_over_base_usd_m, 3)},
                {"us_share_pct", opt(y.us_share_pct, 4)},
                {"baseline_us_share_pct", opt(y.baseline_us_share_pct, 4)},
                {"allies_meeting", y.meeting},
                {"allies", y.allies}};
    std::vector<std::string> trow{
        std::to_string(y.year),
        usd_bn(y.total_current_m, lang),
        usd_bn(y.extra_usd_m, lang),
        usd_bn(y.cumulative_extra_usd_m, lang),
        y.us_share_pct ? percent(*y.us_share_pct, 1, lang) : missing(lang),
        fmt::format("{}/{}", y.meeting, y.allies)};
    if (backtest) {
      const auto* o = outturn_of(y.year);
      if (o) {
        row["outturn"] = {{"total_usd_m", clean(o->total_usd_m, 3)},
                          {"us_share_pct", opt(o->us_share_pct, 4)},
                          {"allies_meeting", o->meeting},
                          {"allies", o->allies}};
        trow.push_back(usd_bn(o->total_usd_m, lang));
        trow.push_back(o->us_share_pct ? percent(*o->us_share_pct, 1, lang) : missing(lang));
        trow.push_back(fmt::format("{}/{}", o->meeting, o->allies));
      } else {
        row["outturn"] = nullptr;
        trow.insert(trow.end(), {missing(lang), missing(lang), missing(lang)});
      }
    }
    years.push_back(std::move(row));
    t.rows.push_back(std::move(trow));
    out.csv.rows.push_back(
        {v.id, std::to_string(y.year), csv_number(clean(y.total_current_m, 3)),
         csv_number(clean(y.total_const_m, 3)), csv_number(clean(y.baseline_current_m, 3)),
         csv_number(clean(y.extra_usd_m, 3)), csv_number(clean(y.cumulative_extra_usd_m, 3)),
         y.us_share_pct ? csv_number(clean(*y.us_share_pct, 4)) : "", std::to_string(y.meeting),
         std::to_string(y.allies)});
  }
  j["years"] = std::move(years);
  json allies = json::array();
  const bool immediate = s.from_year == s.by_year;
  TextTable at{{tr(lang, "Ally", "Allié"),
                immediate ? std::string(tr(lang, "Published % GDP", "% PIB publié"))
                          : fmt::format("% {} {}", tr(lang, "GDP", "PIB"), s.from_year),
                immediate ? std::string(tr(lang, "Scenario % GDP", "% PIB scénario"))
                          : fmt::format("% {} {}", tr(lang, "GDP", "PIB"), s.by_year),
                fmt::format("{} {}", tr(lang, "Spending", "Dépenses"), s.by_year),
                fmt::format("{} {}", tr(lang, "Extra", "Surcroît"), s.by_year),
                tr(lang, "Real growth", "Croissance réelle")},
               {false, true, true, true, true, true},
               {}};
  for (std::size_t i = 0; i < sc.bases.size(); ++i) {
    const auto& b = sc.bases[i];
    json rows = json::array();
    for (const auto& ay : sc.paths[i])
      rows.push_back({{"year", ay.year},
                      {"pct_gdp", clean(ay.pct_gdp, 4)},
                      {"spend_usd_m", clean(ay.spend_current_m, 3)},
                      {"spend_const_usd_m", clean(ay.spend_const_m, 3)},
                      {"gdp_usd_m", clean(ay.gdp_current_m, 3)},
                      {"gdp_const_usd_m", clean(ay.gdp_const_m, 3)},
                      {"extra_usd_m", clean(ay.extra_usd_m, 3)},
                      {"meets", ay.meets}});
    allies.push_back({{"iso3", b.ally->iso3},
                      {"name", ally_name(*b.ally, lang)},
                      {"base_pct_gdp", b.pct_gdp},
                      {"base_estimate", b.estimate},
                      {"real_growth_pct", clean(b.real_growth_pct, 4)},
                      {"deflator_pct", clean(b.deflator_pct, 4)},
                      {"target_pct", b.target_pct},
                      {"rows", std::move(rows)}});
    const auto& last = sc.paths[i].back();
    at.rows.push_back({ally_name(*b.ally, lang), number(b.pct_gdp, 2, lang),
                       number(last.pct_gdp, 2, lang), usd_bn(last.spend_current_m, lang),
                       usd_bn(last.extra_usd_m, lang), percent(b.real_growth_pct, 2, lang)});
  }
  j["allies"] = std::move(allies);
  j["missing"] = sc.missing;
  out.json = std::move(j);

  Doc& d = out.doc;
  d.title =
      s.from_year == s.by_year
          ? fmt::format("{}{} {} {} {}, {} ({})", tr(lang, "Scenario", "Scénario"), colon(lang),
                        tr(lang, "every ally below", "chaque Allié sous"),
                        target_percent(s.target_pct, lang),
                        tr(lang, "of GDP raised to it", "du PIB y est porté"), s.from_year, v.id)
          : fmt::format("{}{} {} {} {} ({} {}, {})", tr(lang, "Scenario", "Scénario"), colon(lang),
                        target_percent(s.target_pct, lang), tr(lang, "of GDP by", "du PIB en"),
                        s.by_year, tr(lang, "from", "depuis"), s.from_year, v.id);
  Block b{"", {}, {}, {}};
  if (!res.preset.empty()) b.facts.push_back({tr(lang, "Preset", "Préréglage"), res.preset});
  b.facts.push_back({tr(lang, "Allies", "Alliés"), group_name(res.group, lang)});
  b.facts.push_back({tr(lang, "Path", "Trajectoire"), path_label(s.path, lang)});
  b.facts.push_back(
      {tr(lang, "Real GDP growth", "Croissance réelle du PIB"), growth_label(s, lang)});
  if (s.us_pct)
    b.facts.push_back(
        {tr(lang, "US share of GDP at the horizon", "Part du PIB des États-Unis à l'horizon"),
         target_percent(*s.us_pct, lang)});
  const auto& first = sc.years.front();
  const auto& last = sc.years.back();
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
  (void)first;
  b.tables.push_back(std::move(t));
  if (immediate)
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
  if (backtest)
    b.notes.push_back(
        tr(lang,
           "Outturn: the later edition's published spending and shares for the same allies; "
           "editions may define spending differently.",
           "Réalisé : dépenses et parts publiées par l'édition ultérieure pour les mêmes Alliés ; "
           "les définitions peuvent différer d'une édition à l'autre."));
  if (!sc.missing.empty()) {
    std::string m;
    for (const auto& c : sc.missing) m += (m.empty() ? "" : ", ") + c;
    b.notes.push_back(fmt::format("{}{} {}", tr(lang, "No data", "Sans données"), colon(lang), m));
  }
  d.blocks.push_back(std::move(b));
  Block ab{fmt::format("{} {}", tr(lang, "Allies in", "Alliés en"), s.by_year), {}, {}, {}};
  ab.tables.push_back(std::move(at));
  d.blocks.push_back(std::move(ab));
  d.source = source_line(v, lang);
  if (res.compare_vintage) d.source += "; " + source_line(*res.compare_vintage, lang);
  return out;
}

Rendered view_scenario_presets(const service::ScenarioPresetsResult& res, Lang lang) {
  Rendered out;
  json j = envelope("scenario", res.vintage, {{"vintage", res.vintage.id}, {"list", true}});
  json presets = json::array();
  TextTable t{
      {"preset", tr(lang, "Target", "Cible"), tr(lang, "From", "Depuis"), tr(lang, "By", "Horizon"),
       tr(lang, "Path", "Trajectoire"), tr(lang, "What it asks", "Ce qu'il pose")},
      {false, true, true, true, false, false},
      {}};
  out.csv.headers = {"vintage", "preset", "target_pct", "from", "by", "path", "description"};
  for (const auto& p : res.presets) {
    const int from = p.from_year.value_or(res.latest_year);
    const int by = p.by_year.value_or(from);
    presets.push_back({{"id", p.id},
                       {"target_pct", p.target_pct},
                       {"from", from},
                       {"by", by},
                       {"path", to_string(p.path)},
                       {"immediate", p.immediate()},
                       {"description", p.description_en},
                       {"description_fr", p.description_fr}});
    t.rows.push_back({std::string(p.id), target_percent(p.target_pct, lang), std::to_string(from),
                      std::to_string(by), path_label(p.path, lang),
                      std::string(lang == Lang::fr ? p.description_fr : p.description_en)});
    out.csv.rows.push_back({res.vintage.id, std::string(p.id), csv_number(p.target_pct),
                            std::to_string(from), std::to_string(by), to_string(p.path),
                            std::string(p.description_en)});
  }
  j["presets"] = std::move(presets);
  out.json = std::move(j);
  out.doc.title =
      fmt::format("{} ({})", tr(lang, "Scenario presets", "Scénarios préréglés"), res.vintage.id);
  Block b{"", {}, {}, {}};
  b.tables.push_back(std::move(t));
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

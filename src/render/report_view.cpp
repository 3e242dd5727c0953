// `fardeau report`: the burden-sharing report of one year.
#include <fmt/format.h>

#include "render/json_common.hpp"
#include "render/number_format.hpp"
#include "render/views.hpp"

namespace fardeau::render {
namespace {

using analysis::ComplianceResult;
using analysis::GroupFigure;
using json = nlohmann::ordered_json;

json figure_json(const std::optional<GroupFigure>& f, int decimals) {
  if (!f) return nullptr;
  return {{"value", clean(f->value, decimals)},
          {"estimate", f->estimate},
          {"source", f->published ? "published" : "computed"}};
}

json guideline_json(const char* id, const ComplianceResult& c) {
  return {{"id", id},
          {"measure", to_string(c.measure)},
          {"target_pct", c.target_pct},
          {"members", c.members},
          {"reporting", c.reporting},
          {"count_meeting", c.count_meeting},
          {"meeting", c.meeting}};
}

std::string names_of(const ComplianceResult& c, Lang lang) {
  std::string s;
  for (const auto& row : c.rows)
    if (row.meets) s += (s.empty() ? "" : ", ") + ally_name(*row.ally, lang);
  return s.empty() ? tr(lang, "none", "aucun") : s;
}

std::string guideline_fact(const ComplianceResult& c, Lang lang) {
  return fmt::format("{} {} {} — {}", c.count_meeting, tr(lang, "of", "sur"), c.reporting,
                     names_of(c, lang));
}

std::string figure_text(const std::optional<GroupFigure>& f, bool money, Lang lang) {
  if (!f) return missing(lang);
  std::string s = money ? usd_bn(f->value, lang) : percent(f->value, 2, lang);
  if (f->estimate) s += tr(lang, " (estimate)", " (estimation)");
  if (!f->published) s += tr(lang, " [sum of allies]", " [somme des Alliés]");
  return s;
}

std::string change_text(const std::optional<double>& v, Lang lang) {
  return v ? signed_percent(*v, 1, lang) : missing(lang);
}

TextTable ranking(const std::vector<analysis::ComplianceRow>& rows, Lang lang) {
  TextTable t{{"#", tr(lang, "Ally", "Allié"), tr(lang, "% of GDP", "% du PIB"), ""},
              {true, false, true, false},
              {}};
  int rank = 1;
  for (const auto& r : rows)
    t.rows.push_back({std::to_string(rank++), ally_name(*r.ally, lang),
                      number(r.value->value, 2, lang), est_mark(r.value->estimate)});
  return t;
}

}  // namespace

Rendered view(const service::ReportResult& res, Lang lang) {
  const auto& r = res.report;
  const auto& v = res.vintage;
  Rendered out;
  // JSON
  json q = {{"year", r.year}, {"vintage", v.id}, {"membership", to_string(r.membership)}};
  json j = envelope("report", v, q);
  j["year"] = r.year;
  j["members"] = r.members;
  j["reporting"] = r.reporting;
  j["guidelines"] = json::array(
      {guideline_json("two-pct-gdp", r.two_pct), guideline_json("hague-core-3.5", r.core_3_5)});
  if (r.equipment_20) j["guidelines"].push_back(guideline_json("equipment-20", *r.equipment_20));
  j["total_defexp_usd_current_m"] = figure_json(r.total_current_usd_m, 3);
  j["total_defexp_usd_const_m"] = figure_json(r.total_const_usd_m, 3);
  j["us_share_current_pct"] = opt(r.us_share_current_pct, 4);
  j["us_share_const_pct"] = opt(r.us_share_const_pct, 4);
  j["nato_pct_gdp"] = figure_json(r.nato_pct_gdp, 4);
  j["europe_canada_pct_gdp"] = figure_json(r.europe_canada_pct_gdp, 4);
  j["real_change_pct"] = {{"nato",
                           {{"previous_year", opt(r.nato_real_change_prev_pct, 4)},
                            {"since_2014", opt(r.nato_real_change_2014_pct, 4)}}},
                          {"europe_canada",
                           {{"previous_year", opt(r.europe_canada_real_change_prev_pct, 4)},
                            {"since_2014", opt(r.europe_canada_real_change_2014_pct, 4)}}}};
  auto rank_json = [&](const std::vector<analysis::ComplianceRow>& rows) {
    json a = json::array();
    for (const auto& row : rows)
      a.push_back({{"iso3", row.ally->iso3},
                   {"name", ally_name(*row.ally, lang)},
                   {"pct_gdp", row.value->value},
                   {"estimate", row.value->estimate}});
    return a;
  };
  j["highest"] = rank_json(r.highest);
  j["lowest"] = rank_json(r.lowest);
  json allies = json::array();
  out.csv.headers = {"vintage",
                     "year",
                     "iso3",
                     "name",
                     "pct_gdp",
                     "estimate",
                     "meets_2pct",
                     "meets_3_5pct",
                     "equipment_share_pct",
                     "meets_equipment_20pct"};
  for (std::size_t i = 0; i < r.two_pct.rows.size(); ++i) {
    const auto& row = r.two_pct.rows[i];
    const analysis::ComplianceRow* eq = nullptr;
    if (r.equipment_20)
      for (const auto& e : r.equipment_20->rows)
        if (e.ally == row.ally) eq = &e;
    const bool meets35 = r.core_3_5.rows[i].meets;  // same order: same values, same sort
    json a = {{"iso3", row.ally->iso3}, {"name", ally_name(*row.ally, lang)}};
    a["pct_gdp"] = row.value ? json(row.value->value) : json(nullptr);
    a["estimate"] = row.value ? json(row.value->estimate) : json(nullptr);
    a["meets_2pct"] = row.meets;
    a["meets_3_5pct"] = meets35;
    a["equipment_share_pct"] = eq && eq->value ? json(eq->value->value) : json(nullptr);
    a["meets_equipment_20pct"] = eq && eq->value ? json(eq->meets) : json(nullptr);
    allies.push_back(a);
    out.csv.rows.push_back(
        {v.id, std::to_string(r.year), row.ally->iso3, ally_name(*row.ally, lang),
         row.value ? csv_number(row.value->value) : "",
         row.value ? (row.value->estimate ? "1" : "0") : "", row.meets ? "1" : "0",
         meets35 ? "1" : "0", eq && eq->value ? csv_number(eq->value->value) : "",
         eq && eq->value ? (eq->meets ? "1" : "0") : ""});
  }
  j["allies"] = allies;
  out.json = std::move(j);

  // Document
  Doc& d = out.doc;
  d.title = fmt::format("{} {} ({})",
                        tr(lang, "NATO burden-sharing report,", "Partage du fardeau de l'OTAN,"),
                        r.year, v.id);
  Block members{tr(lang, "Members", "Membres"), {}, {}, {}};
  members.facts.push_back(
      {fmt::format("{} {}", tr(lang, "Allies", "Alliés"),
                   r.membership == Membership::as_of
                       ? fmt::format(fmt::runtime(tr(lang, "as of {}", "en {}")), r.year)
                       : std::string(tr(lang, "(current membership)", "(composition actuelle)"))),
       std::to_string(r.members)});
  members.facts.push_back(
      {tr(lang, "Reporting allies", "Alliés déclarants"), std::to_string(r.reporting)});
  if (r.reporting < r.members)
    members.notes.push_back(
        tr(lang, "Iceland has no armed forces and reports no defence expenditure.",
           "L'Islande n'a pas de forces armées et ne déclare pas de dépenses de défense."));
  d.blocks.push_back(members);

  Block g{tr(lang, "Guidelines (NATO rule: value rounded to two decimals)",
             "Lignes directrices (règle OTAN : valeur arrondie à deux décimales)"),
          {},
          {},
          {}};
  g.facts.push_back({tr(lang, "2% of GDP", "2 % du PIB"), guideline_fact(r.two_pct, lang)});
  g.facts.push_back({tr(lang, "3.5% of GDP", "3,5 % du PIB"), guideline_fact(r.core_3_5, lang)});
  g.facts.push_back({tr(lang, "20% on equipment", "20 % en équipements"),
                     r.equipment_20 ? guideline_fact(*r.equipment_20, lang)
                                    : std::string(tr(lang, "not published in this edition",
                                                     "non publié dans cette édition"))});
  d.blocks.push_back(g);

  Block s{tr(lang, "Spending", "Dépenses"), {}, {}, {}};
  s.facts.push_back({tr(lang, "NATO total, current US$", "Total OTAN, $ courants"),
                     figure_text(r.total_current_usd_m, true, lang)});
  s.facts.push_back({fmt::format(fmt::runtime(tr(lang, "NATO total, constant {} US$",
                                                 "Total OTAN, $ constants {}")),
                                 v.base_year ? std::to_string(v.base_year) : std::string()),
                     figure_text(r.total_const_usd_m, true, lang)});
  s.facts.push_back(
      {tr(lang, "US share (current US$)", "Part des États-Unis ($ courants)"),
       r.us_share_current_pct ? percent(*r.us_share_current_pct, 1, lang) : missing(lang)});
  s.facts.push_back(
      {tr(lang, "US share (constant US$)", "Part des États-Unis ($ constants)"),
       r.us_share_const_pct ? percent(*r.us_share_const_pct, 1, lang) : missing(lang)});
  s.facts.push_back(
      {tr(lang, "NATO, % of GDP", "OTAN, % du PIB"), figure_text(r.nato_pct_gdp, false, lang)});
  s.facts.push_back(
      {tr(lang, "NATO Europe and Canada, % of GDP", "Europe de l'OTAN et Canada, % du PIB"),
       figure_text(r.europe_canada_pct_gdp, false, lang)});
  d.blocks.push_back(s);

  Block c{
      tr(lang, "Real change (constant prices)", "Évolution réelle (prix constants)"), {}, {}, {}};
  c.facts.push_back(
      {fmt::format("{} {}", tr(lang, "NATO total vs", "Total OTAN par rapport à"), r.year - 1),
       change_text(r.nato_real_change_prev_pct, lang)});
  c.facts.push_back({tr(lang, "NATO total vs 2014", "Total OTAN par rapport à 2014"),
                     change_text(r.nato_real_change_2014_pct, lang)});
  c.facts.push_back(
      {fmt::format("{} {}", tr(lang, "Europe and Canada vs", "Europe et Canada par rapport à"),
                   r.year - 1),
       change_text(r.europe_canada_real_change_prev_pct, lang)});
  c.facts.push_back({tr(lang, "Europe and Canada vs 2014", "Europe et Canada par rapport à 2014"),
                     change_text(r.europe_canada_real_change_2014_pct, lang)});
  d.blocks.push_back(c);

  d.blocks.push_back({tr(lang, "Highest % of GDP", "Part du PIB la plus élevée"),
                      {},
                      {ranking(r.highest, lang)},
                      {}});
  d.blocks.push_back({tr(lang, "Lowest % of GDP", "Part du PIB la plus faible"),
                      {},
                      {ranking(r.lowest, lang)},
                      {}});
  d.source = source_line(v, lang);
  return out;
}

}  // namespace fardeau::render

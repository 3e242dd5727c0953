// `fardeau compliance`: who meets a target, ally by ally.
#include <fmt/format.h>

#include "render/json_common.hpp"
#include "render/number_format.hpp"
#include "render/views.hpp"

namespace fardeau::render {

Rendered view(const service::ComplianceResultSet& res, Lang lang) {
  using json = nlohmann::ordered_json;
  const auto& c = res.gdp;
  const auto& v = res.vintage;
  Rendered out;
  json q = {
      {"year", c.year},
      {"vintage", v.id},
      {"group", res.group.label()},
      {"membership", to_string(res.query.scope.membership)},
      {"target_pct", c.target_pct},
      {"equipment_pct", res.query.equipment_pct ? json(*res.query.equipment_pct) : json(nullptr)}};
  json j = envelope("compliance", v, q);
  j["year"] = c.year;
  j["target_pct"] = c.target_pct;
  j["group"] = res.group.label();
  j["members"] = c.members;
  j["reporting"] = c.reporting;
  j["count_meeting"] = c.count_meeting;
  j["meeting"] = c.meeting;
  if (res.equipment) {
    j["equipment"] = {{"target_pct", res.equipment->target_pct},
                      {"reporting", res.equipment->reporting},
                      {"count_meeting", res.equipment->count_meeting},
                      {"meeting", res.equipment->meeting}};
  }
  auto equipment_row = [&](const Ally* a) -> const analysis::ComplianceRow* {
    if (!res.equipment) return nullptr;
    for (const auto& e : res.equipment->rows)
      if (e.ally == a) return &e;
    return nullptr;
  };
  json rows = json::array();
  TextTable t{{tr(lang, "Ally", "Allié"), tr(lang, "% of GDP", "% du PIB"), "",
               tr(lang, "Meets", "Atteint")},
              {false, true, false, false},
              {}};
  if (res.equipment) {
    t.headers.insert(t.headers.end(),
                     {tr(lang, "Equipment %", "Équipements %"), tr(lang, "Meets", "Atteint")});
    t.right_align.insert(t.right_align.end(), {true, false});
  }
  out.csv.headers = {"vintage", "year",     "iso3",        "name",
                     "pct_gdp", "estimate", "rounded_pct", "meets"};
  if (res.equipment)
    out.csv.headers.insert(out.csv.headers.end(), {"equipment_share_pct", "meets_equipment"});
  for (const auto& row : c.rows) {
    json a = {{"iso3", row.ally->iso3}, {"name", ally_name(*row.ally, lang)}};
    a["value_pct"] = row.value ? json(row.value->value) : json(nullptr);
    a["estimate"] = row.value ? json(row.value->estimate) : json(nullptr);
    a["rounded_pct"] = row.value ? json(row.rounded) : json(nullptr);
    a["meets"] = row.meets;
    std::vector<std::string> cells{
        ally_name(*row.ally, lang), row.value ? number(row.value->value, 2, lang) : missing(lang),
        row.value ? est_mark(row.value->estimate) : "", row.value ? yes_no(row.meets, lang) : ""};
    std::vector<std::string> csv{v.id,
                                 std::to_string(c.year),
                                 row.ally->iso3,
                                 ally_name(*row.ally, lang),
                                 row.value ? csv_number(row.value->value) : "",
                                 row.value ? (row.value->estimate ? "1" : "0") : "",
                                 row.value ? csv_number(row.rounded) : "",
                                 row.meets ? "1" : "0"};
    if (res.equipment) {
      const auto* e = equipment_row(row.ally);
      bool has = e && e->value;
      a["equipment_share_pct"] = has ? json(e->value->value) : json(nullptr);
      a["meets_equipment"] = has ? json(e->meets) : json(nullptr);
      cells.push_back(has ? number(e->value->value, 2, lang) : missing(lang));
      cells.push_back(has ? yes_no(e->meets, lang) : "");
      csv.push_back(has ? csv_number(e->value->value) : "");
      csv.push_back(has ? (e->meets ? "1" : "0") : "");
    }
    rows.push_back(a);
    t.rows.push_back(cells);
    out.csv.rows.push_back(csv);
  }
  j["rows"] = rows;
  out.json = std::move(j);

  Doc& d = out.doc;
  d.title = fmt::format("{} {} {}, {} ({})", tr(lang, "Allies at", "Alliés à"),
                        target_percent(c.target_pct, lang),
                        tr(lang, "of GDP or more", "du PIB ou plus"), c.year, v.id);
  Block b{"", {}, {}, {}};
  b.facts.push_back({tr(lang, "Group", "Groupe"), group_name(res.group, lang)});
  b.facts.push_back({tr(lang, "Members", "Membres"), std::to_string(c.members)});
  b.facts.push_back({tr(lang, "Reporting", "Déclarants"), std::to_string(c.reporting)});
  b.facts.push_back({tr(lang, "Meeting the target", "Atteignent la cible"),
                     fmt::format("{} {} {}", c.count_meeting, tr(lang, "of", "sur"), c.reporting)});
  if (res.equipment)
    b.facts.push_back({fmt::format("{} {}", tr(lang, "Equipment at", "Équipements à"),
                                   target_percent(res.equipment->target_pct, lang)),
                       fmt::format("{} {} {}", res.equipment->count_meeting, tr(lang, "of", "sur"),
                                   res.equipment->reporting)});
  b.tables.push_back(std::move(t));
  b.notes.push_back(tr(lang,
                       "e = estimate. An ally meets a target when its published value, rounded to "
                       "two decimals, is at or above it.",
                       "e = estimation. Un Allié atteint une cible quand sa valeur publiée, "
                       "arrondie à deux décimales, l'égale ou la dépasse."));
  d.blocks.push_back(std::move(b));
  d.source = source_line(v, lang);
  return out;
}

}  // namespace fardeau::render

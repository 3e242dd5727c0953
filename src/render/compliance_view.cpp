// `fardeau compliance`: who meets a target, ally by ally.
#include <fmt/format.h>

#include "render/columns.hpp"
#include "render/json_common.hpp"
#include "render/number_format.hpp"
#include "render/views.hpp"

namespace fardeau::render {

namespace {

using analysis::ComplianceRow;
using json = nlohmann::ordered_json;

/// The equipment guideline's columns of an ally, when asked (--equipment).
void add_equipment_columns(Columns<ComplianceRow>& cols, const service::ComplianceResultSet& res) {
  using R = ComplianceRow;
  auto equipment_of = [&res](const R& row) -> const ComplianceRow* {
    for (const auto& e : res.equipment->rows)
      if (e.ally == row.ally) return e.value ? &e : nullptr;
    return nullptr;
  };
  cols.push_back({.id = "equipment_share_pct",
                  .en = "Equipment %",
                  .fr = "Équipements %",
                  .value = [equipment_of](const R& r) -> json {
                    const auto* e = equipment_of(r);
                    return e ? json(e->value->value) : json(nullptr);
                  },
                  .cell =
                      [equipment_of](const R& r, Lang l) {
                        const auto* e = equipment_of(r);
                        return e ? number(e->value->value, 2, l) : missing(l);
                      }});
  cols.push_back({.id = "meets_equipment",
                  .en = "Meets",
                  .fr = "Atteint",
                  .value = [equipment_of](const R& r) -> json {
                    const auto* e = equipment_of(r);
                    return e ? json(e->meets) : json(nullptr);
                  },
                  .cell =
                      [equipment_of](const R& r, Lang l) {
                        const auto* e = equipment_of(r);
                        return e ? yes_no(e->meets, l) : "";
                      },
                  .align = Align::left});
}

Columns<ComplianceRow> compliance_columns(const service::ComplianceResultSet& res, Lang lang) {
  using R = ComplianceRow;
  const std::string vintage = res.vintage.id;
  const int year = res.gdp.year;
  Columns<R> cols{
      csv_constant<R>("vintage", vintage),
      csv_constant<R>("year", year),
      {.id = "iso3", .value = [](const R& r) -> json { return r.ally->iso3; }},
      ally_name_column<R>([](const R& r) { return r.ally; }, lang),
      {.id = "value_pct",  // "pct_gdp" in the CSV
       .en = "% of GDP",
       .fr = "% du PIB",
       .value = [](const R& r) -> json { return r.value ? json(r.value->value) : json(nullptr); },
       .cell = [](const R& r,
                  Lang l) { return r.value ? number(r.value->value, 2, l) : missing(l); },
       .machine = Machine::json},
      {.id = "pct_gdp",
       .value = [](const R& r) -> json { return r.value ? json(r.value->value) : json(nullptr); },
       .machine = Machine::csv},
      {.id = "estimate",
       .value = [](const R& r) -> json {
         return r.value ? json(r.value->estimate) : json(nullptr);
       },
       .cell = [](const R& r, Lang) { return r.value ? est_mark(r.value->estimate) : ""; },
       .align = Align::left},
      {.id = "rounded_pct",
       .value = [](const R& r) -> json { return r.value ? json(r.rounded) : json(nullptr); }},
      {.id = "meets",
       .en = "Meets",
       .fr = "Atteint",
       .value = [](const R& r) -> json { return r.meets; },
       .cell = [](const R& r, Lang l) { return r.value ? yes_no(r.meets, l) : ""; },
       .align = Align::left}};
  if (res.equipment) add_equipment_columns(cols, res);
  return cols;
}

json compliance_json(const service::ComplianceResultSet& res) {
  const auto& c = res.gdp;
  json q = {
      {"year", c.year},
      {"vintage", res.vintage.id},
      {"group", res.group.label()},
      {"membership", to_string(res.query.scope.membership)},
      {"target_pct", c.target_pct},
      {"equipment_pct", res.query.equipment_pct ? json(*res.query.equipment_pct) : json(nullptr)}};
  json j = envelope("compliance", res.vintage, q);
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
  return j;
}

}  // namespace

Rendered view(const service::ComplianceResultSet& res, Lang lang) {
  const auto& c = res.gdp;
  const auto& v = res.vintage;
  const auto cols = compliance_columns(res, lang);
  Rendered out = table_view(compliance_json(res), "rows", cols, c.rows);

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
  b.tables.push_back(text_table(cols, c.rows, lang));
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

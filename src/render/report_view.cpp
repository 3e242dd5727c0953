// `fardeau report`: the burden-sharing report of one year.
#include <fmt/format.h>

#include "core/target_rule.hpp"
#include "render/columns.hpp"
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

json guideline_json(GuidelineId key, const ComplianceResult& c) {
  return {{"id", guideline(key).id},    {"measure", to_string(c.measure)},
          {"target_pct", c.target_pct}, {"members", c.members},
          {"reporting", c.reporting},   {"count_meeting", c.count_meeting},
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

/// An ally in a ranking (highest or lowest % of GDP): JSON `highest`/`lowest` and a table.
struct RankedAlly {
  int rank;
  const analysis::ComplianceRow* row;
};

Columns<RankedAlly> ranking_columns(Lang lang) {
  using R = RankedAlly;
  return {{.en = "#",
           .fr = "#",
           .cell = [](const R& r, Lang) { return std::to_string(r.rank); },
           .machine = Machine::none},
          {.id = "iso3", .value = [](const R& r) -> json { return r.row->ally->iso3; }},
          ally_name_column<R>([](const R& r) { return r.row->ally; }, lang),
          {.id = "pct_gdp",
           .en = "% of GDP",
           .fr = "% du PIB",
           .value = [](const R& r) -> json { return r.row->value->value; },
           .cell = [](const R& r, Lang l) { return number(r.row->value->value, 2, l); }},
          {.id = "estimate",
           .value = [](const R& r) -> json { return r.row->value->estimate; },
           .cell = [](const R& r, Lang) { return est_mark(r.row->value->estimate); },
           .align = Align::left}};
}

std::vector<RankedAlly> ranked(const std::vector<analysis::ComplianceRow>& rows) {
  std::vector<RankedAlly> out;
  out.reserve(rows.size());
  for (const auto& r : rows) out.push_back({static_cast<int>(out.size()) + 1, &r});
  return out;
}

/// An ally against each guideline: JSON `allies` and the CSV.
struct AllyGuidelines {
  const analysis::ComplianceRow* two_pct;
  bool meets_3_5;
  const analysis::ComplianceRow* equipment;  ///< null when unpublished or absent
};

Columns<AllyGuidelines> ally_columns(const VintageInfo& v, int year, Lang lang) {
  using A = AllyGuidelines;
  const std::string vintage = v.id;
  auto equipment = [](const A& a) { return a.equipment && a.equipment->value; };
  return {csv_constant<A>("vintage", vintage),
          csv_constant<A>("year", year),
          {.id = "iso3", .value = [](const A& a) -> json { return a.two_pct->ally->iso3; }},
          {.id = "name",
           .value = [lang](const A& a) -> json { return ally_name(*a.two_pct->ally, lang); }},
          {.id = "pct_gdp",
           .value = [](const A& a) -> json {
             return a.two_pct->value ? json(a.two_pct->value->value) : json(nullptr);
           }},
          {.id = "estimate",
           .value = [](const A& a) -> json {
             return a.two_pct->value ? json(a.two_pct->value->estimate) : json(nullptr);
           }},
          {.id = "meets_2pct", .value = [](const A& a) -> json { return a.two_pct->meets; }},
          {.id = "meets_3_5pct", .value = [](const A& a) -> json { return a.meets_3_5; }},
          {.id = "equipment_share_pct",
           .value = [equipment](const A& a) -> json {
             return equipment(a) ? json(a.equipment->value->value) : json(nullptr);
           }},
          {.id = "meets_equipment_20pct", .value = [equipment](const A& a) -> json {
             return equipment(a) ? json(a.equipment->meets) : json(nullptr);
           }}};
}

std::vector<AllyGuidelines> ally_guidelines(const analysis::BurdenReport& r) {
  std::vector<AllyGuidelines> out;
  for (std::size_t i = 0; i < r.two_pct.rows.size(); ++i) {
    const auto& row = r.two_pct.rows[i];
    const analysis::ComplianceRow* eq = nullptr;
    if (r.equipment_20)
      for (const auto& e : r.equipment_20->rows)
        if (e.ally == row.ally) eq = &e;
    out.push_back({&row, r.core_3_5.rows[i].meets, eq});  // same order: same values, same sort
  }
  return out;
}

json report_json(const service::ReportResult& res, Lang lang) {
  const auto& r = res.report;
  const auto& v = res.vintage;
  json q = {{"year", r.year}, {"vintage", v.id}, {"membership", to_string(r.membership)}};
  json j = envelope("report", v, q);
  j["year"] = r.year;
  j["members"] = r.members;
  j["reporting"] = r.reporting;
  j["guidelines"] = json::array({guideline_json(GuidelineId::two_pct_gdp, r.two_pct),
                                 guideline_json(GuidelineId::hague_core_3_5, r.core_3_5)});
  if (r.equipment_20)
    j["guidelines"].push_back(guideline_json(GuidelineId::equipment_20, *r.equipment_20));
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
  const auto ranks = ranking_columns(lang);
  j["highest"] = json_rows(ranks, ranked(r.highest));
  j["lowest"] = json_rows(ranks, ranked(r.lowest));
  j["allies"] = json_rows(ally_columns(v, r.year, lang), ally_guidelines(r));
  return j;
}

Block members_block(const analysis::BurdenReport& r, Lang lang) {
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
  return members;
}

Block guidelines_block(const analysis::BurdenReport& r, Lang lang) {
  Block g{tr(lang, "Guidelines (NATO rule: value rounded to two decimals)",
             "Lignes directrices (règle OTAN : valeur arrondie à deux décimales)"),
          {},
          {},
          {}};
  auto name = [lang](GuidelineId key) {
    const Guideline& gl = guideline(key);
    return std::string(lang == Lang::fr ? gl.short_fr : gl.short_en);
  };
  g.facts.push_back({name(GuidelineId::two_pct_gdp), guideline_fact(r.two_pct, lang)});
  g.facts.push_back({name(GuidelineId::hague_core_3_5), guideline_fact(r.core_3_5, lang)});
  g.facts.push_back({name(GuidelineId::equipment_20),
                     r.equipment_20 ? guideline_fact(*r.equipment_20, lang)
                                    : std::string(tr(lang, "not published in this edition",
                                                     "non publié dans cette édition"))});
  return g;
}

Block spending_block(const analysis::BurdenReport& r, const VintageInfo& v, Lang lang) {
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
  return s;
}

Block change_block(const analysis::BurdenReport& r, Lang lang) {
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
  return c;
}

}  // namespace

Rendered view(const service::ReportResult& res, Lang lang) { return view(res, lang, Needs{}); }

Rendered view(const service::ReportResult& res, Lang lang, Needs needs) {
  const auto& r = res.report;
  const auto& v = res.vintage;
  Rendered out;
  if (needs.json) out.json = report_json(res, lang);
  if (needs.csv) csv_rows(out.csv, ally_columns(v, r.year, lang), ally_guidelines(r));
  if (!needs.doc) return out;

  Doc& d = out.doc;
  d.title = fmt::format("{} {} ({})",
                        tr(lang, "NATO burden-sharing report,", "Partage du fardeau de l'OTAN,"),
                        r.year, v.id);
  d.blocks.push_back(members_block(r, lang));
  d.blocks.push_back(guidelines_block(r, lang));
  d.blocks.push_back(spending_block(r, v, lang));
  d.blocks.push_back(change_block(r, lang));
  const auto ranks = ranking_columns(lang);
  d.blocks.push_back({tr(lang, "Highest % of GDP", "Part du PIB la plus élevée"),
                      {},
                      {text_table(ranks, ranked(r.highest), lang)},
                      {}});
  d.blocks.push_back({tr(lang, "Lowest % of GDP", "Part du PIB la plus faible"),
                      {},
                      {text_table(ranks, ranked(r.lowest), lang)},
                      {}});
  d.source = source_line(v, lang);
  return out;
}

}  // namespace fardeau::render

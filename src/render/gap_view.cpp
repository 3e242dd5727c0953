// `fardeau gap`: what each ally below a target must add, in dollars.
#include <fmt/format.h>

#include "render/columns.hpp"
#include "render/json_common.hpp"
#include "render/number_format.hpp"
#include "render/views.hpp"

namespace fardeau::render {

namespace {

using analysis::GapRow;
using json = nlohmann::ordered_json;

/// "current US$" or "constant 2021" in the language: the gap's price basis.
std::string basis_label(const service::GapResultSet& res, Lang lang) {
  if (res.gap.basis == PriceBasis::current) return tr(lang, "current US$", "$ courants");
  return fmt::format("{} {}", tr(lang, "constant", "$ constants"), res.vintage.base_year);
}

Columns<GapRow> gap_columns(const service::GapResultSet& res, Lang lang) {
  using R = GapRow;
  auto gap_header = [&res](Lang l) {
    return fmt::format("{} ({}, {})", tr(l, "Gap", "Écart"), tr(l, "US$ m", "M$"),
                       basis_label(res, l));
  };
  return {csv_constant<R>("vintage", res.vintage.id),
          csv_constant<R>("year", res.gap.year),
          {.id = "iso3", .value = [](const R& r) -> json { return r.ally->iso3; }},
          ally_name_column<R>([](const R& r) { return r.ally; }, lang),
          {.id = "pct_gdp",
           .en = "% of GDP",
           .fr = "% du PIB",
           .value = [](const R& r) -> json { return r.pct_gdp; },
           .cell = [](const R& r, Lang l) { return number(r.pct_gdp, 2, l); }},
          {.id = "estimate",
           .value = [](const R& r) -> json { return r.estimate; },
           .cell = [](const R& r, Lang) { return est_mark(r.estimate); },
           .align = Align::left},
          {.id = "gdp_usd_m", .value = [](const R& r) -> json { return r.gdp_usd_m; }},
          {.id = "gap_pp",
           .en = "Gap (pp)",
           .fr = "Écart (pts)",
           .value = [](const R& r) -> json { return clean(r.gap_pp, 6); },
           .cell = [](const R& r, Lang l) { return number(r.gap_pp, 2, l); }},
          {.id = "gap_usd_m",
           .en = gap_header(Lang::en),
           .fr = gap_header(Lang::fr),
           .value = [](const R& r) -> json { return clean(r.gap_usd_m, 3); },
           .cell = [](const R& r, Lang l) { return number(r.gap_usd_m, 0, l); }},
          {.id = "meets", .value = [](const R& r) -> json { return r.meets; }},
          csv_constant<R>("basis", to_string(res.gap.basis))};
}

json gap_json(const service::GapResultSet& res) {
  const auto& g = res.gap;
  json q = {{"year", g.year},
            {"vintage", res.vintage.id},
            {"group", res.group.label()},
            {"membership", to_string(res.query.scope.membership)},
            {"target_pct", g.target_pct},
            {"basis", to_string(g.basis)}};
  json j = envelope("gap", res.vintage, q);
  j["year"] = g.year;
  j["target_pct"] = g.target_pct;
  j["basis"] = to_string(g.basis);
  j["group"] = res.group.label();
  j["total_gap_usd_m"] = clean(g.total_gap_usd_m, 3);
  j["count_below"] = g.count_below;
  j["missing"] = g.missing;
  return j;
}

}  // namespace

Rendered view(const service::GapResultSet& res, Lang lang) {
  const auto& g = res.gap;
  const auto& v = res.vintage;
  const auto cols = gap_columns(res, lang);
  Rendered out = table_view(gap_json(res), "rows", cols, g.rows);
  // The table lists only the allies that have a gap; JSON and CSV list every ally.
  std::vector<GapRow> below;
  for (const auto& row : g.rows)
    if (!row.meets) below.push_back(row);
  TextTable t = text_table(cols, below, lang);

  Doc& d = out.doc;
  d.title =
      fmt::format("{} {} {}, {} ({})", tr(lang, "Gap to", "Écart à"),
                  target_percent(g.target_pct, lang), tr(lang, "of GDP", "du PIB"), g.year, v.id);
  Block b{"", {}, {}, {}};
  b.facts.push_back({tr(lang, "Group", "Groupe"), group_name(res.group, lang)});
  b.facts.push_back({tr(lang, "Allies below the target", "Alliés sous la cible"),
                     fmt::format("{} {} {}", g.count_below, tr(lang, "of", "sur"), g.rows.size())});
  b.facts.push_back(
      {fmt::format("{} ({})", tr(lang, "Total gap", "Écart total"), basis_label(res, lang)),
       usd_bn(g.total_gap_usd_m, lang)});
  if (!t.rows.empty()) b.tables.push_back(std::move(t));
  b.notes.push_back(tr(lang,
                       "Gap = (target - published share) x GDP; allies meeting the target by "
                       "NATO's rounding rule have none.",
                       "Écart = (cible - part publiée) x PIB ; les Alliés qui atteignent la cible "
                       "selon la règle d'arrondi de l'OTAN n'en ont pas."));
  if (!g.missing.empty()) {
    std::string m;
    for (const auto& c : g.missing) m += (m.empty() ? "" : ", ") + c;
    b.notes.push_back(fmt::format("{}{} {}", tr(lang, "No data", "Sans données"), colon(lang), m));
  }
  d.blocks.push_back(std::move(b));
  d.source = source_line(v, lang);
  return out;
}

}  // namespace fardeau::render

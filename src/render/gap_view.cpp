// `fardeau gap`: what each ally below a target must add, in dollars.
#include <fmt/format.h>

#include "render/json_common.hpp"
#include "render/number_format.hpp"
#include "render/views.hpp"

namespace fardeau::render {

Rendered view(const service::GapResultSet& res, Lang lang) {
  using json = nlohmann::ordered_json;
  const auto& g = res.gap;
  const auto& v = res.vintage;
  const bool current = g.basis == PriceBasis::current;
  const std::string basis_label =
      current ? tr(lang, "current US$", "$ courants")
              : fmt::format("{} {}", tr(lang, "constant", "$ constants"), v.base_year);
  Rendered out;
  json q = {{"year", g.year},
            {"vintage", v.id},
            {"group", res.group.label()},
            {"membership", to_string(res.query.scope.membership)},
            {"target_pct", g.target_pct},
            {"basis", to_string(g.basis)}};
  json j = envelope("gap", v, q);
  j["year"] = g.year;
  j["target_pct"] = g.target_pct;
  j["basis"] = to_string(g.basis);
  j["group"] = res.group.label();
  j["total_gap_usd_m"] = clean(g.total_gap_usd_m, 3);
  j["count_below"] = g.count_below;
  j["missing"] = g.missing;
  json rows = json::array();
  TextTable t{
      {tr(lang, "Ally", "Allié"), tr(lang, "% of GDP", "% du PIB"), "",
       tr(lang, "Gap (pp)", "Écart (pts)"),
       fmt::format("{} ({}, {})", tr(lang, "Gap", "Écart"), tr(lang, "US$ m", "M$"), basis_label)},
      {false, true, false, true, true},
      {}};
  out.csv.headers = {"vintage",   "year",   "iso3",      "name",  "pct_gdp", "estimate",
                     "gdp_usd_m", "gap_pp", "gap_usd_m", "meets", "basis"};
  for (const auto& row : g.rows) {
    rows.push_back({{"iso3", row.ally->iso3},
                    {"name", ally_name(*row.ally, lang)},
                    {"pct_gdp", row.pct_gdp},
                    {"estimate", row.estimate},
                    {"gdp_usd_m", row.gdp_usd_m},
                    {"gap_pp", clean(row.gap_pp, 6)},
                    {"gap_usd_m", clean(row.gap_usd_m, 3)},
                    {"meets", row.meets}});
    if (!row.meets)
      t.rows.push_back({ally_name(*row.ally, lang), number(row.pct_gdp, 2, lang),
                        est_mark(row.estimate), number(row.gap_pp, 2, lang),
                        number(row.gap_usd_m, 0, lang)});
    out.csv.rows.push_back({v.id, std::to_string(g.year), row.ally->iso3,
                            ally_name(*row.ally, lang), csv_number(row.pct_gdp),
                            row.estimate ? "1" : "0", csv_number(row.gdp_usd_m),
                            csv_number(clean(row.gap_pp, 6)), csv_number(clean(row.gap_usd_m, 3)),
                            row.meets ? "1" : "0", to_string(g.basis)});
  }
  j["rows"] = rows;
  out.json = std::move(j);

  Doc& d = out.doc;
  d.title =
      fmt::format("{} {} {}, {} ({})", tr(lang, "Gap to", "Écart à"),
                  target_percent(g.target_pct, lang), tr(lang, "of GDP", "du PIB"), g.year, v.id);
  Block b{"", {}, {}, {}};
  b.facts.push_back({tr(lang, "Group", "Groupe"), group_name(res.group, lang)});
  b.facts.push_back({tr(lang, "Allies below the target", "Alliés sous la cible"),
                     fmt::format("{} {} {}", g.count_below, tr(lang, "of", "sur"), g.rows.size())});
  b.facts.push_back({fmt::format("{} ({})", tr(lang, "Total gap", "Écart total"), basis_label),
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

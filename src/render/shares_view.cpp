// `fardeau shares`: shares of spending against shares of GDP or population.
#include <fmt/format.h>

#include "render/json_common.hpp"
#include "render/number_format.hpp"
#include "render/views.hpp"

namespace fardeau::render {

Rendered view(const service::SharesResultSet& res, Lang lang) {
  using json = nlohmann::ordered_json;
  const auto& s = res.shares;
  const auto& v = res.vintage;
  const bool by_gdp = s.by == analysis::ShareBase::gdp;
  const char* by = by_gdp ? "gdp" : "population";
  Rendered out;
  json q = {{"year", s.year},
            {"vintage", v.id},
            {"group", res.group.label()},
            {"membership", to_string(res.query.scope.membership)},
            {"basis", to_string(s.basis)},
            {"by", by}};
  json j = envelope("shares", v, q);
  j["year"] = s.year;
  j["basis"] = to_string(s.basis);
  j["by"] = by;
  j["group"] = res.group.label();
  j["total_defexp_usd_m"] = clean(s.total_defexp_usd_m, 3);
  j["total_base"] = clean(s.total_base, 3);
  j["us_share_pct"] = opt(s.us_share_pct, 6);
  j["hhi"] = clean(s.hhi, 3);
  j["missing"] = s.missing;
  json rows = json::array();
  const std::string base_head = by_gdp ? tr(lang, "GDP share", "Part du PIB")
                                       : tr(lang, "Population share", "Part de la population");
  TextTable t{
      {tr(lang, "Ally", "Allié"), tr(lang, "Spending (US$ m)", "Dépenses (M$)"),
       tr(lang, "Spending share", "Part des dépenses"), base_head, tr(lang, "Ratio", "Ratio"), ""},
      {false, true, true, true, true, false},
      {}};
  out.csv.headers = {"vintage",
                     "year",
                     "iso3",
                     "name",
                     "defexp_usd_m",
                     "defexp_share_pct",
                     by_gdp ? "gdp_usd_m" : "population_k",
                     "base_share_pct",
                     "ratio",
                     "estimate",
                     "basis"};
  for (const auto& r : s.rows) {
    rows.push_back({{"iso3", r.ally->iso3},
                    {"name", ally_name(*r.ally, lang)},
                    {"defexp_usd_m", r.defexp_usd_m},
                    {"defexp_share_pct", clean(r.defexp_share_pct, 6)},
                    {by_gdp ? "gdp_usd_m" : "population_k", clean(r.base_value, 3)},
                    {"base_share_pct", clean(r.base_share_pct, 6)},
                    {"ratio", clean(r.ratio, 6)},
                    {"estimate", r.estimate}});
    t.rows.push_back({ally_name(*r.ally, lang), number(r.defexp_usd_m, 0, lang),
                      percent(r.defexp_share_pct, 2, lang), percent(r.base_share_pct, 2, lang),
                      number(r.ratio, 2, lang), est_mark(r.estimate)});
    out.csv.rows.push_back({v.id, std::to_string(s.year), r.ally->iso3, ally_name(*r.ally, lang),
                            csv_number(r.defexp_usd_m), csv_number(clean(r.defexp_share_pct, 6)),
                            csv_number(clean(r.base_value, 3)),
                            csv_number(clean(r.base_share_pct, 6)), csv_number(clean(r.ratio, 6)),
                            r.estimate ? "1" : "0", to_string(s.basis)});
  }
  j["rows"] = rows;
  out.json = std::move(j);

  Doc& d = out.doc;
  d.title = fmt::format("{}, {} ({})", tr(lang, "Who carries the alliance", "Qui porte l'Alliance"),
                        s.year, v.id);
  Block b{"", {}, {}, {}};
  b.facts.push_back({tr(lang, "Group", "Groupe"), group_name(res.group, lang)});
  b.facts.push_back({tr(lang, "Total spending", "Dépenses totales"),
                     fmt::format("{} ({})", usd_bn(s.total_defexp_usd_m, lang),
                                 s.basis == PriceBasis::current
                                     ? tr(lang, "current prices", "prix courants")
                                     : tr(lang, "constant prices", "prix constants"))});
  b.facts.push_back({tr(lang, "US share", "Part des États-Unis"),
                     s.us_share_pct ? percent(*s.us_share_pct, 1, lang) : missing(lang)});
  b.facts.push_back({tr(lang, "Concentration (HHI, 0-10,000)", "Concentration (IHH, 0-10 000)"),
                     number(s.hhi, 0, lang)});
  b.tables.push_back(std::move(t));
  b.notes.push_back(tr(lang,
                       "Ratio = share of spending / share of the base; above 1, an ally carries "
                       "more than its weight.",
                       "Ratio = part des dépenses / part de la base ; au-dessus de 1, un Allié "
                       "porte plus que son poids."));
  d.blocks.push_back(std::move(b));
  d.source = source_line(v, lang);
  return out;
}

}  // namespace fardeau::render

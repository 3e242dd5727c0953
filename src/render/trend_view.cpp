// `fardeau trend`: a group's spending from one year to another.
#include <fmt/format.h>

#include "render/json_common.hpp"
#include "render/number_format.hpp"
#include "render/views.hpp"

namespace fardeau::render {

Rendered view(const service::TrendResultSet& res, Lang lang) {
  using json = nlohmann::ordered_json;
  const auto& t = res.trend;
  const auto& v = res.vintage;
  const bool current = t.basis == PriceBasis::current;
  Rendered out;
  json q = {{"group", res.group.label()},
            {"from", t.from},
            {"to", t.to},
            {"vintage", v.id},
            {"basis", to_string(t.basis)},
            {"membership", to_string(t.membership)}};
  json j = envelope("trend", v, q);
  j["group"] = res.group.label();
  j["from"] = t.from;
  j["to"] = t.to;
  j["basis"] = to_string(t.basis);
  j["price_base_year"] = current || v.base_year == 0 ? json(nullptr) : json(v.base_year);
  j["level_change_usd_m"] = clean(t.level_change_usd_m, 3);
  j["change_pct"] = clean(t.change_pct, 6);
  j["real_change_pct"] = opt(t.real_change_pct, 6);
  j["cumulative_over_base_usd_m"] = clean(t.cumulative_over_base_usd_m, 3);
  json points = json::array();
  TextTable tab{{tr(lang, "Year", "Année"), tr(lang, "Spending (US$ m)", "Dépenses (M$)"), "",
                 tr(lang, "vs base (US$ m)", "vs base (M$)"), tr(lang, "Allies", "Alliés")},
                {true, true, false, true, true},
                {}};
  out.csv.headers = {"vintage",  "group",           "year",     "defexp_usd_m",
                     "estimate", "over_base_usd_m", "n_allies", "basis"};
  for (const auto& p : t.points) {
    points.push_back({{"year", p.year},
                      {"defexp_usd_m", clean(p.defexp_usd_m, 3)},
                      {"estimate", p.estimate},
                      {"n_allies", p.n_allies},
                      {"missing", p.missing},
                      {"us_defexp_usd_m", p.us ? json(clean(p.us->value, 3)) : json(nullptr)},
                      {"us_share_pct", p.us ? json(clean(p.us->share_pct, 6)) : json(nullptr)}});
    tab.rows.push_back(
        {std::to_string(p.year), number(p.defexp_usd_m, 0, lang), est_mark(p.estimate),
         p.year == t.from ? "" : number(p.over_base_usd_m, 0, lang), std::to_string(p.n_allies)});
    out.csv.rows.push_back({v.id, res.group.label(), std::to_string(p.year),
                            csv_number(clean(p.defexp_usd_m, 3)), p.estimate ? "1" : "0",
                            csv_number(clean(p.over_base_usd_m, 3)), std::to_string(p.n_allies),
                            to_string(t.basis)});
  }
  j["points"] = points;
  out.json = std::move(j);

  Doc& d = out.doc;
  const std::string basis_label =
      current ? tr(lang, "current US$", "$ courants")
              : fmt::format("{} {}", tr(lang, "constant", "$ constants"), v.base_year);
  d.title = fmt::format("{}, {}-{} ({}, {})", group_name(res.group, lang), t.from, t.to,
                        basis_label, v.id);
  Block b{"", {}, {}, {}};
  b.facts.push_back(
      {fmt::format("{} {}-{}", tr(lang, "Level change", "Variation du niveau"), t.from, t.to),
       fmt::format("{} ({})", usd_bn(t.level_change_usd_m, lang),
                   signed_percent(t.change_pct, 1, lang))});
  b.facts.push_back(
      {tr(lang, "Real change (constant prices)", "Évolution réelle (prix constants)"),
       t.real_change_pct ? signed_percent(*t.real_change_pct, 1, lang) : missing(lang)});
  b.facts.push_back(
      {fmt::format("{} {}", tr(lang, "Cumulative over", "Cumul au-dessus de"), t.from),
       usd_bn(t.cumulative_over_base_usd_m, lang)});
  b.tables.push_back(std::move(tab));
  b.notes.push_back(tr(lang,
                       "Cumulative over the base year = sum over the following years of (spending "
                       "- spending in the base year).",
                       "Cumul au-dessus de l'année de base = somme sur les années suivantes de "
                       "(dépenses - dépenses de l'année de base)."));
  b.notes.push_back(
      t.membership == Membership::as_of
          ? tr(lang, "Members as of each year (NATO's rule for its aggregates).",
               "Membres de chaque année (règle de l'OTAN pour ses agrégats).")
          : tr(lang, "Today's members in every year.", "Membres actuels pour toutes les années."));
  d.blocks.push_back(std::move(b));
  d.source = source_line(v, lang);
  return out;
}

}  // namespace fardeau::render

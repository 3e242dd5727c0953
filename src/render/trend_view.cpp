// `fardeau trend`: a group's spending from one year to another.
#include <fmt/format.h>

#include "render/columns.hpp"
#include "render/json_common.hpp"
#include "render/number_format.hpp"
#include "render/views.hpp"

namespace fardeau::render {

namespace {

using analysis::TrendPoint;
using json = nlohmann::ordered_json;

Columns<TrendPoint> trend_columns(const service::TrendResultSet& res) {
  using P = TrendPoint;
  const int from = res.trend.from;
  return {
      csv_constant<P>("vintage", res.vintage.id),
      csv_constant<P>("group", res.group.label()),
      {.id = "year",
       .en = "Year",
       .fr = "Année",
       .value = [](const P& p) -> json { return p.year; },
       .cell = [](const P& p, Lang) { return std::to_string(p.year); }},
      {.id = "defexp_usd_m",
       .en = "Spending (US$ m)",
       .fr = "Dépenses (M$)",
       .value = [](const P& p) -> json { return clean(p.defexp_usd_m, 3); },
       .cell = [](const P& p, Lang l) { return number(p.defexp_usd_m, 0, l); }},
      {.id = "estimate",
       .value = [](const P& p) -> json { return p.estimate; },
       .cell = [](const P& p, Lang) { return est_mark(p.estimate); },
       .align = Align::left},
      {.id = "over_base_usd_m",
       .en = "vs base (US$ m)",
       .fr = "vs base (M$)",
       .value = [](const P& p) -> json { return clean(p.over_base_usd_m, 3); },
       .cell = [from](const P& p,
                      Lang l) { return p.year == from ? "" : number(p.over_base_usd_m, 0, l); },
       .machine = Machine::csv},
      {.id = "n_allies",
       .en = "Allies",
       .fr = "Alliés",
       .value = [](const P& p) -> json { return p.n_allies; },
       .cell = [](const P& p, Lang) { return std::to_string(p.n_allies); }},
      {.id = "missing",
       .value = [](const P& p) -> json { return p.missing; },
       .machine = Machine::json},
      {.id = "us_defexp_usd_m",
       .value = [](const P& p) { return p.us ? json(clean(p.us->value, 3)) : json(nullptr); },
       .machine = Machine::json},
      {.id = "us_share_pct",
       .value = [](const P& p) { return p.us ? json(clean(p.us->share_pct, 6)) : json(nullptr); },
       .machine = Machine::json},
      csv_constant<P>("basis", to_string(res.trend.basis))};
}

json trend_json(const service::TrendResultSet& res) {
  const auto& t = res.trend;
  const auto& v = res.vintage;
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
  j["price_base_year"] =
      t.basis == PriceBasis::current || v.base_year == 0 ? json(nullptr) : json(v.base_year);
  j["level_change_usd_m"] = clean(t.level_change_usd_m, 3);
  j["change_pct"] = clean(t.change_pct, 6);
  j["real_change_pct"] = opt(t.real_change_pct, 6);
  j["cumulative_over_base_usd_m"] = clean(t.cumulative_over_base_usd_m, 3);
  return j;
}

}  // namespace

Rendered view(const service::TrendResultSet& res, Lang lang) {
  const auto& t = res.trend;
  const auto& v = res.vintage;
  const bool current = t.basis == PriceBasis::current;
  const auto cols = trend_columns(res);
  Rendered out = table_view(trend_json(res), "points", cols, t.points);

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
  b.tables.push_back(text_table(cols, t.points, lang));
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

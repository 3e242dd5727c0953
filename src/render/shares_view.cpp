// `fardeau shares`: shares of spending against shares of GDP or population.
#include <fmt/format.h>

#include "render/json_common.hpp"
#include "render/number_format.hpp"
#include "render/share_columns.hpp"
#include "render/views.hpp"

namespace fardeau::render {

using json = nlohmann::ordered_json;

Columns<analysis::ShareRow> share_row_columns(const std::string& vintage,
                                              const analysis::SharesResult& s, Lang lang,
                                              const ShareColumnsOptions& options) {
  using R = analysis::ShareRow;
  const bool by_gdp = s.by == analysis::ShareBase::gdp;
  const int year = s.year;
  const std::string by = by_gdp ? "gdp" : "population";
  const std::string basis = to_string(s.basis);
  Column<R> spending{.id = "defexp_usd_m",
                     .en = "Spending (US$ m)",
                     .fr = "Dépenses (M$)",
                     .value = [](const R& r) -> json { return r.defexp_usd_m; }};
  if (options.spending_in_table)
    spending.cell = [](const R& r, Lang l) { return number(r.defexp_usd_m, 0, l); };
  Columns<R> cols{csv_constant<R>("vintage", vintage),
                  csv_constant<R>("year", year),
                  {.id = "iso3", .value = [](const R& r) -> json { return r.ally->iso3; }},
                  ally_name_column<R>([](const R& r) { return r.ally; }, lang),
                  std::move(spending),
                  {.id = "defexp_share_pct",
                   .en = "Spending share",
                   .fr = "Part des dépenses",
                   .value = [](const R& r) -> json { return clean(r.defexp_share_pct, 6); },
                   .cell = [](const R& r, Lang l) { return percent(r.defexp_share_pct, 2, l); }},
                  {.id = by_gdp ? "gdp_usd_m" : "population_k",
                   .value = [](const R& r) -> json { return clean(r.base_value, 3); }},
                  {.id = "base_share_pct",
                   .en = by_gdp ? "GDP share" : "Population share",
                   .fr = by_gdp ? "Part du PIB" : "Part de la population",
                   .value = [](const R& r) -> json { return clean(r.base_share_pct, 6); },
                   .cell = [](const R& r, Lang l) { return percent(r.base_share_pct, 2, l); }},
                  {.id = "ratio",
                   .en = options.ratio_en,
                   .fr = options.ratio_fr,
                   .value = [](const R& r) -> json { return clean(r.ratio, 6); },
                   .cell = [](const R& r, Lang l) { return number(r.ratio, 2, l); }},
                  {.id = "estimate",
                   .value = [](const R& r) -> json { return r.estimate; },
                   .cell = [](const R& r, Lang) { return est_mark(r.estimate); },
                   .align = Align::left}};
  if (options.by_column) cols.push_back(csv_constant<R>("by", by));
  cols.push_back(csv_constant<R>("basis", basis));
  return cols;
}

Rendered view(const service::SharesResultSet& res, Lang lang) {
  const auto& s = res.shares;
  const auto& v = res.vintage;
  const char* by = s.by == analysis::ShareBase::gdp ? "gdp" : "population";
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
  const auto cols = share_row_columns(v.id, s, lang, {.spending_in_table = true});
  Rendered out = table_view(std::move(j), "rows", cols, s.rows);
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
  b.tables.push_back(text_table(cols, s.rows, lang));
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

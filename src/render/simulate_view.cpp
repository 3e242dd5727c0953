// `fardeau simulate`: per ally the probability of meeting the target each year with its
// standard error; per year quantiles of alliance spending and of the US share.
#include <fmt/format.h>

#include "render/json_common.hpp"
#include "render/number_format.hpp"
#include "render/scenario_view.hpp"

namespace fardeau::render {
namespace {
using json = nlohmann::ordered_json;

json quantiles_json(const analysis::McQuantiles& q, int decimals) {
  return {{"p05", clean(q.p05, decimals)}, {"p25", clean(q.p25, decimals)},
          {"p50", clean(q.p50, decimals)}, {"p75", clean(q.p75, decimals)},
          {"p95", clean(q.p95, decimals)}, {"mean", clean(q.mean, decimals)}};
}

}  // namespace

json simulation_params_json(const service::SimulateResult& r) {
  const auto& p = r.params;
  json allies = json::array();
  for (const auto& a : p.allies)
    allies.push_back({{"iso3", a.iso3},
                      {"pct0", a.pct0},
                      {"spend_current0_m", a.spend_current0_m},
                      {"mean_growth", a.mean_growth},
                      {"sd_growth", a.sd_growth},
                      {"mean_deflator", a.mean_deflator},
                      {"sd_deflator", a.sd_deflator},
                      {"plan_pct", a.plan_pct}});
  return {{"model", "fardeau-mc-1"},
          {"vintage", r.vintage.id},
          {"base_year", p.base_year},
          {"horizon_years", p.horizon_years},
          {"target_pct", p.target_pct},
          {"rho_growth", p.rho_growth},
          {"rho_deflator", p.rho_deflator},
          {"execution_mean", p.execution_mean},
          {"execution_sd", p.execution_sd},
          {"execution_max", p.execution_max},
          {"factor_min", 0.5},
          {"factor_max", 2.0},
          {"us_index", p.us_index},
          {"seed", p.seed},
          {"paths", p.paths},
          {"allies", std::move(allies)}};
}

Rendered view_simulation(const service::SimulateResult& res, Lang lang) {
  const auto& p = res.params;
  const auto& mc = res.mc;
  const auto& v = res.vintage;
  const auto& sq = res.query.scenario;
  Rendered out;
  json q = {{"vintage", v.id},
            {"membership", to_string(sq.scope.membership)},
            {"preset", sq.preset.empty() ? json(nullptr) : json(sq.preset)},
            {"target_pct", p.target_pct},
            {"from", p.base_year},
            {"by", p.base_year + p.horizon_years},
            {"path", sq.path},
            {"gdp_growth",
             res.plan.spec.gdp_growth_pct ? json(*res.plan.spec.gdp_growth_pct) : json("trend")},
            {"allies", sq.allies},
            {"us_pct", res.plan.spec.us_pct ? json(*res.plan.spec.us_pct) : json(nullptr)},
            {"paths", mc.paths},
            {"seed", mc.seed},
            {"threads", mc.threads},
            {"volatility", res.query.volatility},
            {"execution_mean", p.execution_mean},
            {"execution_sd", p.execution_sd}};
  json j = envelope("simulate", v, q);
  j["seed"] = mc.seed;
  j["paths"] = mc.paths;
  j["target_pct"] = p.target_pct;
  j["from"] = p.base_year;
  j["by"] = p.base_year + p.horizon_years;
  j["group"] = res.group.label();
  j["parameters"] = {
      {"rho_growth", clean(p.rho_growth, 6)}, {"rho_deflator", clean(p.rho_deflator, 6)},
      {"execution_mean", p.execution_mean},   {"execution_sd", p.execution_sd},
      {"execution_max", p.execution_max},     {"volatility", res.query.volatility}};
  json years = json::array();
  TextTable t{{tr(lang, "Year", "Année"), tr(lang, "Planned", "Prévu"), "P5", "P50", "P95",
               tr(lang, "US share P5", "Part É.-U. P5"), "P50", "P95",
               tr(lang, "Expected meeting", "Nombre attendu")},
              {false, true, true, true, true, true, true, true, true},
              {}};
  out.csv.headers = {"vintage", "year", "iso3", "prob_meets", "se", "paths", "seed"};
  for (std::size_t k = 0; k < mc.years.size(); ++k) {
    const auto& y = mc.years[k];
    const double planned = res.plan.years[k].total_current_m;
    json row = {{"year", y.year},
                {"planned_total_usd_m", clean(planned, 3)},
                {"total_usd_m", quantiles_json(y.total_usd_m, 3)},
                {"us_share_pct", y.has_us ? quantiles_json(y.us_share_pct, 4) : json(nullptr)},
                {"expected_allies_meeting", clean(y.expected_meeting, 4)}};
    years.push_back(std::move(row));
    const auto& u = y.us_share_pct;
    t.rows.push_back(
        {std::to_string(y.year), usd_bn(planned, lang), usd_bn(y.total_usd_m.p05, lang),
         usd_bn(y.total_usd_m.p50, lang), usd_bn(y.total_usd_m.p95, lang),
         y.has_us ? percent(u.p05, 1, lang) : missing(lang),
         y.has_us ? percent(u.p50, 1, lang) : missing(lang),
         y.has_us ? percent(u.p95, 1, lang) : missing(lang), number(y.expected_meeting, 1, lang)});
  }
  j["years"] = std::move(years);
  json allies = json::array();
  const int by = p.base_year + p.horizon_years;
  TextTable at{
      {tr(lang, "Ally", "Allié"), fmt::format("% {} {}", tr(lang, "GDP", "PIB"), p.base_year),
       fmt::format("{} {}", tr(lang, "Planned", "Prévu"), by),
       fmt::format("P({} {})", tr(lang, "meets", "atteint"), by), tr(lang, "s.e.", "é.-t."),
       tr(lang, "Growth", "Croissance"), tr(lang, "sd", "é.-t.")},
      {false, true, true, true, true, true, true},
      {}};
  for (std::size_t i = 0; i < mc.allies.size(); ++i) {
    const auto& a = mc.allies[i];
    const auto& ap = p.allies[i];
    const Ally& ally = *res.plan.bases[i].ally;
    json prob = json::array();
    for (std::size_t k = 0; k < a.prob.size(); ++k) {
      prob.push_back({{"year", p.base_year + static_cast<int>(k)},
                      {"planned_pct_gdp", clean(ap.plan_pct[k], 4)},
                      {"prob_meets", clean(a.prob[k], 6)},
                      {"se", clean(a.se[k], 6)}});
      out.csv.rows.push_back({v.id, std::to_string(p.base_year + static_cast<int>(k)), a.iso3,
                              csv_number(clean(a.prob[k], 6)), csv_number(clean(a.se[k], 6)),
                              std::to_string(mc.paths), std::to_string(mc.seed)});
    }
    allies.push_back({{"iso3", a.iso3},
                      {"name", ally_name(ally, lang)},
                      {"base_pct_gdp", ap.pct0},
                      {"mean_growth_pct", clean(ap.mean_growth * 100, 4)},
                      {"sd_growth_pct", clean(ap.sd_growth * 100, 4)},
                      {"mean_deflator_pct", clean(ap.mean_deflator * 100, 4)},
                      {"sd_deflator_pct", clean(ap.sd_deflator * 100, 4)},
                      {"years", std::move(prob)}});
    at.rows.push_back({ally_name(ally, lang), number(ap.pct0, 2, lang),
                       number(ap.plan_pct.back(), 2, lang), number(a.prob.back(), 3, lang),
                       number(a.se.back(), 3, lang), percent(ap.mean_growth * 100, 2, lang),
                       percent(ap.sd_growth * 100, 2, lang)});
  }
  j["allies"] = std::move(allies);
  j["missing"] = res.plan.missing;
  out.json = std::move(j);

  Doc& d = out.doc;
  d.title =
      fmt::format("{}{} {} {} {} ({} {}, {})", tr(lang, "Monte Carlo", "Monte-Carlo"), colon(lang),
                  target_percent(p.target_pct, lang), tr(lang, "of GDP by", "du PIB en"), by,
                  tr(lang, "from", "depuis"), p.base_year, v.id);
  Block b{"", {}, {}, {}};
  b.facts.push_back({tr(lang, "Allies", "Alliés"), group_name(res.group, lang)});
  b.facts.push_back(
      {tr(lang, "Paths", "Trajectoires"), number(static_cast<double>(mc.paths), 0, lang)});
  b.facts.push_back({tr(lang, "Seed", "Graine"), std::to_string(mc.seed)});
  b.facts.push_back(
      {tr(lang, "Correlation of shocks (growth, deflator)",
          "Corrélation des chocs (croissance, déflateur)"),
       fmt::format("{}, {}", number(p.rho_growth, 2, lang), number(p.rho_deflator, 2, lang))});
  b.facts.push_back(
      {tr(lang, "Budget execution (share of planned increase)",
          "Exécution budgétaire (part de la hausse prévue)"),
       fmt::format("{} ± {}", number(p.execution_mean, 2, lang), number(p.execution_sd, 2, lang))});
  b.tables.push_back(std::move(t));
  b.notes.push_back(tr(lang,
                       "Spending in current US$; P5-P95: quantiles over the paths. Year 0 is the "
                       "published base year.",
                       "Dépenses en $ courants ; P5-P95 : quantiles sur les trajectoires. L'année "
                       "0 est l'année de base publiée."));
  d.blocks.push_back(std::move(b));
  Block ab{fmt::format("{} {}",
                       tr(lang, "Probability of meeting the target in",
                          "Probabilité d'atteindre la cible en"),
                       by),
           {},
           {},
           {}};
  ab.tables.push_back(std::move(at));
  d.blocks.push_back(std::move(ab));
  d.source = source_line(v, lang);
  return out;
}

}  // namespace fardeau::render

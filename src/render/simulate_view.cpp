// `fardeau simulate`: per ally the probability of meeting the target each year with its
// standard error; per year quantiles of alliance spending and of the US share.
#include <fmt/format.h>

#include "render/columns.hpp"
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

namespace {

/// A simulated year with the plan's total for it.
struct SimYear {
  const analysis::McYear* y;
  double planned_usd_m;
};

/// A quantile of a year's spending or US share, for the table.
template <typename Text>
Column<SimYear> quantile_cell(const char* header_en, const char* header_fr,
                              double analysis::McQuantiles::*q, bool us_share, Text text) {
  return {.en = header_en,
          .fr = header_fr,
          .cell =
              [q, us_share, text](const SimYear& s, Lang l) {
                if (us_share && !s.y->has_us) return missing(l);
                return text((us_share ? s.y->us_share_pct : s.y->total_usd_m).*q, l);
              },
          .machine = Machine::none};
}

Columns<SimYear> sim_year_columns() {
  using Q = analysis::McQuantiles;
  auto usd = [](double v, Lang l) { return usd_bn(v, l); };
  auto pct = [](double v, Lang l) { return percent(v, 1, l); };
  return {{.id = "year",
           .en = "Year",
           .fr = "Année",
           .value = [](const SimYear& s) -> json { return s.y->year; },
           .cell = [](const SimYear& s, Lang) { return std::to_string(s.y->year); },
           .align = Align::left},
          {.id = "planned_total_usd_m",
           .en = "Planned",
           .fr = "Prévu",
           .value = [](const SimYear& s) -> json { return clean(s.planned_usd_m, 3); },
           .cell = [](const SimYear& s, Lang l) { return usd_bn(s.planned_usd_m, l); }},
          {.id = "total_usd_m",
           .value = [](const SimYear& s) { return quantiles_json(s.y->total_usd_m, 3); },
           .machine = Machine::json},
          quantile_cell("P5", "P5", &Q::p05, false, usd),
          quantile_cell("P50", "P50", &Q::p50, false, usd),
          quantile_cell("P95", "P95", &Q::p95, false, usd),
          {.id = "us_share_pct",
           .value = [](const SimYear& s) -> json {
             return s.y->has_us ? quantiles_json(s.y->us_share_pct, 4) : json(nullptr);
           },
           .machine = Machine::json},
          quantile_cell("US share P5", "Part É.-U. P5", &Q::p05, true, pct),
          quantile_cell("P50", "P50", &Q::p50, true, pct),
          quantile_cell("P95", "P95", &Q::p95, true, pct),
          {.id = "expected_allies_meeting",
           .en = "Expected meeting",
           .fr = "Nombre attendu",
           .value = [](const SimYear& s) -> json { return clean(s.y->expected_meeting, 4); },
           .cell = [](const SimYear& s, Lang l) { return number(s.y->expected_meeting, 1, l); }}};
}

/// An ally's result with its inputs.
struct SimAlly {
  const analysis::McAllyResult* a;
  const analysis::McAllyParams* p;
  const Ally* ally;
};

/// An ally in one year: JSON `years` of each ally, and a CSV line.
struct SimAllyYear {
  const SimAlly* s;
  std::size_t k;  ///< years after the base year
};

Columns<SimAllyYear> sim_ally_year_columns(const service::SimulateResult& res) {
  using R = SimAllyYear;
  const std::string vintage = res.vintage.id;
  const int base_year = res.params.base_year;
  const auto paths = res.mc.paths;
  const auto seed = res.mc.seed;
  return {
      csv_constant<R>("vintage", vintage),
      {.id = "year",
       .value = [base_year](const R& r) -> json { return base_year + static_cast<int>(r.k); }},
      {.id = "iso3",
       .value = [](const R& r) -> json { return r.s->a->iso3; },
       .machine = Machine::csv},
      {.id = "planned_pct_gdp",
       .value = [](const R& r) -> json { return clean(r.s->p->plan_pct[r.k], 4); },
       .machine = Machine::json},
      {.id = "prob_meets", .value = [](const R& r) -> json { return clean(r.s->a->prob[r.k], 6); }},
      {.id = "se", .value = [](const R& r) -> json { return clean(r.s->a->se[r.k], 6); }},
      {.id = "paths",
       .value = [paths](const R&) -> json { return paths; },
       .machine = Machine::csv},
      {.id = "seed", .value = [seed](const R&) -> json { return seed; }, .machine = Machine::csv}};
}

std::vector<SimAllyYear> years_of(const SimAlly& s) {
  std::vector<SimAllyYear> out;
  for (std::size_t k = 0; k < s.a->prob.size(); ++k) out.push_back({&s, k});
  return out;
}

Columns<SimAlly> sim_ally_columns(const service::SimulateResult& res, Lang lang) {
  using A = SimAlly;
  const int from = res.params.base_year;
  const int by = from + res.params.horizon_years;
  auto pct100 = [](double analysis::McAllyParams::*field) {
    return [field](const A& a) -> json { return clean(a.p->*field * 100, 4); };
  };
  auto cols_years = sim_ally_year_columns(res);
  return {{.id = "iso3", .value = [](const A& a) -> json { return a.a->iso3; }},
          ally_name_column<A>([](const A& a) { return a.ally; }, lang),
          {.id = "base_pct_gdp",
           .en = fmt::format("% GDP {}", from),
           .fr = fmt::format("% PIB {}", from),
           .value = [](const A& a) -> json { return a.p->pct0; },
           .cell = [](const A& a, Lang l) { return number(a.p->pct0, 2, l); }},
          {.en = fmt::format("Planned {}", by),
           .fr = fmt::format("Prévu {}", by),
           .cell = [](const A& a, Lang l) { return number(a.p->plan_pct.back(), 2, l); },
           .machine = Machine::none},
          {.en = fmt::format("P(meets {})", by),
           .fr = fmt::format("P(atteint {})", by),
           .cell = [](const A& a, Lang l) { return number(a.a->prob.back(), 3, l); },
           .machine = Machine::none},
          {.en = "s.e.",
           .fr = "é.-t.",
           .cell = [](const A& a, Lang l) { return number(a.a->se.back(), 3, l); },
           .machine = Machine::none},
          {.id = "mean_growth_pct",
           .en = "Growth",
           .fr = "Croissance",
           .value = pct100(&analysis::McAllyParams::mean_growth),
           .cell = [](const A& a, Lang l) { return percent(a.p->mean_growth * 100, 2, l); }},
          {.id = "sd_growth_pct",
           .en = "sd",
           .fr = "é.-t.",
           .value = pct100(&analysis::McAllyParams::sd_growth),
           .cell = [](const A& a, Lang l) { return percent(a.p->sd_growth * 100, 2, l); }},
          {.id = "mean_deflator_pct", .value = pct100(&analysis::McAllyParams::mean_deflator)},
          {.id = "sd_deflator_pct", .value = pct100(&analysis::McAllyParams::sd_deflator)},
          {.id = "years",
           .value = [cols_years](const A& a) { return json_rows(cols_years, years_of(a)); },
           .machine = Machine::json}};
}

json simulation_query(const service::SimulateResult& res) {
  const auto& p = res.params;
  const auto& mc = res.mc;
  const auto& sq = res.query.scenario;
  return {{"vintage", res.vintage.id},
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
}

void simulation_doc(Doc& d, const service::SimulateResult& res, TextTable years, TextTable allies,
                    Lang lang) {
  const auto& p = res.params;
  const auto& mc = res.mc;
  const int by = p.base_year + p.horizon_years;
  d.title =
      fmt::format("{}{} {} {} {} ({} {}, {})", tr(lang, "Monte Carlo", "Monte-Carlo"), colon(lang),
                  target_percent(p.target_pct, lang), tr(lang, "of GDP by", "du PIB en"), by,
                  tr(lang, "from", "depuis"), p.base_year, res.vintage.id);
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
  b.tables.push_back(std::move(years));
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
  ab.tables.push_back(std::move(allies));
  d.blocks.push_back(std::move(ab));
  d.source = source_line(res.vintage, lang);
}

}  // namespace

Rendered view_simulation(const service::SimulateResult& res, Lang lang) {
  const auto& p = res.params;
  const auto& mc = res.mc;
  Rendered out;
  json j = envelope("simulate", res.vintage, simulation_query(res));
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
  std::vector<SimYear> years;
  for (std::size_t k = 0; k < mc.years.size(); ++k)
    years.push_back({&mc.years[k], res.plan.years[k].total_current_m});
  const auto year_cols = sim_year_columns();
  j["years"] = json_rows(year_cols, years);
  std::vector<SimAlly> allies;
  for (std::size_t i = 0; i < mc.allies.size(); ++i)
    allies.push_back({&mc.allies[i], &p.allies[i], res.plan.bases[i].ally});
  const auto ally_cols = sim_ally_columns(res, lang);
  j["allies"] = json_rows(ally_cols, allies);
  j["missing"] = res.plan.missing;
  out.json = std::move(j);
  const auto ally_year_cols = sim_ally_year_columns(res);
  for (const auto& a : allies) csv_rows(out.csv, ally_year_cols, years_of(a));
  if (out.csv.headers.empty()) csv_rows(out.csv, ally_year_cols, std::vector<SimAllyYear>{});
  simulation_doc(out.doc, res, text_table(year_cols, years, lang),
                 text_table(ally_cols, allies, lang), lang);
  return out;
}

}  // namespace fardeau::render

#include "render/stats_view.hpp"

#include <fmt/format.h>

#include "render/json_common.hpp"
#include "render/number_format.hpp"

namespace fardeau::render {
namespace {

using json = nlohmann::ordered_json;

std::string method_id(analysis::PValueMethod m) { return std::string(analysis::to_string(m)); }

std::string codes(const std::vector<std::string>& v, const char* sep = " ") {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : sep) + x;
  return s;
}

json stats_query(const service::StatsScope& s) {
  return {{"vintage", s.scope.vintage ? json(*s.scope.vintage) : json(nullptr)},
          {"definition", s.definition},
          {"membership", to_string(s.scope.membership)}};
}

json skipped_json(const std::vector<service::SkippedYear>& skipped) {
  json a = json::array();
  for (const auto& s : skipped) a.push_back({{"year", s.year}, {"n", s.n}, {"reason", s.reason}});
  return a;
}

void skipped_notes(Block& b, const std::vector<service::SkippedYear>& skipped, Lang lang) {
  for (const auto& s : skipped)
    b.notes.push_back(
        fmt::format("{} {}{} {}", tr(lang, "Skipped", "Année omise"), s.year, tr(lang, ":", " :"),
                    lang == Lang::fr ? fmt::format("{} Alliés avec des valeurs", s.n) : s.reason));
}

std::string rho_text(double v, Lang lang) { return number(v, 3, lang); }

std::string method_text(analysis::PValueMethod m, Lang lang) {
  switch (m) {
    case analysis::PValueMethod::exact:
      return tr(lang, "exact", "exacte");
    case analysis::PValueMethod::t_distribution:
      return "t";
    case analysis::PValueMethod::normal:
      return tr(lang, "normal", "normale");
    case analysis::PValueMethod::chi_square:
      return tr(lang, "chi-square", "khi-deux");
  }
  return "";
}

std::string basis_text(PriceBasis b, Lang lang) {
  return b == PriceBasis::current ? tr(lang, "current prices", "prix courants")
                                  : tr(lang, "constant prices", "prix constants");
}

}  // namespace

std::string p_value_text(double p, Lang lang) {
  if (p < 0.001) return lang == Lang::fr ? "<0,001" : "<0.001";
  return number(p, 3, lang);
}

// ---- exploitation -----------------------------------------------------------------------

Rendered view(const service::ExploitationResult& res, Lang lang) {
  const auto& v = res.vintage;
  Rendered out;
  json q = stats_query(res.query.stats);
  q["from"] = *res.query.from;
  q["to"] = *res.query.to;
  json j = envelope("stats exploitation", v, q);
  j["from"] = *res.query.from;
  j["to"] = *res.query.to;
  j["hypothesis"] =
      "H1: rho > 0, allies with larger GDP bear a larger defence burden "
      "(Olson and Zeckhauser 1966)";
  j["gdp_measure"] = res.gdp_measure;
  j["burden_measure"] = "defexp_pct_gdp";
  j["burden_source"] = res.burden_source;
  j["min_allies"] = service::kStatsMinAllies;
  json years = json::array();
  TextTable t{{tr(lang, "Year", "Année"), "n", "rho", "p", tr(lang, "method", "méthode"), "tau",
               "p", tr(lang, "partial rho", "rho partiel"), "p", tr(lang, "n partial", "n partiel"),
               tr(lang, "excluded", "exclus")},
              {true, true, true, true, false, true, true, true, true, true, false},
              {}};
  out.csv.headers = {"vintage",
                     "year",
                     "status",
                     "members",
                     "n",
                     "rho",
                     "rho_p_one_sided",
                     "rho_p_two_sided",
                     "rho_method",
                     "tau",
                     "tau_p_one_sided",
                     "tau_p_two_sided",
                     "tau_method",
                     "partial_rho",
                     "partial_n",
                     "partial_p_one_sided",
                     "partial_p_two_sided",
                     "excluded",
                     "reason"};
  int significant = 0;
  for (const auto& y : res.years) {
    json allies = json::array();
    for (const auto& a : y.allies)
      allies.push_back({{"iso3", a.ally->iso3},
                        {"gdp_usd_m", a.gdp_usd_m},
                        {"burden_pct", a.burden_pct},
                        {"gdp_per_capita_usd", opt(a.gdp_per_capita_usd, 3)},
                        {"estimate", a.estimate}});
    json partial = nullptr;
    if (y.partial)
      partial = {{"rho", y.partial->statistic},
                 {"n", y.partial->n},
                 {"controls", "gdp_per_capita"},
                 {"df", y.partial->df},
                 {"t", y.partial->t},
                 {"p_value_one_sided", y.partial->p_value_one_sided},
                 {"p_value_two_sided", y.partial->p_value_two_sided},
                 {"method", method_id(y.partial->method)},
                 {"excluded", y.partial_excluded}};
    years.push_back(
        {{"year", y.year},
         {"members", y.members},
         {"n", y.spearman.n},
         {"excluded", y.excluded},
         {"spearman",
          {{"rho", y.spearman.statistic},
           {"p_value_one_sided", y.spearman.p_value_one_sided},
           {"p_value_two_sided", y.spearman.p_value_two_sided},
           {"method", method_id(y.spearman.method)},
           {"has_ties", y.spearman.has_ties}}},
         {"kendall",
          {{"tau", y.kendall.statistic},
           {"p_value_one_sided", y.kendall.p_value_one_sided},
           {"p_value_two_sided", y.kendall.p_value_two_sided},
           {"method", method_id(y.kendall.method)},
           {"has_ties", y.kendall.has_ties}}},
         {"partial", partial},
         {"partial_note", y.partial_note.empty() ? json(nullptr) : json(y.partial_note)},
         {"allies", allies}});
    if (y.spearman.p_value_one_sided < 0.05) ++significant;
    t.rows.push_back(
        {std::to_string(y.year), std::to_string(y.spearman.n), rho_text(y.spearman.statistic, lang),
         p_value_text(y.spearman.p_value_one_sided, lang), method_text(y.spearman.method, lang),
         rho_text(y.kendall.statistic, lang), p_value_text(y.kendall.p_value_one_sided, lang),
         y.partial ? rho_text(y.partial->statistic, lang) : "",
         y.partial ? p_value_text(y.partial->p_value_one_sided, lang) : "",
         y.partial ? std::to_string(y.partial->n) : "", codes(y.excluded)});
    out.csv.rows.push_back(
        {v.id, std::to_string(y.year), "tested", std::to_string(y.members),
         std::to_string(y.spearman.n), csv_number(y.spearman.statistic),
         csv_number(y.spearman.p_value_one_sided), csv_number(y.spearman.p_value_two_sided),
         method_id(y.spearman.method), csv_number(y.kendall.statistic),
         csv_number(y.kendall.p_value_one_sided), csv_number(y.kendall.p_value_two_sided),
         method_id(y.kendall.method), y.partial ? csv_number(y.partial->statistic) : "",
         y.partial ? std::to_string(y.partial->n) : "",
         y.partial ? csv_number(y.partial->p_value_one_sided) : "",
         y.partial ? csv_number(y.partial->p_value_two_sided) : "", codes(y.excluded, ";"),
         y.partial_note});
  }
  for (const auto& s : res.skipped)
    out.csv.rows.push_back({v.id, std::to_string(s.year), "skipped", "", std::to_string(s.n), "",
                            "", "", "", "", "", "", "", "", "", "", "", "", s.reason});
  std::stable_sort(out.csv.rows.begin(), out.csv.rows.end(),
                   [](const auto& a, const auto& b) { return a[1] < b[1]; });
  j["years"] = years;
  j["skipped"] = skipped_json(res.skipped);
  out.json = std::move(j);

  Doc& d = out.doc;
  d.title = fmt::format("{}, {}-{} ({})",
                        tr(lang, "Exploitation hypothesis (Olson-Zeckhauser)",
                           "Hypothèse d'exploitation (Olson-Zeckhauser)"),
                        *res.query.from, *res.query.to, v.id);
  Block b{"", {}, {}, {}};
  b.facts.push_back(
      {tr(lang, "Test", "Test"),
       tr(lang, "rank correlation of GDP and defence burden (% of GDP), H1: rho > 0",
          "corrélation des rangs du PIB et de l'effort de défense (% du PIB), H1 : rho > 0")});
  b.facts.push_back({tr(lang, "GDP", "PIB"), res.gdp_measure});
  b.facts.push_back(
      {tr(lang, "Burden", "Effort"),
       res.burden_source == "published"
           ? tr(lang, "% of GDP as published by the edition", "% du PIB publié par l'édition")
           : tr(lang, "spending / GDP, current prices", "dépenses / PIB, prix courants")});
  b.facts.push_back({tr(lang, "Years tested", "Années testées"),
                     fmt::format("{} ({} {})", res.years.size(), res.skipped.size(),
                                 tr(lang, "skipped", "omises"))});
  b.facts.push_back({tr(lang, "Years with rho > 0 at 5% (one-sided)",
                        "Années avec rho > 0 au seuil de 5 % (unilatéral)"),
                     std::to_string(significant)});
  b.tables.push_back(std::move(t));
  b.notes.push_back(
      tr(lang,
         "p: one-sided p-values (H1: positive association). Spearman exact for n <= 10, "
         "Student's t above; Kendall exact without ties for n <= 33, normal otherwise; "
         "partial rho holds GDP per capita constant (Sandler and Murdoch 2000), t test.",
         "p : valeurs p unilatérales (H1 : association positive). Spearman exacte pour "
         "n <= 10, t de Student au-delà ; Kendall exacte sans ex aequo pour n <= 33, "
         "normale sinon ; le rho partiel neutralise le PIB par habitant (Sandler et "
         "Murdoch 2000), test t."));
  b.notes.push_back(
      tr(lang,
         "Members as of each year; allies without armed forces (Iceland) or without a "
         "value are excluded and listed.",
         "Membres de chaque année ; les Alliés sans forces armées (Islande) ou sans "
         "valeur sont exclus et listés."));
  std::vector<int> no_partial;
  for (const auto& y : res.years)
    if (!y.partial) no_partial.push_back(y.year);
  if (!no_partial.empty())
    b.notes.push_back(fmt::format(
        "{} {} {} ({}-{}){} {}", tr(lang, "No partial rho in", "Pas de rho partiel pour"),
        no_partial.size(), tr(lang, "years", "années"), no_partial.front(), no_partial.back(),
        tr(lang, ":", " :"),
        tr(lang,
           "the edition gives no population, or too few allies have one (see partial_note in JSON)",
           "l'édition ne donne pas la population, ou trop peu d'Alliés en ont une (voir "
           "partial_note en JSON)")));
  skipped_notes(b, res.skipped, lang);
  d.blocks.push_back(std::move(b));
  d.source = source_line(v, lang);
  return out;
}

// ---- concordance ------------------------------------------------------------------------

Rendered view(const service::ConcordanceResult& res, Lang lang) {
  const auto& v = res.vintage;
  const int year = *res.query.year;
  const char* benefit = service::to_string(res.query.benefit);
  Rendered out;
  json q = stats_query(res.query.stats);
  q["year"] = year;
  q["benefit"] = benefit;
  json j = envelope("stats concordance", v, q);
  j["year"] = year;
  j["benefit"] = benefit;
  j["basis"] = to_string(res.basis);
  j["members"] = res.members;
  j["n"] = res.rows.size();
  j["excluded"] = res.excluded;
  const auto& w = res.wilcoxon;
  j["wilcoxon"] = {{"statistic", w.statistic},
                   {"r_plus", w.r_plus},
                   {"r_minus", w.r_minus},
                   {"z", w.z},
                   {"n_nonzero", w.n_nonzero},
                   {"alternative", "spending share > benefit share"},
                   {"p_value_one_sided", w.p_value_one_sided},
                   {"p_value_two_sided", w.p_value_two_sided},
                   {"method", method_id(w.method)},
                   {"has_ties", w.has_ties}};
  const auto& kw = res.kendall_w;
  j["kendall_w"] = {{"w", kw.statistic},           {"m", kw.m},
                    {"chi_square", kw.chi_square}, {"df", kw.df},
                    {"p_value", kw.p_value},       {"method", method_id(kw.method)}};
  j["count_above"] = res.count_above;
  json rows = json::array();
  TextTable t{
      {tr(lang, "Ally", "Allié"), tr(lang, "Spending (US$ m)", "Dépenses (M$)"),
       tr(lang, "Spending share", "Part des dépenses"), tr(lang, "GDP share", "Part du PIB"),
       tr(lang, "Population share", "Part de la population"),
       tr(lang, "Benefit share", "Part du bénéfice"), tr(lang, "Difference (pp)", "Écart (pts)"),
       ""},
      {false, true, true, true, true, true, true, false},
      {}};
  out.csv.headers = {"vintage",
                     "year",
                     "benefit",
                     "iso3",
                     "name",
                     "defexp_usd_m",
                     "defexp_share_pct",
                     "gdp_share_pct",
                     "population_share_pct",
                     "benefit_share_pct",
                     "difference_pp",
                     "estimate"};
  auto pct_or_empty = [&](const std::optional<double>& x) {
    return x ? percent(*x, 2, lang) : std::string();
  };
  auto csv_or_empty = [](const std::optional<double>& x) {
    return x ? csv_number(clean(*x, 6)) : std::string();
  };
  for (const auto& r : res.rows) {
    rows.push_back({{"iso3", r.ally->iso3},
                    {"name", ally_name(*r.ally, lang)},
                    {"defexp_usd_m", r.defexp_usd_m},
                    {"defexp_share_pct", clean(r.defexp_share_pct, 6)},
                    {"gdp_share_pct", opt(r.gdp_share_pct, 6)},
                    {"population_share_pct", opt(r.population_share_pct, 6)},
                    {"benefit_share_pct", clean(r.benefit_share_pct, 6)},
                    {"difference_pp", clean(r.difference_pp, 6)},
                    {"estimate", r.estimate}});
    t.rows.push_back({ally_name(*r.ally, lang), number(r.defexp_usd_m, 0, lang),
                      percent(r.defexp_share_pct, 2, lang), pct_or_empty(r.gdp_share_pct),
                      pct_or_empty(r.population_share_pct), percent(r.benefit_share_pct, 2, lang),
                      number(r.difference_pp, 2, lang), est_mark(r.estimate)});
    out.csv.rows.push_back({v.id, std::to_string(year), benefit, r.ally->iso3,
                            ally_name(*r.ally, lang), csv_number(r.defexp_usd_m),
                            csv_number(clean(r.defexp_share_pct, 6)), csv_or_empty(r.gdp_share_pct),
                            csv_or_empty(r.population_share_pct),
                            csv_number(clean(r.benefit_share_pct, 6)),
                            csv_number(clean(r.difference_pp, 6)), r.estimate ? "1" : "0"});
  }
  j["rows"] = rows;
  out.json = std::move(j);

  const char* benefit_label = res.query.benefit == service::BenefitProxy::gdp
                                  ? tr(lang, "share of GDP", "part du PIB")
                              : res.query.benefit == service::BenefitProxy::population
                                  ? tr(lang, "share of population", "part de la population")
                                  : tr(lang, "average of the GDP and population shares",
                                       "moyenne des parts du PIB et de la population");
  Doc& d = out.doc;
  d.title = fmt::format(
      "{}, {} ({})",
      tr(lang, "Benefits and burdens (Sandler-Forbes)", "Bénéfices et charges (Sandler-Forbes)"),
      year, v.id);
  Block b{"", {}, {}, {}};
  b.facts.push_back({tr(lang, "Benefit proxy", "Indicateur de bénéfice"), benefit_label});
  b.facts.push_back({tr(lang, "Allies", "Alliés"),
                     fmt::format("{} / {} ({}: {})", res.rows.size(), res.members,
                                 tr(lang, "excluded", "exclus"), codes(res.excluded))});
  b.facts.push_back({tr(lang, "Allies with spending share above benefit share",
                        "Alliés dont la part des dépenses dépasse la part du bénéfice"),
                     fmt::format("{} / {}", res.count_above, res.rows.size())});
  b.facts.push_back(
      {tr(lang, "Wilcoxon signed-rank", "Wilcoxon (rangs signés)"),
       fmt::format("R+ = {}, R- = {}, z = {}; p {} = {}, p {} = {} ({})", number(w.r_plus, 1, lang),
                   number(w.r_minus, 1, lang), number(w.z, 3, lang),
                   tr(lang, "one-sided", "unilatérale"), p_value_text(w.p_value_one_sided, lang),
                   tr(lang, "two-sided", "bilatérale"), p_value_text(w.p_value_two_sided, lang),
                   method_text(w.method, lang))});
  b.facts.push_back(
      {tr(lang, "Kendall's W (spending, benefit)", "W de Kendall (dépenses, bénéfice)"),
       fmt::format("W = {}, {} = {} ({} df), p = {}", number(kw.statistic, 3, lang),
                   tr(lang, "chi-square", "khi-deux"), number(kw.chi_square, 2, lang), kw.df,
                   p_value_text(kw.p_value, lang))});
  b.tables.push_back(std::move(t));
  b.notes.push_back(
      tr(lang,
         "Shares of the allies listed, at current prices. One-sided H1: spending shares "
         "exceed benefit shares; a two-sided p below 0.05 rejects burdens matching benefits.",
         "Parts des Alliés listés, prix courants. H1 unilatérale : les parts des dépenses "
         "dépassent les parts du bénéfice ; une p bilatérale sous 0,05 rejette l'égalité "
         "des charges et des bénéfices."));
  d.blocks.push_back(std::move(b));
  d.source = source_line(v, lang);
  return out;
}

// ---- concentration ----------------------------------------------------------------------

Rendered view(const service::ConcentrationResult& res, Lang lang) {
  const auto& v = res.vintage;
  Rendered out;
  json q = stats_query(res.query.stats);
  q["from"] = *res.query.from;
  q["to"] = *res.query.to;
  q["basis"] = to_string(res.query.basis);
  json j = envelope("stats concentration", v, q);
  j["from"] = *res.query.from;
  j["to"] = *res.query.to;
  j["basis"] = to_string(res.query.basis);
  json years = json::array();
  TextTable t{{tr(lang, "Year", "Année"), "n", tr(lang, "Spending (US$ bn)", "Dépenses (Md$)"),
               tr(lang, "HHI", "IHH"), tr(lang, "HHI norm.", "IHH norm."),
               tr(lang, "Equiv. allies", "Alliés équiv."), "Gini",
               tr(lang, "US share", "Part É.-U."), tr(lang, "Largest", "Premier")},
              {true, true, true, true, true, true, true, true, false},
              {}};
  out.csv.headers = {
      "vintage",      "year",           "members",           "n",        "total_defexp_usd_m",
      "hhi_points",   "hhi_normalized", "equivalent_number", "gini",     "gini_corrected",
      "us_share_pct", "largest_iso3",   "largest_share_pct", "excluded", "basis"};
  for (const auto& y : res.years) {
    years.push_back({{"year", y.year},
                     {"members", y.members},
                     {"n", y.n},
                     {"total_defexp_usd_m", clean(y.total_defexp_usd_m, 3)},
                     {"hhi", y.hhi.hhi},
                     {"hhi_points", y.hhi.hhi_points},
                     {"hhi_normalized", y.hhi.hhi_normalized},
                     {"equivalent_number", y.hhi.equivalent_number},
                     {"gini", y.gini.gini},
                     {"gini_corrected", y.gini.gini_corrected},
                     {"us_share_pct", opt(y.us_share_pct, 6)},
                     {"largest_iso3", y.largest_iso3},
                     {"largest_share_pct", clean(y.largest_share_pct, 6)},
                     {"excluded", y.excluded}});
    t.rows.push_back({std::to_string(y.year), std::to_string(y.n),
                      number(y.total_defexp_usd_m / 1000.0, 1, lang),
                      number(y.hhi.hhi_points, 0, lang), number(y.hhi.hhi_normalized, 3, lang),
                      number(y.hhi.equivalent_number, 2, lang), number(y.gini.gini, 3, lang),
                      y.us_share_pct ? percent(*y.us_share_pct, 1, lang) : missing(lang),
                      y.largest_iso3});
    out.csv.rows.push_back({v.id, std::to_string(y.year), std::to_string(y.members),
                            std::to_string(y.n), csv_number(clean(y.total_defexp_usd_m, 3)),
                            csv_number(y.hhi.hhi_points), csv_number(y.hhi.hhi_normalized),
                            csv_number(y.hhi.equivalent_number), csv_number(y.gini.gini),
                            csv_number(y.gini.gini_corrected),
                            y.us_share_pct ? csv_number(clean(*y.us_share_pct, 6)) : "",
                            y.largest_iso3, csv_number(clean(y.largest_share_pct, 6)),
                            codes(y.excluded, ";"), to_string(res.query.basis)});
  }
  j["years"] = years;
  j["skipped"] = skipped_json(res.skipped);
  out.json = std::move(j);

  Doc& d = out.doc;
  d.title = fmt::format(
      "{}, {}-{} ({}, {})",
      tr(lang, "Concentration of allied spending", "Concentration des dépenses alliées"),
      *res.query.from, *res.query.to, basis_text(res.query.basis, lang), v.id);
  Block b{"", {}, {}, {}};
  b.tables.push_back(std::move(t));
  b.notes.push_back(
      tr(lang,
         "HHI: sum of squared % shares (0-10,000); normalized (HHI - 1/n)/(1 - 1/n); "
         "equivalent allies = 1/HHI; Gini of spending levels (0 = equal).",
         "IHH : somme des carrés des parts en % (0-10 000) ; normalisé (IHH - 1/n)/(1 - 1/n) ; "
         "Alliés équivalents = 1/IHH ; Gini des niveaux de dépenses (0 = égalité)."));
  b.notes.push_back(tr(lang, "Members as of each year; Iceland (no armed forces) excluded.",
                       "Membres de chaque année ; Islande (sans forces armées) exclue."));
  skipped_notes(b, res.skipped, lang);
  d.blocks.push_back(std::move(b));
  d.source = source_line(v, lang);
  return out;
}

// ---- fair share -------------------------------------------------------------------------

Rendered view(const service::FairShareResult& res, Lang lang) {
  const auto& s = res.shares;
  const auto& v = res.vintage;
  const bool by_gdp = s.by == analysis::ShareBase::gdp;
  const char* by = by_gdp ? "gdp" : "population";
  Rendered out;
  json q = stats_query(res.query.stats);
  q["year"] = s.year;
  q["by"] = by;
  q["basis"] = to_string(s.basis);
  json j = envelope("stats fair-share", v, q);
  j["year"] = s.year;
  j["by"] = by;
  j["basis"] = to_string(s.basis);
  j["members"] = res.members;
  j["n"] = s.rows.size();
  j["excluded"] = s.missing;
  j["count_above"] = res.count_above;
  j["total_defexp_usd_m"] = clean(s.total_defexp_usd_m, 3);
  j["total_base"] = clean(s.total_base, 3);
  json rows = json::array();
  TextTable t{{tr(lang, "Ally", "Allié"), tr(lang, "Spending share", "Part des dépenses"),
               by_gdp ? tr(lang, "GDP share", "Part du PIB")
                      : tr(lang, "Population share", "Part de la population"),
               tr(lang, "Share ratio", "Ratio des parts"), ""},
              {false, true, true, true, false},
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
                     "by",
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
    t.rows.push_back({ally_name(*r.ally, lang), percent(r.defexp_share_pct, 2, lang),
                      percent(r.base_share_pct, 2, lang), number(r.ratio, 2, lang),
                      est_mark(r.estimate)});
    out.csv.rows.push_back({v.id, std::to_string(s.year), r.ally->iso3, ally_name(*r.ally, lang),
                            csv_number(r.defexp_usd_m), csv_number(clean(r.defexp_share_pct, 6)),
                            csv_number(clean(r.base_value, 3)),
                            csv_number(clean(r.base_share_pct, 6)), csv_number(clean(r.ratio, 6)),
                            r.estimate ? "1" : "0", by, to_string(s.basis)});
  }
  j["rows"] = rows;
  out.json = std::move(j);

  Doc& d = out.doc;
  d.title = fmt::format("{}, {} ({})",
                        tr(lang, "Fair share: share ratios", "Juste part : ratios des parts"),
                        s.year, v.id);
  Block b{"", {}, {}, {}};
  b.facts.push_back({tr(lang, "Base", "Base"),
                     by_gdp ? tr(lang, "GDP", "PIB") : tr(lang, "population", "population")});
  b.facts.push_back({tr(lang, "Prices", "Prix"), basis_text(s.basis, lang)});
  b.facts.push_back({tr(lang, "Allies above their share (ratio > 1)",
                        "Alliés au-dessus de leur part (ratio > 1)"),
                     fmt::format("{} / {}", res.count_above, s.rows.size())});
  if (!s.missing.empty()) b.facts.push_back({tr(lang, "Excluded", "Exclus"), codes(s.missing)});
  b.tables.push_back(std::move(t));
  b.notes.push_back(tr(
      lang,
      "Share ratio = share of allied spending / share of allied GDP or population "
      "(US Department of Defense, Report on Allied Contributions to the Common Defense).",
      "Ratio des parts = part des dépenses alliées / part du PIB ou de la population "
      "alliés (Département de la Défense des États-Unis, rapport sur les contributions alliées)."));
  d.blocks.push_back(std::move(b));
  d.source = source_line(v, lang);
  return out;
}

}  // namespace fardeau::render

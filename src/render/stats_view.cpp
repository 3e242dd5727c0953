#include "render/stats_view.hpp"

#include <fmt/format.h>

#include "render/columns.hpp"
#include "render/json_common.hpp"
#include "render/number_format.hpp"
#include "render/stats_parts.hpp"

namespace fardeau::render {

namespace stats_parts {

using json = nlohmann::ordered_json;

std::string method_id(analysis::PValueMethod m) { return std::string(analysis::to_string(m)); }

std::string codes(const std::vector<std::string>& v, const char* sep) {
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

}  // namespace stats_parts

using json = nlohmann::ordered_json;
using namespace stats_parts;  // NOLINT(google-build-using-namespace): the views' own helpers

std::string p_value_text(double p, Lang lang) {
  if (p < 0.001) return lang == Lang::fr ? "<0,001" : "<0.001";
  return number(p, 3, lang);
}

// ---- concordance ------------------------------------------------------------------------

namespace {

using service::ConcordanceRow;

Columns<ConcordanceRow> concordance_columns(const service::ConcordanceResult& res, Lang lang) {
  using R = ConcordanceRow;
  const std::string vintage = res.vintage.id;
  const int year = *res.query.year;
  const std::string benefit = service::to_string(res.query.benefit);
  auto share = [](std::optional<double> R::*field) {
    return [field](const R& r) { return opt(r.*field, 6); };
  };
  auto share_cell = [](std::optional<double> R::*field) {
    return [field](const R& r, Lang l) {
      return r.*field ? percent(*(r.*field), 2, l) : std::string();
    };
  };
  return {csv_constant<R>("vintage", vintage),
          csv_constant<R>("year", year),
          csv_constant<R>("benefit", benefit),
          {.id = "iso3", .value = [](const R& r) -> json { return r.ally->iso3; }},
          ally_name_column<R>([](const R& r) { return r.ally; }, lang),
          {.id = "defexp_usd_m",
           .en = "Spending (US$ m)",
           .fr = "Dépenses (M$)",
           .value = [](const R& r) -> json { return r.defexp_usd_m; },
           .cell = [](const R& r, Lang l) { return number(r.defexp_usd_m, 0, l); }},
          {.id = "defexp_share_pct",
           .en = "Spending share",
           .fr = "Part des dépenses",
           .value = [](const R& r) -> json { return clean(r.defexp_share_pct, 6); },
           .cell = [](const R& r, Lang l) { return percent(r.defexp_share_pct, 2, l); }},
          {.id = "gdp_share_pct",
           .en = "GDP share",
           .fr = "Part du PIB",
           .value = share(&R::gdp_share_pct),
           .cell = share_cell(&R::gdp_share_pct)},
          {.id = "population_share_pct",
           .en = "Population share",
           .fr = "Part de la population",
           .value = share(&R::population_share_pct),
           .cell = share_cell(&R::population_share_pct)},
          {.id = "benefit_share_pct",
           .en = "Benefit share",
           .fr = "Part du bénéfice",
           .value = [](const R& r) -> json { return clean(r.benefit_share_pct, 6); },
           .cell = [](const R& r, Lang l) { return percent(r.benefit_share_pct, 2, l); }},
          {.id = "difference_pp",
           .en = "Difference (pp)",
           .fr = "Écart (pts)",
           .value = [](const R& r) -> json { return clean(r.difference_pp, 6); },
           .cell = [](const R& r, Lang l) { return number(r.difference_pp, 2, l); }},
          {.id = "estimate",
           .value = [](const R& r) -> json { return r.estimate; },
           .cell = [](const R& r, Lang) { return est_mark(r.estimate); },
           .align = Align::left}};
}

void concordance_doc(Doc& d, const service::ConcordanceResult& res, TextTable table, Lang lang) {
  const auto& w = res.wilcoxon;
  const auto& kw = res.kendall_w;
  const char* benefit_label = res.query.benefit == service::BenefitProxy::gdp
                                  ? tr(lang, "share of GDP", "part du PIB")
                              : res.query.benefit == service::BenefitProxy::population
                                  ? tr(lang, "share of population", "part de la population")
                                  : tr(lang, "average of the GDP and population shares",
                                       "moyenne des parts du PIB et de la population");
  d.title = fmt::format(
      "{}, {} ({})",
      tr(lang, "Benefits and burdens (Sandler-Forbes)", "Bénéfices et charges (Sandler-Forbes)"),
      *res.query.year, res.vintage.id);
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
  b.tables.push_back(std::move(table));
  b.notes.push_back(
      tr(lang,
         "Shares of the allies listed, at current prices. One-sided H1: spending shares "
         "exceed benefit shares; a two-sided p below 0.05 rejects burdens matching benefits.",
         "Parts des Alliés listés, prix courants. H1 unilatérale : les parts des dépenses "
         "dépassent les parts du bénéfice ; une p bilatérale sous 0,05 rejette l'égalité "
         "des charges et des bénéfices."));
  d.blocks.push_back(std::move(b));
  d.source = source_line(res.vintage, lang);
}

}  // namespace

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
  const auto cols = concordance_columns(res, lang);
  j["rows"] = json_rows(cols, res.rows);
  out.json = std::move(j);
  csv_rows(out.csv, cols, res.rows);
  concordance_doc(out.doc, res, text_table(cols, res.rows, lang), lang);
  return out;
}

}  // namespace fardeau::render

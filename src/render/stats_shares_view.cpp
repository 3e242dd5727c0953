// `fardeau stats concentration` and `fardeau stats fair-share`: how spending is shared.
#include <fmt/format.h>

#include "render/columns.hpp"
#include "render/json_common.hpp"
#include "render/number_format.hpp"
#include "render/share_columns.hpp"
#include "render/stats_parts.hpp"
#include "render/stats_view.hpp"

namespace fardeau::render {

using json = nlohmann::ordered_json;
using namespace stats_parts;  // NOLINT(google-build-using-namespace): the views' own helpers

// ---- concentration ----------------------------------------------------------------------

namespace {

using service::ConcentrationYear;

Columns<ConcentrationYear> concentration_columns(const std::string& vintage, PriceBasis basis) {
  using Y = ConcentrationYear;
  auto num = [](auto get) { return [get](const Y& y) -> json { return get(y); }; };
  auto num_cell = [](auto get, int decimals) {
    return [get, decimals](const Y& y, Lang l) { return number(get(y), decimals, l); };
  };
  auto hhi_points = [](const Y& y) { return y.hhi.hhi_points; };
  auto hhi_normalized = [](const Y& y) { return y.hhi.hhi_normalized; };
  auto equivalent = [](const Y& y) { return y.hhi.equivalent_number; };
  auto gini = [](const Y& y) { return y.gini.gini; };
  return {
      csv_constant<Y>("vintage", vintage),
      {.id = "year",
       .en = "Year",
       .fr = "Année",
       .value = num([](const Y& y) { return y.year; }),
       .cell = [](const Y& y, Lang) { return std::to_string(y.year); }},
      {.id = "members", .value = num([](const Y& y) { return y.members; })},
      {.id = "n",
       .en = "n",
       .fr = "n",
       .value = num([](const Y& y) { return y.n; }),
       .cell = [](const Y& y, Lang) { return std::to_string(y.n); }},
      {.id = "total_defexp_usd_m",
       .en = "Spending (US$ bn)",
       .fr = "Dépenses (Md$)",
       .value = num([](const Y& y) { return clean(y.total_defexp_usd_m, 3); }),
       .cell = [](const Y& y, Lang l) { return number(y.total_defexp_usd_m / 1000.0, 1, l); }},
      {.id = "hhi", .value = num([](const Y& y) { return y.hhi.hhi; }), .machine = Machine::json},
      {.id = "hhi_points",
       .en = "HHI",
       .fr = "IHH",
       .value = num(hhi_points),
       .cell = num_cell(hhi_points, 0)},
      {.id = "hhi_normalized",
       .en = "HHI norm.",
       .fr = "IHH norm.",
       .value = num(hhi_normalized),
       .cell = num_cell(hhi_normalized, 3)},
      {.id = "equivalent_number",
       .en = "Equiv. allies",
       .fr = "Alliés équiv.",
       .value = num(equivalent),
       .cell = num_cell(equivalent, 2)},
      {.id = "gini", .en = "Gini", .fr = "Gini", .value = num(gini), .cell = num_cell(gini, 3)},
      {.id = "gini_corrected", .value = num([](const Y& y) { return y.gini.gini_corrected; })},
      {.id = "us_share_pct",
       .en = "US share",
       .fr = "Part É.-U.",
       .value = [](const Y& y) { return opt(y.us_share_pct, 6); },
       .cell = [](const Y& y,
                  Lang l) { return y.us_share_pct ? percent(*y.us_share_pct, 1, l) : missing(l); }},
      {.id = "largest_iso3",
       .en = "Largest",
       .fr = "Premier",
       .value = num([](const Y& y) { return y.largest_iso3; }),
       .cell = [](const Y& y, Lang) { return y.largest_iso3; },
       .align = Align::left},
      {.id = "largest_share_pct",
       .value = num([](const Y& y) { return clean(y.largest_share_pct, 6); })},
      {.id = "excluded",
       .value = num([](const Y& y) { return y.excluded; }),
       .csv = [](const Y& y) { return codes(y.excluded, ";"); }},
      {.id = "basis",
       .value = [basis](const Y&) -> json { return to_string(basis); },
       .machine = Machine::csv}};
}

}  // namespace

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
  const auto cols = concentration_columns(v.id, res.query.basis);
  j["years"] = json_rows(cols, res.years);
  j["skipped"] = skipped_json(res.skipped);
  out.json = std::move(j);
  csv_rows(out.csv, cols, res.years);

  Doc& d = out.doc;
  d.title = fmt::format(
      "{}, {}-{} ({}, {})",
      tr(lang, "Concentration of allied spending", "Concentration des dépenses alliées"),
      *res.query.from, *res.query.to, basis_text(res.query.basis, lang), v.id);
  Block b{"", {}, {}, {}};
  b.tables.push_back(text_table(cols, res.years, lang));
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

namespace {

void fair_share_doc(Doc& d, const service::FairShareResult& res, TextTable table, Lang lang) {
  const auto& s = res.shares;
  const bool by_gdp = s.by == analysis::ShareBase::gdp;
  d.title = fmt::format("{}, {} ({})",
                        tr(lang, "Fair share: share ratios", "Juste part : ratios des parts"),
                        s.year, res.vintage.id);
  Block b{"", {}, {}, {}};
  b.facts.push_back({tr(lang, "Base", "Base"),
                     by_gdp ? tr(lang, "GDP", "PIB") : tr(lang, "population", "population")});
  b.facts.push_back({tr(lang, "Prices", "Prix"), basis_text(s.basis, lang)});
  b.facts.push_back({tr(lang, "Allies above their share (ratio > 1)",
                        "Alliés au-dessus de leur part (ratio > 1)"),
                     fmt::format("{} / {}", res.count_above, s.rows.size())});
  if (!s.missing.empty()) b.facts.push_back({tr(lang, "Excluded", "Exclus"), codes(s.missing)});
  b.tables.push_back(std::move(table));
  b.notes.push_back(tr(
      lang,
      "Share ratio = share of allied spending / share of allied GDP or population "
      "(US Department of Defense, Report on Allied Contributions to the Common Defense).",
      "Ratio des parts = part des dépenses alliées / part du PIB ou de la population "
      "alliés (Département de la Défense des États-Unis, rapport sur les contributions alliées)."));
  d.blocks.push_back(std::move(b));
  d.source = source_line(res.vintage, lang);
}

}  // namespace

Rendered view(const service::FairShareResult& res, Lang lang) {
  const auto& s = res.shares;
  const auto& v = res.vintage;
  const char* by = s.by == analysis::ShareBase::gdp ? "gdp" : "population";
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
  const auto cols = share_row_columns(
      v.id, s, lang, {.ratio_en = "Share ratio", .ratio_fr = "Ratio des parts", .by_column = true});
  j["rows"] = json_rows(cols, s.rows);
  out.json = std::move(j);
  csv_rows(out.csv, cols, s.rows);
  fair_share_doc(out.doc, res, text_table(cols, s.rows, lang), lang);
  return out;
}

}  // namespace fardeau::render

#include "core/vintage.hpp"

#include <algorithm>

namespace fardeau {

const MeasureBinding* VintageInfo::binding(Measure m) const {
  for (const auto& b : measures)
    if (b.measure == m) return &b;
  return nullptr;
}

std::string VintageInfo::citation() const {
  std::string s = publisher + ", " + title;
  if (!published.empty()) s += ", published " + published;
  if (!cutoff.empty()) s += " (data cut-off " + cutoff + ")";
  return s + " [" + id + "]";
}

const std::vector<VintageInfo>& builtin_vintages() {
  using M = Measure;
  static const std::vector<VintageInfo> v{
      {"nato-2026",
       "nato",
       "NATO Public Diplomacy Division",
       "Defence Investment of NATO Countries (2014-2026)",
       "NATO_DEF_INV_2026",
       "2026-07",
       "2026-07-03",
       "NATO core defence expenditure (the 3.5% category of The Hague commitment)",
       "constant 2021 prices and exchange rates",
       2021,
       {"nato_2026_edition_long.csv"},
       {{M::defexp_usd_current_m, "defexp_usd_current_m"},
        {M::defexp_usd_const_m, "defexp_usd_const2021_m"},
        {M::defexp_pct_gdp, "defexp_pct_gdp"},
        {M::gdp_usd_current_m, "gdp_usd_current_m"},
        {M::gdp_usd_const_m, "gdp_usd_const2021_m"},
        {M::equipment_share_pct, "equipment_share_pct"},
        {M::population_k, "gdp_usd_const2021_m", 1.0, "gdp_per_capita_const2021_kusd"}},
       true,
       "2025 and 2026 are estimates; Iceland publishes no defence expenditure; "
       "transcribed from the official workbook (see data/SOURCES.md)"},
      {"nato-2025",
       "nato",
       "NATO Public Diplomacy Division",
       "Defence Expenditure of NATO Countries (2014-2025)",
       "NATO_DEF_EXP_2025",
       "2025-08",
       "2025-06-03",
       "NATO defence expenditure",
       "share of real GDP based on 2021 prices",
       2021,
       {"nato_2025_release_pct_gdp_long.csv"},
       {{M::defexp_pct_gdp, "defexp_pct_gdp"}},
       true,
       "only Table 3 (% of GDP, 2014-2024) was obtained; 2024 is an estimate"},
      {"nato-2024",
       "nato",
       "NATO Public Diplomacy Division",
       "Defence Expenditure of NATO Countries (2014-2024)",
       "NATO_DEF_EXP_2024",
       "2024-06-17",
       "",
       "NATO defence expenditure",
       "constant 2015 prices and exchange rates",
       2015,
       {"nato_2024_edition_long.csv"},
       {{M::defexp_usd_current_m, "defexp_usd_current_m"},
        {M::defexp_usd_const_m, "defexp_usd_const2015_m"},
        {M::defexp_pct_gdp, "defexp_pct_gdp"},
        {M::gdp_usd_current_m, "gdp_usd_current_m"},
        {M::gdp_usd_const_m, "gdp_usd_const2015_m"},
        {M::equipment_share_pct, "equipment_share_pct"},
        {M::population_k, "gdp_usd_const2015_m", 1.0, "gdp_per_capita_const2015_kusd"}},
       true,
       "2023 and 2024 are estimates; read from NATO's official workbook "
       "240617-def-exp-2024-TABLES-en.xlsx by fardeau's own importer (see data/SOURCES.md); "
       "Iceland: GDP only"},
      {"nato-2019",
       "nato",
       "NATO Public Diplomacy Division",
       "Defence Expenditure of NATO Countries (2012-2019), PR/CP(2019)069",
       "NATO_DEF_EXP_2019",
       "2019-06",
       "",
       "NATO defence expenditure",
       "constant 2015 prices and exchange rates",
       2015,
       {"nato_2019_release_long.csv"},
       {{M::defexp_usd_current_m, "defexp_usd_current_m"},
        {M::defexp_usd_const_m, "defexp_usd_const2015_m"},
        {M::defexp_pct_gdp, "defexp_pct_gdp"},
        {M::gdp_usd_const_m, "gdp_usd_const2015_m"},
        {M::equipment_share_pct, "equipment_share_pct"},
        {M::population_k, "gdp_usd_const2015_m", 1.0, "gdp_per_capita_const2015_kusd"}},
       true,
       "2018 and 2019 are estimates; no published aggregate rows; no current-price GDP "
       "(gaps use constant 2015 GDP)"},
      {"sipri-2025",
       "sipri",
       "Stockholm International Peace Research Institute",
       "SIPRI Military Expenditure Database (1949-2024)",
       "SIPRI_MILEX_2025",
       "2025-04",
       "",
       "SIPRI military expenditure (includes paramilitary forces; differs from NATO's)",
       "constant 2023 prices and exchange rates",
       2023,
       {"sipri_milex_1949_2024_long.csv", "sipri_implied_gdp_population_nato.csv"},
       {{M::defexp_usd_current_m, "milex_usd_current_m"},
        {M::defexp_usd_const_m, "milex_usd_const2023_m"},
        {M::defexp_pct_gdp, "milex_pct_gdp"},
        {M::gdp_usd_current_m, "gdp_usd_current_m_implied"},
        {M::population_k, "population_m_implied", 1000.0}},
       true,
       "no estimate flags (SIPRI marks them by colour only); GDP and population are implied "
       "by SIPRI's own ratios (derived, allies only); no equipment share"},
      {"wdi-2018",
       "wdi",
       "World Bank",
       "World Development Indicators (bulk download)",
       "WB_WDI_2018",
       "2018-02-22",
       "",
       "SIPRI military expenditure as republished by the World Bank",
       "current US dollars",
       0,
       {"wdi_2018-02-22_long.csv"},
       {{M::defexp_pct_gdp, "milex_pct_gdp"},
        {M::gdp_usd_current_m, "gdp_usd_current", 1e-6},
        {M::population_k, "population", 1e-3}},
       true,
       "% of GDP, GDP and population only; years 1960-2016"},
  };
  return v;
}

bool Dataset::has(Measure m) const {
  const auto* b = info_.binding(m);
  return b && panel_.has_indicator(b->indicator) &&
         (!b->derived() || panel_.has_indicator(b->denominator));
}

std::optional<Observation> Dataset::get(std::string_view entity, Measure m, int year) const {
  const auto* b = info_.binding(m);
  if (!b) return std::nullopt;
  auto num = panel_.get(entity, b->indicator, year);
  if (!num) return std::nullopt;
  if (!b->derived()) return Observation{num->value * b->scale, num->estimate, num->footnote};
  auto den = panel_.get(entity, b->denominator, year);
  if (!den || den->value == 0.0) return std::nullopt;
  return Observation{num->value / den->value * b->scale, num->estimate || den->estimate,
                     num->footnote || den->footnote};
}

std::pair<int, int> Dataset::years(Measure m) const {
  const auto* b = info_.binding(m);
  if (!b) return {0, 0};
  return panel_.year_range(b->indicator);
}

std::pair<int, int> Dataset::span() const {
  for (Measure m : {Measure::defexp_usd_current_m, Measure::defexp_pct_gdp})
    if (has(m)) return years(m);
  return {panel_.first_year(), panel_.last_year()};
}

int Dataset::latest_year() const { return span().second; }

}  // namespace fardeau

#include "analysis/scenario_presets.hpp"

#include "core/target_rule.hpp"

namespace fardeau::analysis {

const std::vector<ScenarioPreset>& scenario_presets() {
  static const std::vector<ScenarioPreset> p{
      {"wales-2024", guideline(GuidelineId::two_pct_gdp).target_pct, 2014, 2024, PathShape::linear,
       "Wales 2014 pledge: every ally below 2% of GDP reaches it by 2024, in equal steps from 2014",
       "Engagement de Galles (2014) : chaque Allié sous 2 % du PIB l'atteint en 2024, par paliers "
       "égaux depuis 2014"},
      {"hague-2035", guideline(GuidelineId::hague_core_3_5).target_pct, std::nullopt, 2035,
       PathShape::linear,
       "The Hague 2025: 3.5% of GDP on core defence by 2035, in equal steps from the edition's "
       "latest year",
       "La Haye (2025) : 3,5 % du PIB pour la défense de base en 2035, par paliers égaux depuis la "
       "dernière année de l'édition"},
      {"summit-2018-4pct", 4.0, 2018, std::nullopt, PathShape::step,
       "Brussels summit 2018, the US demand: every ally at 4% of GDP in 2018",
       "Sommet de Bruxelles 2018, la demande américaine : chaque Allié à 4 % du PIB en 2018"},
      {"counterfactual-2pct", guideline(GuidelineId::two_pct_gdp).target_pct, 2018, std::nullopt,
       PathShape::step,
       "Counterfactual: every ally below 2% of GDP spends exactly 2% that year; how far the US "
       "share falls",
       "Contrefactuel : chaque Allié sous 2 % du PIB y consacre exactement 2 % cette année-là ; de "
       "combien la part américaine baisse"},
  };
  return p;
}

const ScenarioPreset* find_preset(std::string_view id) {
  for (const auto& p : scenario_presets())
    if (p.id == id) return &p;
  return nullptr;
}

}  // namespace fardeau::analysis

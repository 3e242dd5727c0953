#include "core/target_rule.hpp"

#include <cmath>
#include <cstdlib>

#include <fmt/format.h>

namespace fardeau {

double round2(double value) {
  // 1e-9 absorbs binary noise such as 2.0049999999 stored for a printed 2.005.
  double scaled = std::fabs(value) * 100.0 + 1e-9;
  return std::copysign(std::floor(scaled + 0.5), value) / 100.0;
}

bool meets_target(double value_pct, double target_pct) {
  return round2(value_pct) * 100.0 >= target_pct * 100.0 - 1e-6;
}

double lowest_meeting_pct(double target_pct) {
  // Bisection over doubles on meets_target itself, so the threshold cannot drift from the
  // rule: a value 0.01 below the target never meets, the target itself always does.
  double below = target_pct - 0.01, meets = target_pct;
  for (;;) {
    const double mid = below + (meets - below) / 2.0;
    if (mid <= below || mid >= meets) return meets;
    (meets_target(mid, target_pct) ? meets : below) = mid;
  }
}

Result<double> check_target_pct(double target_pct, const Location& param) {
  if (!std::isfinite(target_pct) || target_pct <= 0.0 || target_pct > 100.0)
    return make_error(
        ErrorCode::invalid_argument,
        fmt::format("target must be a percentage above 0 and at most 100, got {:g}", target_pct),
        param);
  return target_pct;
}

const std::vector<Guideline>& guidelines() {
  static const std::vector<Guideline> g{
      {GuidelineId::two_pct_gdp, "two-pct-gdp", 2.0, Measure::defexp_pct_gdp, "2% of GDP",
       "2 % du PIB", "2% of GDP (Wales 2014; floor since Vilnius 2023)",
       "2 % du PIB (pays de Galles 2014 ; plancher depuis Vilnius 2023)"},
      {GuidelineId::equipment_20, "equipment-20", 20.0, Measure::equipment_share_pct,
       "20% on equipment", "20 % en équipements", "20% of defence expenditure on major equipment",
       "20 % des dépenses de défense consacrés aux équipements majeurs"},
      {GuidelineId::hague_core_3_5, "hague-core-3.5", 3.5, Measure::defexp_pct_gdp, "3.5% of GDP",
       "3,5 % du PIB", "3.5% of GDP on core defence by 2035 (The Hague 2025)",
       "3,5 % du PIB pour la défense de base d'ici 2035 (La Haye 2025)"},
  };
  return g;
}

const Guideline& guideline(GuidelineId key) {
  for (const auto& g : guidelines())
    if (g.key == key) return g;
  // Every GuidelineId has its row above; reaching here is a missing row.
  std::abort();
}

}  // namespace fardeau

#include "analysis/monte_carlo_calibration.hpp"

#include <utility>
#include <vector>

#include "analysis/growth_history.hpp"

namespace fardeau::analysis {

McParams calibrate_monte_carlo(const Dataset& d, const ScenarioResult& plan,
                               const McCalibration& c) {
  McParams p;
  p.base_year = plan.spec.from_year;
  p.horizon_years = plan.spec.by_year - plan.spec.from_year;
  p.target_pct = plan.spec.target_pct;
  p.execution_mean = c.execution_mean;
  p.execution_sd = c.execution_sd;
  std::vector<std::vector<int>> gy, dy;
  std::vector<std::vector<double>> gv, dv;
  for (std::size_t i = 0; i < plan.bases.size(); ++i) {
    const auto& b = plan.bases[i];
    const AllyHistory h = ally_history(d, *b.ally);
    McAllyParams a;
    a.iso3 = b.ally->iso3;
    a.pct0 = b.pct_gdp;
    a.spend_current0_m = b.spend_current_m;
    // Means match the deterministic scenario (trend or --gdp-growth); spreads are the
    // edition's, scaled by the volatility.
    a.mean_growth = b.real_growth_pct / 100.0;
    a.sd_growth = h.sd_real_growth * c.volatility;
    a.mean_deflator = b.deflator_pct / 100.0;
    a.sd_deflator = h.sd_deflator_growth * c.volatility;
    for (const auto& ay : plan.paths[i]) a.plan_pct.push_back(ay.pct_gdp);
    if (a.iso3 == kReferenceAllyIso3) p.us_index = static_cast<int>(i);
    p.allies.push_back(std::move(a));
    gy.push_back(h.growth_years);
    gv.push_back(h.real_growth);
    dy.push_back(h.deflator_years);
    dv.push_back(h.deflator_growth);
  }
  p.rho_growth = mean_pairwise_correlation(gy, gv);
  p.rho_deflator = mean_pairwise_correlation(dy, dv);
  return p;
}

}  // namespace fardeau::analysis

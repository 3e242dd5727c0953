#include "analysis/scenario.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "analysis/growth_history.hpp"
#include "analysis/shares.hpp"
#include "core/target_rule.hpp"

namespace fardeau::analysis {

Result<PathShape> parse_path_shape(std::string_view s, const Location& param) {
  if (s == "linear") return PathShape::linear;
  if (s == "constant-growth") return PathShape::constant_growth;
  if (s == "step") return PathShape::step;
  return make_error(ErrorCode::invalid_argument,
                    fmt::format("unknown path '{}'; valid: linear, constant-growth, step", s),
                    param);
}

const char* to_string(PathShape p) {
  switch (p) {
    case PathShape::linear:
      return "linear";
    case PathShape::constant_growth:
      return "constant-growth";
    case PathShape::step:
      return "step";
  }
  return "linear";
}

double planned_share_pct(double base_pct, double target_pct, int k, int h, PathShape path,
                         bool both_ways) {
  if (!both_ways && base_pct >= target_pct) return base_pct;
  if (h <= 0) return target_pct;
  if (k <= 0) return base_pct;
  if (k >= h) return target_pct;
  const double f = static_cast<double>(k) / static_cast<double>(h);
  switch (path) {
    case PathShape::linear:
      return base_pct + (target_pct - base_pct) * f;
    case PathShape::constant_growth:
      return base_pct > 0.0 ? base_pct * std::pow(target_pct / base_pct, f) : target_pct * f;
    case PathShape::step:
      return target_pct;
  }
  return target_pct;
}

std::vector<AllyBase> ally_bases(const Dataset& d, const std::vector<const Ally*>& allies,
                                 const ScenarioSpec& spec, std::vector<std::string>& missing) {
  std::vector<AllyBase> out;
  const int y = spec.from_year;
  for (const Ally* a : allies) {
    if (!a->has_armed_forces) continue;
    auto pct = d.get(a->iso3, Measure::defexp_pct_gdp, y);
    auto ec = d.get(a->iso3, Measure::defexp_usd_current_m, y);
    auto ek = d.get(a->iso3, Measure::defexp_usd_const_m, y);
    auto yk = d.get(a->iso3, Measure::gdp_usd_const_m, y);
    auto yc = d.get(a->iso3, Measure::gdp_usd_current_m, y);
    if (!pct || !ec || !ek || !yk || pct->value <= 0.0 || ek->value <= 0.0) {
      missing.push_back(a->iso3);
      continue;
    }
    AllyBase b;
    b.ally = a;
    b.pct_gdp = pct->value;
    b.spend_current_m = ec->value;
    b.spend_const_m = ek->value;
    b.gdp_const_m = yk->value;
    // Without published current-price GDP (nato-2019), price GDP with spending's deflator.
    b.gdp_current_m = yc ? yc->value : yk->value * ec->value / ek->value;
    b.estimate = pct->estimate || ec->estimate || ek->estimate;
    const AllyHistory h = ally_history(d, *a);
    b.real_growth_pct = spec.gdp_growth_pct ? *spec.gdp_growth_pct : h.mean_real_growth * 100.0;
    b.deflator_pct = h.mean_deflator_growth * 100.0;
    const bool us = a->iso3 == kReferenceAllyIso3 && spec.us_pct.has_value();
    b.target_pct = us ? *spec.us_pct : spec.target_pct;
    b.both_ways = us;
    out.push_back(b);
  }
  std::sort(out.begin(), out.end(),
            [](const AllyBase& x, const AllyBase& z) { return x.ally->iso3 < z.ally->iso3; });
  return out;
}

ScenarioResult project(std::vector<AllyBase> bases, const ScenarioSpec& spec) {
  ScenarioResult r;
  r.spec = spec;
  r.bases = std::move(bases);
  const int h = spec.by_year - spec.from_year;
  const int n_years = h + 1;
  r.paths.assign(r.bases.size(), {});
  r.years.resize(static_cast<std::size_t>(n_years));
  for (int k = 0; k < n_years; ++k) r.years[static_cast<std::size_t>(k)].year = spec.from_year + k;
  std::vector<double> us_spend(static_cast<std::size_t>(n_years), -1.0);
  std::vector<double> us_baseline(static_cast<std::size_t>(n_years), -1.0);
  for (std::size_t i = 0; i < r.bases.size(); ++i) {
    const AllyBase& b = r.bases[i];
    auto& path = r.paths[i];
    double real = 1.0, price = 1.0;  // cumulated real growth and deflator change
    for (int k = 0; k < n_years; ++k) {
      if (k > 0) {
        real *= 1.0 + b.real_growth_pct / 100.0;
        price *= 1.0 + b.deflator_pct / 100.0;
      }
      AllyYear ay;
      ay.year = spec.from_year + k;
      ay.pct_gdp = planned_share_pct(b.pct_gdp, b.target_pct, k, h, spec.path, b.both_ways);
      // Scale the published base values, so year 0 is the edition's own figures and the
      // published share's relation to spending is kept (NATO computes it on real GDP).
      const double effort = ay.pct_gdp / b.pct_gdp;
      ay.spend_const_m = b.spend_const_m * effort * real;
      ay.spend_current_m = b.spend_current_m * effort * real * price;
      ay.gdp_const_m = b.gdp_const_m * real;
      ay.gdp_current_m = b.gdp_current_m * real * price;
      const double baseline_current = b.spend_current_m * real * price;
      ay.extra_usd_m = ay.spend_current_m - baseline_current;
      ay.meets = meets_target(ay.pct_gdp, spec.target_pct);
      auto& yr = r.years[static_cast<std::size_t>(k)];
      yr.total_current_m += ay.spend_current_m;
      yr.total_const_m += ay.spend_const_m;
      yr.baseline_current_m += baseline_current;
      yr.extra_const_m += ay.spend_const_m - b.spend_const_m * real;
      yr.meeting += ay.meets ? 1 : 0;
      yr.allies += 1;
      if (b.ally->iso3 == kReferenceAllyIso3) {
        us_spend[static_cast<std::size_t>(k)] = ay.spend_current_m;
        us_baseline[static_cast<std::size_t>(k)] = baseline_current;
      }
      path.push_back(ay);
    }
  }
  double cumulative = 0.0;
  for (std::size_t k = 0; k < r.years.size(); ++k) {
    auto& yr = r.years[k];
    yr.extra_usd_m = yr.total_current_m - yr.baseline_current_m;
    cumulative += yr.extra_usd_m;
    yr.cumulative_extra_usd_m = cumulative;
    yr.change_over_base_usd_m = yr.total_current_m - r.years[0].baseline_current_m;
    if (us_spend[k] >= 0.0 && yr.total_current_m > 0.0) {
      yr.us_share_pct = share_pct(us_spend[k], yr.total_current_m);
      yr.baseline_us_share_pct = share_pct(us_baseline[k], yr.baseline_current_m);
    }
  }
  return r;
}

ScenarioResult project(const Dataset& d, const std::vector<const Ally*>& allies,
                       const ScenarioSpec& spec) {
  std::vector<std::string> missing;
  auto bases = ally_bases(d, allies, spec, missing);
  ScenarioResult r = project(std::move(bases), spec);
  r.missing = std::move(missing);
  return r;
}

}  // namespace fardeau::analysis

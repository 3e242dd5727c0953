#include "service/simulate.hpp"

#include <cmath>
#include <thread>

#include <fmt/format.h>

#include "analysis/growth_history.hpp"

namespace fardeau::service {
namespace {

Status check_range(double v, double lo, double hi, const char* flag, const char* what) {
  if (std::isfinite(v) && v >= lo && v <= hi) return ok_status();
  return make_error(ErrorCode::invalid_argument,
                    fmt::format("{} must be between {:g} and {:g}, got {:g}", what, lo, hi, v),
                    flag);
}

}  // namespace

Result<SimulateResult> prepare_simulation(const Engine& engine, const SimulateQuery& q) {
  if (q.paths == 0 || q.paths > analysis::kMaxPaths)
    return make_error(ErrorCode::invalid_argument,
                      fmt::format("number of paths must be between 1 and {}, got {}",
                                  analysis::kMaxPaths, q.paths),
                      "--paths");
  if (q.threads > kMaxThreads)
    return make_error(ErrorCode::invalid_argument,
                      fmt::format("threads must be between 0 (all hardware threads) and {}, got {}",
                                  kMaxThreads, q.threads),
                      "--threads");
  for (const Status& st :
       {check_range(q.volatility, 0.0, 10.0, "--volatility", "volatility scale"),
        check_range(q.execution_mean, 0.0, 1.5, "--execution-mean", "mean execution share"),
        check_range(q.execution_sd, 0.0, 1.0, "--execution-sd", "execution standard deviation")})
    if (!st) return st.error();
  FARDEAU_TRY(rs, resolve_scenario(engine, q.scenario));
  if (rs.spec.by_year <= rs.spec.from_year)
    return make_error(ErrorCode::invalid_argument,
                      fmt::format("the Monte Carlo needs a horizon after the base year {}; got {}",
                                  rs.spec.from_year, rs.spec.by_year),
                      "--by");
  SimulateResult r;
  r.vintage = rs.dataset->info();
  r.query = q;
  r.query.scenario = rs.query;
  r.group = rs.group;
  r.plan = analysis::project(*rs.dataset, rs.members, rs.spec);
  if (r.plan.bases.empty())
    return make_error(ErrorCode::unavailable,
                      fmt::format("no ally of '{}' has a share of GDP, spending and GDP in {} {}",
                                  rs.group.label(), r.vintage.id, rs.spec.from_year),
                      "--allies");
  analysis::McParams& p = r.params;
  p.base_year = rs.spec.from_year;
  p.horizon_years = rs.spec.by_year - rs.spec.from_year;
  p.target_pct = rs.spec.target_pct;
  p.execution_mean = q.execution_mean;
  p.execution_sd = q.execution_sd;
  p.seed = q.seed;
  p.paths = q.paths;
  p.threads = q.threads == 0 ? std::max(1U, std::thread::hardware_concurrency()) : q.threads;
  r.query.threads = p.threads;
  std::vector<std::vector<int>> gy, dy;
  std::vector<std::vector<double>> gv, dv;
  for (std::size_t i = 0; i < r.plan.bases.size(); ++i) {
    const auto& b = r.plan.bases[i];
    const analysis::AllyHistory h = analysis::ally_history(*rs.dataset, *b.ally);
    analysis::McAllyParams a;
    a.iso3 = b.ally->iso3;
    a.pct0 = b.pct_gdp;
    a.spend_current0_m = b.spend_current_m;
    // Means match the deterministic scenario (trend or --gdp-growth); spreads are the
    // edition's, scaled by --volatility.
    a.mean_growth = b.real_growth_pct / 100.0;
    a.sd_growth = h.sd_real_growth * q.volatility;
    a.mean_deflator = b.deflator_pct / 100.0;
    a.sd_deflator = h.sd_deflator_growth * q.volatility;
    for (const auto& ay : r.plan.paths[i]) a.plan_pct.push_back(ay.pct_gdp);
    if (a.iso3 == "USA") p.us_index = static_cast<int>(i);
    p.allies.push_back(std::move(a));
    gy.push_back(h.growth_years);
    gv.push_back(h.real_growth);
    dy.push_back(h.deflator_years);
    dv.push_back(h.deflator_growth);
  }
  p.rho_growth = analysis::mean_pairwise_correlation(gy, gv);
  p.rho_deflator = analysis::mean_pairwise_correlation(dy, dv);
  return r;
}

Result<SimulateResult> run_simulation(const Engine& engine, const SimulateQuery& q,
                                      const analysis::McProgress& progress) {
  FARDEAU_TRY(r, prepare_simulation(engine, q));
  r.mc = analysis::simulate(r.params, progress);
  return std::move(r);
}

}  // namespace fardeau::service

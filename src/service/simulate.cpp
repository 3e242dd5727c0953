#include "service/simulate.hpp"

#include <algorithm>
#include <cmath>
#include <thread>

#include <fmt/format.h>

#include "analysis/monte_carlo_calibration.hpp"

namespace fardeau::service {
namespace {

Status check_range(double v, double lo, double hi, const Location& flag, const char* what) {
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
                      at_parameter("paths"));
  if (q.threads > kMaxThreads)
    return make_error(ErrorCode::invalid_argument,
                      fmt::format("threads must be between 0 (all hardware threads) and {}, got {}",
                                  kMaxThreads, q.threads),
                      at_parameter("threads"));
  for (const Status& st :
       {check_range(q.volatility, 0.0, 10.0, at_parameter("volatility"), "volatility scale"),
        check_range(q.execution_mean, 0.0, 1.5, at_parameter("execution_mean"),
                    "mean execution share"),
        check_range(q.execution_sd, 0.0, 1.0, at_parameter("execution_sd"),
                    "execution standard deviation")})
    if (!st) return st.error();
  FARDEAU_TRY(rs, resolve_scenario(engine, q.scenario));
  if (rs.spec.by_year <= rs.spec.from_year)
    return make_error(ErrorCode::invalid_argument,
                      fmt::format("the Monte Carlo needs a horizon after the base year {}; got {}",
                                  rs.spec.from_year, rs.spec.by_year),
                      at_parameter("by"));
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
                      at_parameter("allies"));
  r.params = analysis::calibrate_monte_carlo(*rs.dataset, r.plan,
                                             {q.volatility, q.execution_mean, q.execution_sd});
  r.params.seed = q.seed;
  r.params.paths = q.paths;
  r.params.threads = q.threads == 0 ? std::max(1U, std::thread::hardware_concurrency()) : q.threads;
  r.query.threads = r.params.threads;
  return r;
}

SimulateResult run_prepared_simulation(SimulateResult prepared,
                                       const analysis::McProgress& progress) {
  prepared.mc = analysis::simulate(prepared.params, progress);
  return prepared;
}

Result<SimulateResult> run_simulation(const Engine& engine, const SimulateQuery& q,
                                      const analysis::McProgress& progress) {
  FARDEAU_TRY(r, prepare_simulation(engine, q));
  return run_prepared_simulation(std::move(r), progress);
}

}  // namespace fardeau::service

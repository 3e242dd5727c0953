// One claim evaluated against the real embedded data through the real context
// (service::ClaimContext over service::Engine), the datasets already loaded: what
// `fardeau check` and the server pay per claim once the process is warm.
#include <benchmark/benchmark.h>

#include "claims/evaluator.hpp"
#include "service/check.hpp"
#include "service/claim_context.hpp"

namespace {

using fardeau::service::ClaimContext;
using fardeau::service::Engine;

constexpr const char* k41bn =
    "cumulative(defexp_usd_const, europe-canada, 2016..2018) ~ 41e9 @nato-2019";

Engine& engine() {
  static Engine e;
  return e;
}

// Load the editions a claim reads before timing.
void warm(const ClaimContext& ctx) {
  for (const auto& v : ctx.vintages())
    (void)ctx.value(fardeau::Measure::defexp_pct_gdp, "USA", 2016, v);
}

// Parse + check + evaluate; 3 years x 27 allies = 81 look-ups in nato-2019.
void BM_Real41bnPinned(benchmark::State& state) {
  ClaimContext ctx(engine());
  warm(ctx);
  for (auto _ : state) {
    auto v = fardeau::claims::evaluate(k41bn, ctx);
    if (!v.ok() || !v->holds) state.SkipWithError("41 bn claim did not hold");
    benchmark::DoNotOptimize(v);
  }
}
BENCHMARK(BM_Real41bnPinned);

// 32 allies, one look-up each.
void BM_RealCount2024(benchmark::State& state) {
  ClaimContext ctx(engine());
  warm(ctx);
  for (auto _ : state) {
    auto v = fardeau::claims::evaluate("count(meets(2024)) = 17", ctx);
    if (!v.ok() || !v->holds) state.SkipWithError("count did not hold");
    benchmark::DoNotOptimize(v);
  }
}
BENCHMARK(BM_RealCount2024);

// The whole `fardeau check` service call on the unpinned "41 billion": 40 readings
// (2 methods x 2 prices x 5 editions x 2 memberships), each evaluated, verdict chosen.
// A new context per call, as the service does; the engine's datasets stay loaded.
void BM_ServiceCheck41bnAllReadings(benchmark::State& state) {
  fardeau::service::CheckQuery q;
  q.claim = "cumulative(defexp_usd_const, europe-canada, 2016..2018) ~ 41bn";
  (void)fardeau::service::check(engine(), q);
  for (auto _ : state) {
    auto r = fardeau::service::check(engine(), q);
    if (!r.ok()) state.SkipWithError("check failed");
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_ServiceCheck41bnAllReadings);

}  // namespace

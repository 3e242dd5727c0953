// Cost of checking one claim end to end: parse + check + evaluate on the test
// FakeContext (published NATO figures in a std::map, so the data look-ups are part of
// what is measured). `fardeau check` and the server answer a claim per request; this
// should take microseconds.
#include <benchmark/benchmark.h>

#include "claims/evaluator.hpp"
#include "claims/parser.hpp"
#include "claims/readings.hpp"
#include "unit/claims/fake_context.hpp"

namespace {

using fardeau::claims::testing::FakeContext;

constexpr const char* k41bn =
    "cumulative(defexp_usd_const, europe-canada, 2016..2018) ~ 41e9 @nato-2019";

void BM_Parse41bn(benchmark::State& state) {
  for (auto _ : state) {
    auto c = fardeau::claims::parse(k41bn);
    benchmark::DoNotOptimize(c);
  }
}
BENCHMARK(BM_Parse41bn);

void BM_CheckMembers(benchmark::State& state) {
  FakeContext ctx;
  for (auto _ : state) {
    auto v = fardeau::claims::evaluate("members(2018) = 29", ctx);
    benchmark::DoNotOptimize(v);
  }
}
BENCHMARK(BM_CheckMembers);

// 3 years x 27 allies of Europe + Canada = 81 look-ups.
void BM_Check41bn(benchmark::State& state) {
  FakeContext ctx;
  for (auto _ : state) {
    auto v = fardeau::claims::evaluate(k41bn, ctx);
    if (!v.ok() || !v->holds) state.SkipWithError("41 bn claim did not hold");
    benchmark::DoNotOptimize(v);
  }
}
BENCHMARK(BM_Check41bn);

// 28 allies, one predicate each.
void BM_CheckCount2014(benchmark::State& state) {
  FakeContext ctx;
  for (auto _ : state) {
    auto v = fardeau::claims::evaluate("count(pct_gdp[2014] >= 2) = 3", ctx);
    benchmark::DoNotOptimize(v);
  }
}
BENCHMARK(BM_CheckCount2014);

// All 16 readings of the unpinned "41 billion", each evaluated.
void BM_AllReadings41bn(benchmark::State& state) {
  FakeContext ctx;
  auto c = fardeau::claims::parse("cumulative(defexp_usd_const, europe-canada, 2016..2018) ~ 41e9");
  for (auto _ : state) {
    int holds = 0;
    for (const auto& r : fardeau::claims::readings(*c, ctx)) {
      auto v = fardeau::claims::evaluate(r.claim, ctx);
      holds += v.ok() && v->holds;
    }
    benchmark::DoNotOptimize(holds);
  }
}
BENCHMARK(BM_AllReadings41bn);

}  // namespace

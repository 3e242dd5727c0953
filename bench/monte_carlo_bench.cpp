// The Monte Carlo path kernel: 31 allies x 10 years, one thread, and the whole run on
// 1 and 2 threads; normals one at a time and in bulk. Items processed = paths (normals
// for the normal benchmarks). Synthetic parameters of the edition's magnitude (growth 2% +- 3%,
// deflator 3% +- 8%, shares 1-3.5% rising to 3.5%).
#include <benchmark/benchmark.h>

#include <vector>

#include "analysis/monte_carlo.hpp"
#include "analysis/rng.hpp"
#include "analysis/scenario.hpp"

namespace fa = fardeau::analysis;

namespace {

fa::McParams params(std::uint64_t paths, unsigned threads) {
  fa::McParams p;
  p.base_year = 2026;
  p.horizon_years = 10;
  p.target_pct = 3.5;
  p.rho_growth = 0.5;
  p.rho_deflator = 0.6;
  p.paths = paths;
  p.threads = threads;
  for (int i = 0; i < 31; ++i) {
    fa::McAllyParams a;
    a.iso3 = "A" + std::to_string(i);
    a.pct0 = 1.0 + 0.08 * i;
    a.spend_current0_m = 1000.0 * (i + 1);
    a.mean_growth = 0.02;
    a.sd_growth = 0.03;
    a.mean_deflator = 0.03;
    a.sd_deflator = 0.08;
    for (int k = 0; k <= 10; ++k)
      a.plan_pct.push_back(fa::planned_share_pct(a.pct0, 3.5, k, 10, fa::PathShape::linear));
    p.allies.push_back(a);
  }
  p.us_index = 30;
  return p;
}

// Arg: the instruction set (0 portable x86-64, 1 AVX2 where the CPU has it).
fa::Simd simd_arg(benchmark::State& state) {
  const auto s = state.range(0) == 0 ? fa::Simd::portable : fa::Simd::avx2;
  if (!fa::cpu_supports(s)) state.SkipWithError("this CPU has no AVX2");
  return s;
}

void BM_path_kernel(benchmark::State& state) {
  fa::McParams p = params(fa::kBlockPaths, 1);
  p.simd = simd_arg(state);
  const fa::McPrecomputed pre = fa::precompute(p);
  fa::McAccumulator acc(31, 11);
  std::uint64_t block = 0;
  for (auto _ : state) {
    fa::Xoshiro256x4 rng(1, block++);
    fa::simulate_paths(p, pre, rng, fa::kBlockPaths, acc);
    benchmark::DoNotOptimize(acc.meet.data());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * fa::kBlockPaths));
}
BENCHMARK(BM_path_kernel)->Arg(0)->Arg(1);

void BM_normal(benchmark::State& state) {
  fa::Xoshiro256 rng(1, 0);
  const auto& t = fa::ZigguratTables::get();
  for (auto _ : state) benchmark::DoNotOptimize(fa::standard_normal(rng, t));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_normal);

// Normals in bulk, as the kernel draws them (one ally's 168 draws for 10 years x 8 lanes).
void BM_fill_normals(benchmark::State& state) {
  const fa::Simd simd = simd_arg(state);
  fa::Xoshiro256x4 rng(1, 0);
  const auto& t = fa::ZigguratTables::get();
  std::vector<double> z(168);
  for (auto _ : state) {
    fa::fill_normals(rng, t, z.data(), z.size(), simd);
    benchmark::DoNotOptimize(z.data());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * z.size()));
}
BENCHMARK(BM_fill_normals)->Arg(0)->Arg(1);

void BM_simulate(benchmark::State& state) {
  const fa::McParams p = params(200'000, static_cast<unsigned>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(fa::simulate(p));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * p.paths));
}
BENCHMARK(BM_simulate)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

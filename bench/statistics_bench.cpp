// Spearman + Kendall on the sizes fardeau meets: n = 31 (the NATO allies of 2024 without
// Iceland: Spearman by the t approximation, Kendall exact) and n = 10 (both exact; Spearman
// enumerates all 10! = 3,628,800 pairings). Inputs are seeded pseudo-random, untied values.
#include <benchmark/benchmark.h>

#include <cmath>
#include <cstddef>
#include <random>
#include <vector>

#include "analysis/rank_correlation.hpp"

namespace {

namespace fa = fardeau::analysis;

struct Sample {
  std::vector<double> x, y;
};

Sample make_sample(std::size_t n) {
  std::mt19937_64 gen(20180712);  // Brussels summit, 12 July 2018
  std::lognormal_distribution<double> gdp(12.0, 1.5);
  std::normal_distribution<double> noise(0.0, 0.6);
  Sample s;
  for (std::size_t i = 0; i < n; ++i) {
    s.x.push_back(gdp(gen));
    s.y.push_back(1.8 + 0.05 * std::log(s.x.back()) + noise(gen));
  }
  return s;
}

void spearman_and_kendall(benchmark::State& state) {
  const Sample s = make_sample(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    auto rho = fa::spearman(s.x, s.y);
    auto tau = fa::kendall_tau_b(s.x, s.y);
    benchmark::DoNotOptimize(rho);
    benchmark::DoNotOptimize(tau);
  }
}
BENCHMARK(spearman_and_kendall)->Arg(31)->Arg(10)->Unit(benchmark::kMicrosecond);

void spearman_only(benchmark::State& state) {
  const Sample s = make_sample(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    auto rho = fa::spearman(s.x, s.y);
    benchmark::DoNotOptimize(rho);
  }
}
BENCHMARK(spearman_only)->Arg(31)->Arg(10)->Unit(benchmark::kMicrosecond);

void kendall_only(benchmark::State& state) {
  const Sample s = make_sample(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    auto tau = fa::kendall_tau_b(s.x, s.y);
    benchmark::DoNotOptimize(tau);
  }
}
BENCHMARK(kendall_only)->Arg(31)->Arg(10)->Unit(benchmark::kMicrosecond);

}  // namespace

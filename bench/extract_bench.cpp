// Cost of extracting the statements of the seed article (tests/fixtures/articles):
// UTF-8 check, sentences, lexicon matches, rules, and the parse of every claim written.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>

#include "extract/extract.hpp"

namespace {

std::string seed() {
  std::ifstream in(
      std::string(FARDEAU_SOURCE_DIR) + "/tests/fixtures/articles/otan-bruxelles-2018-07.txt",
      std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void BM_ExtractSeed(benchmark::State& state) {
  const std::string text = seed();
  fardeau::extract::ExtractOptions o;
  o.outcome_year = 2025;
  std::size_t found = 0;
  for (auto _ : state) {
    auto x = fardeau::extract::extract(text, o);
    found = x.ok() ? x->statements.size() : 0;
    benchmark::DoNotOptimize(x);
  }
  state.counters["statements"] = static_cast<double>(found);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_ExtractSeed);

}  // namespace

// What reading the reference tables of data/reference/ costs at start (docs/performance.md):
// the catalogue of editions (read by every command, --version included), the allies with
// their French names and EU membership (read by every command over the data), and the
// publishers' spellings (read by `fardeau import` only). Each is parsed from the embedded
// bytes at every iteration, as a fresh process would.
#include <benchmark/benchmark.h>

#include <string>

#include "io/country_names.hpp"
#include "io/data_source.hpp"
#include "io/members_loader.hpp"
#include "io/vintage_catalogue.hpp"

namespace {

const fardeau::io::DataSource kEmbedded = fardeau::io::DataSource::embedded();

/// `parse()` at every iteration; an error stops the benchmark with its message.
template <typename Parse>
void run(benchmark::State& state, Parse parse) {
  for (auto _ : state) {
    auto r = parse();
    if (!r) state.SkipWithError(r.error().what().c_str());
    benchmark::DoNotOptimize(r);
  }
}

void BM_vintage_catalogue(benchmark::State& state) {
  run(state, [] { return fardeau::io::load_vintage_catalogue(kEmbedded); });
}
BENCHMARK(BM_vintage_catalogue)->Unit(benchmark::kMicrosecond);

void BM_allies(benchmark::State& state) {
  run(state, [] { return fardeau::io::load_allies(kEmbedded); });
}
BENCHMARK(BM_allies)->Unit(benchmark::kMicrosecond);

void BM_publisher_spellings(benchmark::State& state) {
  const auto text = kEmbedded.read(fardeau::io::kCountryNamesFile);
  const std::string name(fardeau::io::kCountryNamesFile);
  run(state, [&] { return fardeau::io::parse_country_names(*text, name); });
}
BENCHMARK(BM_publisher_spellings)->Unit(benchmark::kMicrosecond);

}  // namespace

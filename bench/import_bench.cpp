// Workbook import timings (Google Benchmark): the real SIPRI Milex workbook
// (tests/fixtures/raw/, 757 kB, five sheets of ~200 x 78 cells imported) and a NATO
// def-exp workbook generated from data/nato_2026_edition_long.csv. Each iteration starts
// from the .xlsx bytes in memory: unzip, parse XML, build the grid, import to a Panel.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

#include "embedded_data.hpp"
#include "io/nato_workbook.hpp"
#include "io/sipri_workbook.hpp"
#include "io/xlsx_reader.hpp"
#include "support/workbook_writer.hpp"

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

const std::string& sipri_bytes() {
  static const std::string bytes = read_file(
      std::string(FARDEAU_SOURCE_DIR) + "/tests/fixtures/raw/SIPRI-Milex-data-1949-2024_2.xlsx");
  return bytes;
}

const std::string& nato_bytes() {
  static const std::string bytes = [] {
    auto rows = fardeau::testing::read_long_rows(
        fardeau::embedded::find("nato_2026_edition_long.csv").value());
    return fardeau::testing::write_xlsx(fardeau::testing::nato_workbook_model(rows)).value_or("");
  }();
  return bytes;
}

void BM_import_sipri_workbook(benchmark::State& state) {
  const std::string& bytes = sipri_bytes();
  std::size_t values = 0;
  for (auto _ : state) {
    auto book = fardeau::io::XlsxReader::open_bytes(bytes, "sipri.xlsx");
    if (!book) {
      state.SkipWithError(book.error().what().c_str());
      break;
    }
    auto imp = fardeau::io::import_sipri_workbook(*book);
    if (!imp) {
      state.SkipWithError(imp.error().what().c_str());
      break;
    }
    values = imp->panel.size();
    benchmark::DoNotOptimize(values);
  }
  state.counters["values"] = static_cast<double>(values);
  state.counters["xlsx_bytes"] = static_cast<double>(bytes.size());
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(values));
}
BENCHMARK(BM_import_sipri_workbook)->Unit(benchmark::kMillisecond);

void BM_read_sipri_sheet(benchmark::State& state) {
  // One sheet (Constant (2023) US$, 521 kB of XML) through the reader alone.
  auto book = fardeau::io::XlsxReader::open_bytes(sipri_bytes(), "sipri.xlsx");
  if (!book) {
    state.SkipWithError(book.error().what().c_str());
    return;
  }
  for (auto _ : state) {
    auto sheet = book->read_sheet("Constant (2023) US$");
    benchmark::DoNotOptimize(sheet.ok());
  }
}
BENCHMARK(BM_read_sipri_sheet)->Unit(benchmark::kMillisecond);

void BM_import_nato_workbook(benchmark::State& state) {
  const std::string& bytes = nato_bytes();
  std::size_t values = 0;
  for (auto _ : state) {
    auto book = fardeau::io::XlsxReader::open_bytes(bytes, "def-exp-2026-en.xlsx");
    if (!book) {
      state.SkipWithError(book.error().what().c_str());
      break;
    }
    auto imp = fardeau::io::import_nato_workbook(*book);
    if (!imp) {
      state.SkipWithError(imp.error().what().c_str());
      break;
    }
    values = imp->panel.size();
    benchmark::DoNotOptimize(values);
  }
  state.counters["values"] = static_cast<double>(values);
  state.counters["xlsx_bytes"] = static_cast<double>(bytes.size());
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(values));
}
BENCHMARK(BM_import_nato_workbook)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();

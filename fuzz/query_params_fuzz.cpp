// libFuzzer target for the API's query parameters: each endpoint's parameters through
// service/query_params.hpp, the engine and the JSON body (fuzz/query_params_check.hpp).
// A broken invariant aborts, so libFuzzer keeps the input; keep it under
// fuzz/regressions/query_params/ (replayed by the fuzz_regressions CTest). Run, e.g.:
//   build/fuzz/fuzz/query_params_fuzz -dict=fuzz/query_params.dict -max_total_time=60 \
//       build/fuzz/corpus-query_params fuzz/corpus/query_params
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "query_params_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // Built once: the datasets load on first use and stay, as in the server.
  static const fardeau::service::Engine engine;
  if (size > 4096) return 0;  // the server turns away values over 1 KiB anyway
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  if (auto broken = fardeau::fuzzing::query_params_broken_invariant(engine, input)) {
    std::fprintf(stderr, "broken invariant: %s\n", broken->c_str());
    std::abort();
  }
  return 0;
}

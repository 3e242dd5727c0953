// libFuzzer target for the command line: CLI11's parse of every subcommand and each
// command's own flag checks, run without executing anything (fuzz/cli_args_check.hpp).
// A broken invariant aborts, so libFuzzer keeps the input; keep it under
// fuzz/regressions/cli_args/ (replayed by the fuzz_regressions CTest). Run, e.g.:
//   build/fuzz/fuzz/cli_args_fuzz -dict=fuzz/cli_args.dict -max_total_time=60 \
//       build/fuzz/corpus-cli_args fuzz/corpus/cli_args
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "cli_args_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 4096) return 0;  // longer command lines only repeat what shorter ones reach
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  if (auto broken = fardeau::fuzzing::cli_args_broken_invariant(input)) {
    std::fprintf(stderr, "broken invariant: %s\n", broken->c_str());
    std::abort();
  }
  return 0;
}

// libFuzzer target for the claim language: lexer, parser, printer, checker, evaluator
// and readings, on the test FakeContext (published NATO figures). Any broken invariant
// (tests/unit/claims/claim_invariants.hpp) aborts, so libFuzzer keeps the input; keep it
// under tests/unit/claims/fixtures/ and the unit test replays it.
//
//   cmake --preset fuzz && cmake --build --preset fuzz --target claims_parser_fuzz
//   build/fuzz/fuzz/claims_parser_fuzz -max_total_time=60 -dict=fuzz/claims.dict \
//       tests/unit/claims/fixtures
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "unit/claims/claim_invariants.hpp"
#include "unit/claims/fake_context.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // Built once: a fuzzing process evaluates millions of inputs on the same figures.
  static const fardeau::claims::testing::FakeContext ctx;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (auto broken = fardeau::claims::testing::broken_invariant(text, ctx)) {
    std::fprintf(stderr, "broken invariant: %s\n", broken->c_str());
    std::abort();
  }
  return 0;
}

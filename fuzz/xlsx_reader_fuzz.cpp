// libFuzzer target for io::XlsxReader and the NATO and SIPRI importers built on it.
// The input modes (a raw .xlsx, or structure-aware XML parts zipped with correct CRCs)
// are described in tests/support/xlsx_fuzz_input.hpp, shared with the unit test that
// replays kept inputs. Each input must return without crashing, leaking or hanging.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "support/xlsx_fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto bytes = fardeau::testing::xlsx_from_fuzz_input(
      std::string_view(reinterpret_cast<const char*>(data), size));
  if (bytes) fardeau::testing::exercise_xlsx(*bytes);
  return 0;
}

// Planted faults, one per argument, for the asan preset only: each must make the sanitizer
// report it (tests/sanitizer/CMakeLists.txt checks the report). If the asan build ever lost
// its flags, these tests would fail instead of the whole suite passing unchecked.
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {
volatile int g_sink = 0;  // keeps the optimiser from removing the faults

int heap_overflow() {
  char* p = static_cast<char*>(std::malloc(8));
  std::memset(p, 0, 8);
  g_sink = p[8];  // one past the end
  std::free(p);
  return 0;
}

int leak() {
  g_sink = static_cast<char*>(std::malloc(64))[0] = 1;  // never freed
  return 0;
}

int signed_overflow(int argc) {
  int x = INT_MAX - 1 + argc;  // argc >= 2: INT_MAX + 1
  g_sink = x;
  return 0;
}
}  // namespace

int main(int argc, char** argv) {
  const std::string what = argc > 1 ? argv[1] : "";
  if (what == "heap-overflow") return heap_overflow();
  if (what == "leak") return leak();
  if (what == "signed-overflow") return signed_overflow(argc);
  std::fprintf(stderr, "usage: sanitizer_canary heap-overflow|leak|signed-overflow\n");
  return 2;
}

// What the build-time data tools share: writing their output file, and a main() that turns
// any exception into exit 3 with a message.
#pragma once
#include <cstdio>
#include <exception>
#include <fstream>
#include <string_view>

namespace fardeau::datagen {

/// Write `bytes` to `path` (replacing it); false if it cannot be written.
inline bool write_output(const char* path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  return static_cast<bool>(out);
}

/// run(argc, argv), or exit 3 with "NAME: error: WHAT" if it throws.
inline int tool_main(const char* name, int (*run)(int, char**), int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s: error: %s\n", name, e.what());
    return 3;
  }
}

}  // namespace fardeau::datagen

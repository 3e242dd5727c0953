// The binary images made at build time from the CSV in data/ by fardeau-edition-image and
// compiled into the binary (data/CMakeLists.txt): the built-in editions
// (io/edition_image.hpp) and the reference tables (io/reference_image.hpp).
#pragma once
#include <string_view>

namespace fardeau::embedded {
/// The editions image's bytes, in the program's read-only data, 16-byte aligned.
std::string_view edition_image();
/// The reference image's bytes, in the program's read-only data, 16-byte aligned.
std::string_view reference_image();
}  // namespace fardeau::embedded

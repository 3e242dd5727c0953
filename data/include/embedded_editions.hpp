// The binary image of the built-in editions (io/edition_image.hpp), made at build time
// from the CSV in data/ by fardeau-edition-image and compiled into the binary
// (data/CMakeLists.txt).
#pragma once
#include <string_view>

namespace fardeau::embedded {
/// The image's bytes, in the program's read-only data, 16-byte aligned.
std::string_view edition_image();
}  // namespace fardeau::embedded

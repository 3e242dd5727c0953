# Warnings live on an INTERFACE target that every fardeau target links, instead of
# mutating global flags.
add_library(fardeau_warnings INTERFACE)
target_compile_options(fardeau_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
  -Wcast-align -Wunused -Woverloaded-virtual -Wconversion -Wno-sign-conversion
  -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough
  # GCC 12 false positives inside libstdc++ (GCC bugs 105329, 105651); clang has no such flag.
  $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict>)
if(FARDEAU_WERROR)
  target_compile_options(fardeau_warnings INTERFACE -Werror)
endif()

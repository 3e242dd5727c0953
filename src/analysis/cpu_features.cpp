#include "analysis/cpu_features.hpp"

#include <cstdlib>
#include <cstring>

namespace fardeau::analysis {

bool cpu_has_avx2() {
#if FARDEAU_X86_DISPATCH
  static const bool has = [] {
    const char* force = std::getenv("FARDEAU_FORCE_PORTABLE");
    if (force != nullptr && std::strcmp(force, "1") == 0) return false;
    return __builtin_cpu_supports("avx2") != 0;
  }();
  return has;
#else
  return false;
#endif
}

}  // namespace fardeau::analysis

#include "analysis/cpu_features.hpp"

namespace fardeau::analysis {

bool cpu_supports(Simd s) {
  if (s == Simd::portable) return true;
#if FARDEAU_X86_DISPATCH
  static const bool avx2 = __builtin_cpu_supports("avx2") != 0;
  return avx2;
#else
  return false;
#endif
}

Simd best_simd() { return cpu_supports(Simd::avx2) ? Simd::avx2 : Simd::portable; }

}  // namespace fardeau::analysis

#include "analysis/cpu_features.hpp"

#if FARDEAU_X86_DISPATCH
#include <cpuid.h>
#endif

namespace fardeau::analysis {
namespace {

#if FARDEAU_X86_DISPATCH
/// AVX2 with its registers saved by the OS, asked of CPUID directly rather than through
/// __builtin_cpu_supports: that one links libgcc's __cpu_indicator_init, a constructor
/// that runs CPUID at every start of every command (issue 16), Monte Carlo or not.
bool detect_avx2() {
  unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
  if (__get_cpuid(1, &eax, &ebx, &ecx, &edx) == 0) return false;
  constexpr unsigned kOsxsave = 1U << 27, kAvx = 1U << 28;
  if ((ecx & (kOsxsave | kAvx)) != (kOsxsave | kAvx)) return false;
  unsigned xcr0_low = 0, xcr0_high = 0;
  __asm__("xgetbv" : "=a"(xcr0_low), "=d"(xcr0_high) : "c"(0));
  constexpr unsigned kSseAndAvxState = 0x6;
  if ((xcr0_low & kSseAndAvxState) != kSseAndAvxState) return false;
  if (__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx) == 0) return false;
  constexpr unsigned kAvx2 = 1U << 5;
  return (ebx & kAvx2) != 0;
}
#endif

}  // namespace

bool cpu_supports(Simd s) {
  if (s == Simd::portable) return true;
#if FARDEAU_X86_DISPATCH
  static const bool avx2 = detect_avx2();  // on first use, once
  return avx2;
#else
  return false;
#endif
}

Simd best_simd() { return cpu_supports(Simd::avx2) ? Simd::avx2 : Simd::portable; }

}  // namespace fardeau::analysis

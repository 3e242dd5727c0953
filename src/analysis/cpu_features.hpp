// Which vector instructions the Monte Carlo's hot loops use. They are compiled twice
// (portable x86-64, and AVX2) and the best one the CPU runs is picked at run time, so the
// binary runs on any x86-64 and uses AVX2 where it exists. Both give the same bits
// (integer operations and IEEE arithmetic lane by lane, no FMA contraction), so results
// do not depend on the CPU; the tests compare them.
#pragma once

#if defined(__x86_64__) && defined(__GNUC__)
#define FARDEAU_X86_DISPATCH 1
#else
#define FARDEAU_X86_DISPATCH 0
#endif

namespace fardeau::analysis {

enum class Simd { portable, avx2 };

/// The best instruction set of this CPU (detected once).
Simd best_simd();
/// Whether this CPU runs `s`.
bool cpu_supports(Simd s);

}  // namespace fardeau::analysis

// Which vector instructions the running CPU has, for the Monte Carlo's hot loops: they
// are compiled twice (portable x86-64 and AVX2) and pick one at run time, so the binary
// runs on any x86-64 and uses AVX2 where it exists. Both give the same bits (integer
// operations and IEEE arithmetic per lane, no FMA), so results do not depend on the CPU.
#pragma once

#if defined(__x86_64__) && defined(__GNUC__)
#define FARDEAU_X86_DISPATCH 1
#else
#define FARDEAU_X86_DISPATCH 0
#endif

namespace fardeau::analysis {

/// True when the CPU runs AVX2 and FARDEAU_X86_DISPATCH is on; FARDEAU_FORCE_PORTABLE=1
/// in the environment turns it off (to compare the two code paths).
bool cpu_has_avx2();

}  // namespace fardeau::analysis

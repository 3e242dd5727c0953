// Random numbers for the Monte Carlo: explicitly seeded engines (xoshiro256**) whose
// streams are derived from (seed, stream id) by SplitMix64, and our own normal transform
// (a 256-layer ziggurat) so that results do not depend on the standard library:
// std::normal_distribution's output differs between libstdc++, libc++ and MSVC.
// Nothing here is global: callers own the engine and pass it in.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>

#include "analysis/cpu_features.hpp"

namespace fardeau::analysis {

/// SplitMix64 (Steele, Lea, Flood 2014): the recommended seeder of the xoshiro family.
inline std::uint64_t splitmix64(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

inline std::uint64_t rotl64(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

/// xoshiro256** 1.0 (Blackman and Vigna 2018): 256-bit state, period 2^256 - 1.
class Xoshiro256 {
 public:
  /// The engine of stream `stream` under `seed`: distinct streams for every (seed,
  /// stream) pair, independent of how streams are later spread over threads.
  Xoshiro256(std::uint64_t seed, std::uint64_t stream);

  std::uint64_t next() {
    const std::uint64_t result = rotl64(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl64(s_[3], 45);
    return result;
  }
  /// Uniform on (0, 1): 53 random bits, never 0 (safe under log).
  double uniform_open() { return (static_cast<double>(next() >> 11) + 0.5) * 0x1.0p-53; }

 private:
  std::array<std::uint64_t, 4> s_{};
};

struct ZigguratTables;

/// Four xoshiro256** engines side by side, the streams 4 s .. 4 s + 3 of Xoshiro256 under
/// the same seed. One xoshiro step depends on the previous one (a chain of about four
/// cycles per output); four independent lanes fill the pipeline and the vector units,
/// which is what the Monte Carlo's bulk draws need. Output order is fixed: `fill` writes
/// lane j's m-th output at position 4 m + j, whatever the machine.
class Xoshiro256x4 {
 public:
  Xoshiro256x4(std::uint64_t seed, std::uint64_t stream);
  /// 4 x `steps` outputs into `out`.
  void fill(std::uint64_t* out, std::size_t steps);
  /// One output of lane 0 alone (the ziggurat's rare rejections draw from here).
  std::uint64_t next();
  double uniform_open() { return (static_cast<double>(next() >> 11) + 0.5) * 0x1.0p-53; }

 private:
  friend void fill_normals(Xoshiro256x4&, const ZigguratTables&, double*, std::size_t, Simd);
  // s_[word][lane]: the four lanes of each state word are contiguous (vector loads).
  alignas(32) std::uint64_t s_[4][4] = {};
};

/// Ziggurat tables (Marsaglia and Tsang 2000 with 256 layers, r = 3.6541528853610088,
/// the layer count of NumPy's and Rust's generators), built once. Each layer's width and
/// threshold share one 64-bit word (one table load per draw): the width
/// keeps its 28 high significant bits and k fills the 24 low ones, which changes the
/// widths by less than 4e-9 relative, far below the 24-bit abscissa's resolution.
struct ZigguratTables {
  static constexpr int kLayers = 256;
  std::array<std::int32_t, kLayers> k{};    ///< acceptance thresholds on |hz| (24-bit signed)
  std::array<double, kLayers> w{};          ///< layer widths / 2^23 (low bits = k)
  std::array<std::uint64_t, kLayers> kw{};  ///< the bits of w: k in the low 24 bits
  std::array<double, kLayers> f{};          ///< density at layer edges
  static const ZigguratTables& get();
};

/// The rejection branch of the ziggurat (1.5% of draws): wedge test, tail, or a new
/// draw, all from `rng`. Instantiated for Xoshiro256 and Xoshiro256x4.
template <class Engine>
double standard_normal_slow(Engine& rng, const ZigguratTables& t, std::int32_t hz, unsigned iz);

/// One standard normal from 32 random bits: the layer index (bits 0-7) and the signed
/// abscissa (bits 8-31, 24 bits as in Marsaglia and Tsang's 32-bit original) are
/// disjoint, so one 64-bit output gives two normals.
inline double normal_from_bits(Xoshiro256& rng, const ZigguratTables& t, std::uint32_t bits) {
  const unsigned iz = bits & 255U;
  const std::int32_t hz = static_cast<std::int32_t>(bits) >> 8;  // arithmetic shift: sign kept
  const std::int32_t ahz = hz < 0 ? -hz : hz;
  if (ahz < t.k[iz]) return static_cast<double>(hz) * t.w[iz];
  return standard_normal_slow(rng, t, hz, iz);
}
inline double standard_normal(Xoshiro256& rng, const ZigguratTables& t) {
  return normal_from_bits(rng, t, static_cast<std::uint32_t>(rng.next()));
}
inline double standard_normal(Xoshiro256& rng) {
  return standard_normal(rng, ZigguratTables::get());
}

/// `n` standard normals into `out`, in bulk: 256 at a time, two from each 64-bit output
/// of `rng` (low half first), through the ziggurat's fast path without branches; the
/// draws that fall outside the rectangles (1.5%) are then completed in order by
/// standard_normal_slow. Same numbers for the same engine state whatever `simd` (a
/// level this CPU supports) and whatever the machine.
void fill_normals(Xoshiro256x4& rng, const ZigguratTables& t, double* out, std::size_t n,
                  Simd simd = best_simd());

}  // namespace fardeau::analysis

// Random numbers for the Monte Carlo: an explicitly seeded engine (xoshiro256**) whose
// streams are derived from (seed, stream id) by SplitMix64, and our own normal transform
// (a 128-layer ziggurat) so that results do not depend on the standard library:
// std::normal_distribution's output differs between libstdc++, libc++ and MSVC.
// Nothing here is global: callers own the engine and pass it in.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>

namespace fardeau::analysis {

/// SplitMix64 (Steele, Lea, Flood 2014): the recommended seeder of the xoshiro family.
inline std::uint64_t splitmix64(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

/// xoshiro256** 1.0 (Blackman and Vigna 2018): 256-bit state, period 2^256 - 1.
class Xoshiro256 {
 public:
  /// The engine of stream `stream` under `seed`: distinct streams for every (seed,
  /// stream) pair, independent of how streams are later spread over threads.
  Xoshiro256(std::uint64_t seed, std::uint64_t stream);

  std::uint64_t next() {
    const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
  }
  /// Uniform on (0, 1): 53 random bits, never 0 (safe under log).
  double uniform_open() { return (static_cast<double>(next() >> 11) + 0.5) * 0x1.0p-53; }

 private:
  static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  std::array<std::uint64_t, 4> s_{};
};

/// Ziggurat tables (Marsaglia and Tsang 2000, 128 layers), built once.
struct ZigguratTables {
  std::array<std::int32_t, 128> k{};  ///< acceptance thresholds on |hz| (24-bit signed)
  std::array<double, 128> w{};        ///< layer widths / 2^23
  std::array<double, 128> f{};        ///< density at layer edges
  static const ZigguratTables& get();
};

/// One standard normal from 32 random bits: the layer index (bits 0-6) and the signed
/// abscissa (bits 8-31, 24 bits as in Marsaglia and Tsang's 32-bit original) are
/// disjoint, so one 64-bit output gives two normals.
double standard_normal_slow(Xoshiro256& rng, std::int32_t hz, unsigned iz);
inline double normal_from_bits(Xoshiro256& rng, const ZigguratTables& t, std::uint32_t bits) {
  const unsigned iz = bits & 127U;
  const std::int32_t hz = static_cast<std::int32_t>(bits) >> 8;  // arithmetic shift: sign kept
  const std::int32_t ahz = hz < 0 ? -hz : hz;
  if (ahz < t.k[iz]) return static_cast<double>(hz) * t.w[iz];
  return standard_normal_slow(rng, hz, iz);
}
inline double standard_normal(Xoshiro256& rng, const ZigguratTables& t) {
  return normal_from_bits(rng, t, static_cast<std::uint32_t>(rng.next()));
}
inline double standard_normal(Xoshiro256& rng) {
  return standard_normal(rng, ZigguratTables::get());
}
/// `n` standard normals into `out`, two from each 64-bit output (low half first).
inline void fill_normals(Xoshiro256& rng, const ZigguratTables& t, double* out, std::size_t n) {
  std::size_t i = 0;
  for (; i + 1 < n; i += 2) {
    const std::uint64_t u = rng.next();
    out[i] = normal_from_bits(rng, t, static_cast<std::uint32_t>(u));
    out[i + 1] = normal_from_bits(rng, t, static_cast<std::uint32_t>(u >> 32));
  }
  if (i < n) out[i] = standard_normal(rng, t);
}

}  // namespace fardeau::analysis

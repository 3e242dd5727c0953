#include "analysis/rng.hpp"

#include <cmath>

namespace fardeau::analysis {

Xoshiro256::Xoshiro256(std::uint64_t seed, std::uint64_t stream) {
  // Mix the stream id through SplitMix first, so neighbouring streams start far apart.
  std::uint64_t sm = seed;
  const std::uint64_t a = splitmix64(sm);
  std::uint64_t st = a ^ (stream * 0xD1342543DE82EF95ULL + 0x632BE59BD9B4E019ULL);
  for (auto& word : s_) word = splitmix64(st);
  if ((s_[0] | s_[1] | s_[2] | s_[3]) == 0) s_[0] = 1;  // the all-zero state is a fixed point
}

const ZigguratTables& ZigguratTables::get() {
  static const ZigguratTables tables = [] {
    ZigguratTables t;
    constexpr double m = 8388608.0;         // 2^23: hz spans [-2^23, 2^23)
    double dn = 3.442619855899;             // right edge of the base layer
    const double vn = 9.91256303526217e-3;  // area of each layer
    const double q = vn / std::exp(-0.5 * dn * dn);
    t.k[0] = static_cast<std::int32_t>((dn / q) * m);
    t.k[1] = 0;
    t.w[0] = q / m;
    t.w[127] = dn / m;
    t.f[0] = 1.0;
    t.f[127] = std::exp(-0.5 * dn * dn);
    double tn = dn;
    for (int i = 126; i >= 1; --i) {
      dn = std::sqrt(-2.0 * std::log(vn / dn + std::exp(-0.5 * dn * dn)));
      t.k[static_cast<std::size_t>(i + 1)] = static_cast<std::int32_t>((dn / tn) * m);
      tn = dn;
      t.f[static_cast<std::size_t>(i)] = std::exp(-0.5 * dn * dn);
      t.w[static_cast<std::size_t>(i)] = dn / m;
    }
    return t;
  }();
  return tables;
}

double standard_normal_slow(Xoshiro256& rng, std::int32_t hz, unsigned iz) {
  const ZigguratTables& t = ZigguratTables::get();
  constexpr double r = 3.442619855899;
  for (;;) {
    const double x = static_cast<double>(hz) * t.w[iz];
    if (iz == 0) {  // the tail beyond r (Marsaglia 1964)
      double xt = 0.0, y = 0.0;
      do {
        xt = -std::log(rng.uniform_open()) / r;
        y = -std::log(rng.uniform_open());
      } while (y + y < xt * xt);
      return hz > 0 ? r + xt : -r - xt;
    }
    if (t.f[iz] + rng.uniform_open() * (t.f[iz - 1] - t.f[iz]) < std::exp(-0.5 * x * x)) return x;
    const auto bits = static_cast<std::uint32_t>(rng.next());
    iz = bits & 127U;
    hz = static_cast<std::int32_t>(bits) >> 8;
    const std::int32_t ahz = hz < 0 ? -hz : hz;
    if (ahz < t.k[iz]) return static_cast<double>(hz) * t.w[iz];
  }
}

}  // namespace fardeau::analysis

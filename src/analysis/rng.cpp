#include "analysis/rng.hpp"

#include <algorithm>
#include <bit>
#include <cmath>

#include "analysis/cpu_features.hpp"
#if FARDEAU_X86_DISPATCH
#include <immintrin.h>
#endif

namespace fardeau::analysis {
namespace {

constexpr double kZigguratR = 3.6541528853610088;  // right edge of the base layer

std::array<std::uint64_t, 4> seeded_state(std::uint64_t seed, std::uint64_t stream) {
  // Mix the stream id through SplitMix first, so neighbouring streams start far apart.
  std::uint64_t sm = seed;
  const std::uint64_t a = splitmix64(sm);
  std::uint64_t st = a ^ (stream * 0xD1342543DE82EF95ULL + 0x632BE59BD9B4E019ULL);
  std::array<std::uint64_t, 4> s{};
  for (auto& word : s) word = splitmix64(st);
  if ((s[0] | s[1] | s[2] | s[3]) == 0) s[0] = 1;  // the all-zero state is a fixed point
  return s;
}

}  // namespace

Xoshiro256::Xoshiro256(std::uint64_t seed, std::uint64_t stream) : s_(seeded_state(seed, stream)) {}

Xoshiro256x4::Xoshiro256x4(std::uint64_t seed, std::uint64_t stream) {
  for (int j = 0; j < 4; ++j) {
    const auto s = seeded_state(seed, stream * 4 + static_cast<std::uint64_t>(j));
    for (int w = 0; w < 4; ++w) s_[w][j] = s[static_cast<std::size_t>(w)];
  }
}

void Xoshiro256x4::fill(std::uint64_t* out, std::size_t steps) {
  // Local copies: the state stays in registers as far as the compiler can keep it there.
  std::uint64_t s0[4], s1[4], s2[4], s3[4];
  for (int j = 0; j < 4; ++j) {
    s0[j] = s_[0][j];
    s1[j] = s_[1][j];
    s2[j] = s_[2][j];
    s3[j] = s_[3][j];
  }
  for (std::size_t m = 0; m < steps; ++m) {
    for (int j = 0; j < 4; ++j) {
      out[4 * m + static_cast<std::size_t>(j)] = rotl64(s1[j] * 5, 7) * 9;
      const std::uint64_t t = s1[j] << 17;
      s2[j] ^= s0[j];
      s3[j] ^= s1[j];
      s1[j] ^= s2[j];
      s0[j] ^= s3[j];
      s2[j] ^= t;
      s3[j] = rotl64(s3[j], 45);
    }
  }
  for (int j = 0; j < 4; ++j) {
    s_[0][j] = s0[j];
    s_[1][j] = s1[j];
    s_[2][j] = s2[j];
    s_[3][j] = s3[j];
  }
}

std::uint64_t Xoshiro256x4::next() {
  const std::uint64_t result = rotl64(s_[1][0] * 5, 7) * 9;
  const std::uint64_t t = s_[1][0] << 17;
  s_[2][0] ^= s_[0][0];
  s_[3][0] ^= s_[1][0];
  s_[1][0] ^= s_[2][0];
  s_[0][0] ^= s_[3][0];
  s_[2][0] ^= t;
  s_[3][0] = rotl64(s_[3][0], 45);
  return result;
}

const ZigguratTables& ZigguratTables::get() {
  static const ZigguratTables tables = [] {
    constexpr int n = kLayers;
    ZigguratTables t;
    constexpr double m = 8388608.0;  // 2^23: hz spans [-2^23, 2^23)
    double dn = kZigguratR;
    // Area of each layer: the base rectangle r f(r) plus the tail beyond r.
    const double vn = dn * std::exp(-0.5 * dn * dn) +
                      std::sqrt(std::acos(-1.0) / 2.0) * std::erfc(dn / std::sqrt(2.0));
    const double q = vn / std::exp(-0.5 * dn * dn);
    t.k[0] = static_cast<std::int32_t>((dn / q) * m);
    t.k[1] = 0;
    t.w[0] = q / m;
    t.w[n - 1] = dn / m;
    t.f[0] = 1.0;
    t.f[n - 1] = std::exp(-0.5 * dn * dn);
    double tn = dn;
    for (int i = n - 2; i >= 1; --i) {
      dn = std::sqrt(-2.0 * std::log(vn / dn + std::exp(-0.5 * dn * dn)));
      t.k[static_cast<std::size_t>(i + 1)] = static_cast<std::int32_t>((dn / tn) * m);
      tn = dn;
      t.f[static_cast<std::size_t>(i)] = std::exp(-0.5 * dn * dn);
      t.w[static_cast<std::size_t>(i)] = dn / m;
    }
    for (std::size_t i = 0; i < n; ++i) {
      constexpr std::uint64_t kLow24 = (std::uint64_t{1} << 24) - 1;
      t.kw[i] =
          (std::bit_cast<std::uint64_t>(t.w[i]) & ~kLow24) | static_cast<std::uint64_t>(t.k[i]);
      t.w[i] = std::bit_cast<double>(t.kw[i]);
    }
    return t;
  }();
  return tables;
}

template <class Engine>
double standard_normal_slow(Engine& rng, const ZigguratTables& t, std::int32_t hz, unsigned iz) {
  for (;;) {
    const double x = static_cast<double>(hz) * t.w[iz];
    if (iz == 0) {  // the tail beyond r (Marsaglia 1964)
      double xt = 0.0, y = 0.0;
      do {
        xt = -std::log(rng.uniform_open()) / kZigguratR;
        y = -std::log(rng.uniform_open());
      } while (y + y < xt * xt);
      return hz > 0 ? kZigguratR + xt : -kZigguratR - xt;
    }
    if (t.f[iz] + rng.uniform_open() * (t.f[iz - 1] - t.f[iz]) < std::exp(-0.5 * x * x)) return x;
    const auto bits = static_cast<std::uint32_t>(rng.next());
    iz = bits & 255U;
    hz = static_cast<std::int32_t>(bits) >> 8;
    const std::int32_t ahz = hz < 0 ? -hz : hz;
    if (ahz < t.k[iz]) return static_cast<double>(hz) * t.w[iz];
  }
}
template double standard_normal_slow(Xoshiro256&, const ZigguratTables&, std::int32_t, unsigned);
template double standard_normal_slow(Xoshiro256x4&, const ZigguratTables&, std::int32_t, unsigned);

namespace {

// The ziggurat's fast path on 8 x `steps` draws from `raw` (two 32-bit halves of each
// output, low half first) into `out`, branch-free; the indices of the draws outside the
// rectangles go to `redo`, in increasing order. Returns how many.
std::size_t fast_pass_portable(const std::uint64_t* raw, std::size_t steps, const ZigguratTables& t,
                               double* out, std::uint16_t* redo) {
  std::size_t n_redo = 0;
  for (std::size_t i = 0; i < 8 * steps; ++i) {
    const auto bits = static_cast<std::uint32_t>(raw[i >> 1] >> ((i & 1) * 32));
    const unsigned iz = bits & 255U;
    const std::int32_t hz = static_cast<std::int32_t>(bits) >> 8;
    const std::int32_t ahz = hz < 0 ? -hz : hz;
    const std::uint64_t e = t.kw[iz];
    out[i] = static_cast<double>(hz) * std::bit_cast<double>(e);
    redo[n_redo] = static_cast<std::uint16_t>(i);
    n_redo += static_cast<std::uint64_t>(ahz) < (e & 0xFFFFFFU) ? 0U : 1U;
  }
  return n_redo;
}

#if FARDEAU_X86_DISPATCH
// The same draws and the same fast path with AVX2: xoshiro256** on the four lanes of one
// 256-bit register, then the eight 32-bit halves through the table (scalar loads: AVX2
// gathers were no faster on our CPU). Integer operations and one exact IEEE product per
// draw: bit-identical to the portable pass.
__attribute__((target("avx2"))) std::size_t fast_pass_avx2(std::uint64_t (*state)[4],
                                                           std::size_t steps,
                                                           const ZigguratTables& t,
                                                           std::uint64_t* raw, double* out,
                                                           std::uint16_t* redo) {
  auto* sv = reinterpret_cast<__m256i*>(state);  // aligned: Xoshiro256x4's state
  __m256i s0 = _mm256_load_si256(sv), s1 = _mm256_load_si256(sv + 1);
  __m256i s2 = _mm256_load_si256(sv + 2), s3 = _mm256_load_si256(sv + 3);
  const __m256i low24 = _mm256_set1_epi64x((std::int64_t{1} << 24) - 1);
  const auto* table = reinterpret_cast<const long long*>(t.kw.data());
  std::size_t n_redo = 0;
  for (std::size_t m = 0; m < steps; ++m) {
    const __m256i x5 = _mm256_add_epi64(s1, _mm256_slli_epi64(s1, 2));
    const __m256i r = _mm256_or_si256(_mm256_slli_epi64(x5, 7), _mm256_srli_epi64(x5, 57));
    const __m256i bits = _mm256_add_epi64(r, _mm256_slli_epi64(r, 3));
    const __m256i t17 = _mm256_slli_epi64(s1, 17);
    s2 = _mm256_xor_si256(s2, s0);
    s3 = _mm256_xor_si256(s3, s1);
    s1 = _mm256_xor_si256(s1, s2);
    s0 = _mm256_xor_si256(s0, s3);
    s2 = _mm256_xor_si256(s2, t17);
    s3 = _mm256_or_si256(_mm256_slli_epi64(s3, 45), _mm256_srli_epi64(s3, 19));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(raw + 4 * m), bits);
    const __m256i hz = _mm256_srai_epi32(bits, 8);
    const __m256i ahz = _mm256_abs_epi32(hz);
    // Four draws at a time; one table word gives both the width and the threshold.
    unsigned accepted = 0;
    for (int half = 0; half < 2; ++half) {
      const __m128i hz4 = half == 0 ? _mm256_castsi256_si128(hz) : _mm256_extracti128_si256(hz, 1);
      const __m128i ahz4 =
          half == 0 ? _mm256_castsi256_si128(ahz) : _mm256_extracti128_si256(ahz, 1);
      const std::uint64_t w0 = raw[4 * m + 2 * static_cast<std::size_t>(half)];
      const std::uint64_t w1 = raw[4 * m + 2 * static_cast<std::size_t>(half) + 1];
      const __m256i e = _mm256_set_epi64x(table[(w1 >> 32) & 255U], table[w1 & 255U],
                                          table[(w0 >> 32) & 255U], table[w0 & 255U]);
      const __m256i ok =
          _mm256_cmpgt_epi64(_mm256_and_si256(e, low24), _mm256_cvtepi32_epi64(ahz4));
      accepted |= static_cast<unsigned>(_mm256_movemask_pd(_mm256_castsi256_pd(ok))) << (4 * half);
      _mm256_storeu_pd(out + 8 * m + 4 * static_cast<std::size_t>(half),
                       _mm256_mul_pd(_mm256_cvtepi32_pd(hz4), _mm256_castsi256_pd(e)));
    }
    auto rejected = ~accepted & 255U;
    while (rejected != 0) {
      redo[n_redo++] =
          static_cast<std::uint16_t>(8 * m + static_cast<unsigned>(__builtin_ctz(rejected)));
      rejected &= rejected - 1;
    }
  }
  _mm256_store_si256(sv, s0);
  _mm256_store_si256(sv + 1, s1);
  _mm256_store_si256(sv + 2, s2);
  _mm256_store_si256(sv + 3, s3);
  return n_redo;
}

#endif

}  // namespace

void fill_normals(Xoshiro256x4& rng, const ZigguratTables& t, double* out, std::size_t n,
                  Simd simd) {
  constexpr std::size_t kChunk = 256;  // normals per pass: 128 outputs, 32 steps
  alignas(32) std::uint64_t raw[kChunk / 2];
  alignas(32) double buf[kChunk];
  std::uint16_t redo[kChunk];
  for (std::size_t base = 0; base < n; base += kChunk) {
    const std::size_t count = std::min(kChunk, n - base);
    const std::size_t steps = (count + 7) / 8;  // whole steps; unused draws are dropped
    // Straight into `out` unless the last step would write past its end.
    double* o = count == 8 * steps ? out + base : buf;
    std::size_t n_redo = 0;
#if FARDEAU_X86_DISPATCH
    if (simd == Simd::avx2)
      n_redo = fast_pass_avx2(rng.s_, steps, t, raw, o, redo);
    else
#endif
    {
      rng.fill(raw, steps);
      n_redo = fast_pass_portable(raw, steps, t, o, redo);
    }
    for (std::size_t r = 0; r < n_redo && redo[r] < count; ++r) {
      const std::size_t i = redo[r];
      const auto bits = static_cast<std::uint32_t>(raw[i >> 1] >> ((i & 1) * 32));
      o[i] = standard_normal_slow(rng, t, static_cast<std::int32_t>(bits) >> 8, bits & 255U);
    }
    if (o == buf) std::copy(buf, buf + count, out + base);
  }
}

}  // namespace fardeau::analysis

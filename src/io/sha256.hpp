// SHA-256 (FIPS 180-4), small and dependency-free: the store records the digest of every
// imported file so that importing the same file twice changes nothing. Not for secrets.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace fardeau::io {

/// Incremental SHA-256.
class Sha256 {
 public:
  Sha256();
  void update(std::string_view bytes);
  /// The 32-byte digest; the object must not be updated afterwards.
  std::array<std::uint8_t, 32> finish();

 private:
  void block(const std::uint8_t* p);
  std::array<std::uint32_t, 8> h_;
  std::array<std::uint8_t, 64> buf_{};
  std::size_t buf_len_ = 0;
  std::uint64_t total_bytes_ = 0;
};

/// Lower-case hex digest of `bytes` (64 characters).
std::string sha256_hex(std::string_view bytes);

}  // namespace fardeau::io

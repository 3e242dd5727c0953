// SHA-256 against the FIPS 180-4 examples (NIST, "Cryptographic Algorithm Object
// Registration / Examples with Intermediate Values", SHA256.pdf) and the standard long
// message test (one million 'a').
#include "io/sha256.hpp"

#include <gtest/gtest.h>

#include <string>

namespace fardeau::io {
namespace {

TEST(sha256_test, fips_180_4_one_block_message_abc) {
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(sha256_test, fips_180_4_two_block_message) {
  EXPECT_EQ(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(sha256_test, empty_message) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(sha256_test, one_million_a_fed_in_uneven_pieces) {
  Sha256 s;
  std::string chunk(997, 'a');  // a prime size: pieces straddle block boundaries
  std::size_t left = 1000000;
  while (left > 0) {
    std::size_t n = std::min(left, chunk.size());
    s.update(std::string_view(chunk).substr(0, n));
    left -= n;
  }
  auto d = s.finish();
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  for (auto b : d) hex += std::string{kHex[b >> 4], kHex[b & 15]};
  EXPECT_EQ(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  EXPECT_EQ(sha256_hex(std::string(1000000, 'a')), hex);
}

TEST(sha256_test, padding_edges_55_56_63_64_bytes) {
  // Digests from Python's hashlib.sha256(b"a" * n).hexdigest().
  EXPECT_EQ(sha256_hex(std::string(55, 'a')),
            "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
  EXPECT_EQ(sha256_hex(std::string(56, 'a')),
            "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
  EXPECT_EQ(sha256_hex(std::string(64, 'a')),
            "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

}  // namespace
}  // namespace fardeau::io

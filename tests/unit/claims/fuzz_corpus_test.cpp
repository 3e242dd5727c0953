// Replays every input kept under fixtures/: the documented examples (seed-*.claim) the
// fuzzer starts from, and every input it once broke the library with (crash-*.claim),
// so that a fixed bug stays fixed without running the fuzzer.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "claims/check.hpp"
#include "claims/parser.hpp"
#include "unit/claims/claim_invariants.hpp"
#include "unit/claims/fake_context.hpp"

namespace fardeau::claims {
namespace {

namespace fs = std::filesystem;

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(FuzzCorpus, EveryKeptInputKeepsTheInvariants) {
  testing::FakeContext ctx;
  int n = 0;
  int crashes = 0;
  for (const auto& e : fs::directory_iterator(CLAIMS_FIXTURES_DIR)) {
    if (!e.is_regular_file()) continue;
    ++n;
    if (e.path().filename().string().rfind("crash-", 0) == 0) ++crashes;
    std::string text = read(e.path());
    auto broken = testing::broken_invariant(text, ctx);
    EXPECT_FALSE(broken.has_value()) << e.path().filename() << ": " << *broken;
  }
  EXPECT_GE(n, 13);
  EXPECT_GE(crashes, 1);
}

TEST(FuzzCorpus, SeedsAreValidClaims) {
  for (const auto& e : fs::directory_iterator(CLAIMS_FIXTURES_DIR)) {
    if (e.path().filename().string().rfind("seed-", 0) != 0) continue;
    std::string text = read(e.path());
    auto c = parse(text);
    ASSERT_TRUE(c.ok()) << e.path().filename() << ": " << c.error().what();
    EXPECT_TRUE(check(*c).ok()) << e.path().filename() << ": " << check(*c).error().what();
  }
}

TEST(FuzzCorpus, ParenthesisedNameIsAnErrorNotACrash) {
  // crash-paren-name.claim: "(sembemr) = 29" threw std::bad_variant_access in the checker.
  auto c = parse("(sembemr) = 29");
  ASSERT_TRUE(c.ok());
  Status s = check(*c);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().message,
            "'sembemr' is a name, not a number; '=' needs a value such as pct_gdp[sembemr, 2018]");
  EXPECT_EQ(s.error().where, "column 1");
}

}  // namespace
}  // namespace fardeau::claims

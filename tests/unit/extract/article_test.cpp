// The seed article (tests/fixtures/articles/otan-bruxelles-2018-07.txt), extracted and
// checked: it must find every statement of the hand-written examples/otan-2018.claims,
// with the same verdicts, and nothing elsewhere in the article.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "extract/text.hpp"
#include "service/extract.hpp"

namespace fardeau::service {
namespace {

std::string read(const std::string& rel) {
  std::ifstream in(std::string(FARDEAU_SOURCE_DIR) + "/" + rel, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Engine& engine() {
  static Engine e;
  return e;
}

// The words of a sentence, normalised, quotes and punctuation dropped.
std::vector<std::string> words(const std::string& s) {
  std::vector<std::string> out;
  std::string w;
  for (char c : extract::normalize(s).text + " ") {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
      w.push_back(c);
    } else if (!w.empty()) {
      out.push_back(w);
      w.clear();
    }
  }
  return out;
}

// Most of the quote's words are in the sentence.
bool same_sentence(const std::string& quote, const std::string& sentence) {
  auto q = words(quote);
  auto sw = words(sentence);
  const std::set<std::string> have(sw.begin(), sw.end());
  std::size_t n = 0;
  for (const auto& w : q) n += have.count(w);
  return !q.empty() && n * 10 >= q.size() * 8;
}

// The function a claim starts with: "members", "cumulative", "pct_gdp", ...
std::string head(const std::string& claim) { return claim.substr(0, claim.find_first_of("([ ")); }

// The claims an extracted claim stands for: each year of each either(...) in turn.
std::vector<std::string> expansions(const std::string& claim) {
  static const std::regex either(R"(either\(([^)]*)\))");
  std::smatch m;
  if (!std::regex_search(claim, m, either)) return {claim};
  std::vector<std::string> out;
  std::stringstream years(m[1].str());
  for (std::string y; std::getline(years, y, ',');) {
    y.erase(0, y.find_first_not_of(' '));
    for (auto& e : expansions(m.prefix().str() + y + m.suffix().str())) out.push_back(e);
  }
  return out;
}

// The verdict of the readings that read the years of `range` ("2012..2014"): the verdict
// of the hand-written claim with those years among the extracted claim's readings.
std::string verdict_over(const CheckResult& r, const std::string& range) {
  std::size_t checkable = 0, holding = 0;
  for (const auto& o : r.readings) {
    if (o.claim.find(range) == std::string::npos || !o.checkable) continue;
    ++checkable;
    holding += o.holds ? 1 : 0;
  }
  if (checkable == 0) return "not checkable";
  if (holding == checkable) return "true";
  return holding == 0 ? "false" : "true under some readings";
}

std::string range_of(const std::string& claim) {
  static const std::regex range(R"(\d{4}\.\.\d{4})");
  std::smatch m;
  return std::regex_search(claim, m, range) ? m.str() : std::string();
}

TEST(article, seed_statements_and_verdicts_match_the_hand_written_file) {
  const std::string article = read("tests/fixtures/articles/otan-bruxelles-2018-07.txt");
  ASSERT_FALSE(article.empty());
  auto got = check_article(engine(), {article, "seed", "fr", ""}, {}, false, true);
  ASSERT_TRUE(got.ok()) << got.error().what();
  ASSERT_EQ(got->checked.errors(), 0U);
  const std::string hand_text = read("examples/otan-2018.claims");
  auto hand = check_file(engine(), {{}, hand_text, "otan-2018.claims", false, true});
  ASSERT_TRUE(hand.ok()) << hand.error().what();
  // A '>' sentence belongs to the next claim only; the claims after it check the same one.
  std::string sentence;
  for (auto& h : hand->claims) {
    if (h.line.sentence.empty()) h.line.sentence = sentence;
    sentence = h.line.sentence;
  }
  for (const auto& h : hand->claims) {
    SCOPED_TRACE(h.line.claim);
    bool found = false;
    // The same claim on the same sentence (or one of the claims an either(...) stands for),
    // else the same function (count, pct_gdp, ...). With open years, the verdict compared
    // is that of the readings with the hand-written claim's years.
    for (int exact = 1; exact >= 0 && !found; --exact)
      for (std::size_t i = 0; i < got->checked.claims.size() && !found; ++i) {
        const auto& g = got->checked.claims[i];
        if (!same_sentence(h.line.sentence, g.line.sentence)) continue;
        const auto ex = expansions(g.line.claim);
        if (exact == 1 ? std::find(ex.begin(), ex.end(), h.line.claim) == ex.end()
                       : head(g.line.claim) != head(h.line.claim) || head(h.line.claim) == "trend")
          continue;
        found = true;
        const std::string verdict = ex.size() > 1 ? verdict_over(*g.result, range_of(h.line.claim))
                                                  : to_string(g.result->verdict);
        EXPECT_EQ(verdict, std::string(to_string(h.result->verdict))) << g.line.claim;
      }
    if (!found) ADD_FAILURE() << "not extracted: " << h.line.claim;
  }
  // No statement in the sentences the hand-written file has none for.
  for (const auto& g : got->checked.claims) {
    bool listed = false;
    for (const auto& h : hand->claims)
      listed = listed || same_sentence(h.line.sentence, g.line.sentence);
    EXPECT_TRUE(listed) << "false positive: " << g.line.claim << " on " << g.line.sentence;
  }
  // "doubler leurs efforts" is recognised as an aim, not checked.
  bool aim = false;
  for (const auto& u : got->extracted.extraction.uncheckable)
    aim = aim || u.sentence.text.find("doubler leurs efforts") != std::string::npos;
  EXPECT_TRUE(aim);
}

}  // namespace
}  // namespace fardeau::service

namespace fardeau::service {
namespace {

// tests/fixtures/articles/public-claims.tsv: each sentence gives exactly its claim, and the
// claim, checked, its verdict.
TEST(article, public_claims_in_english_and_french) {
  std::istringstream in(read("tests/fixtures/articles/public-claims.tsv"));
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::size_t from = 0;
    for (std::size_t tab = line.find('\t'); tab != std::string::npos;
         from = tab + 1, tab = line.find('\t', from))
      f.push_back(line.substr(from, tab - from));
    f.push_back(line.substr(from));
    ASSERT_EQ(f.size(), 5U) << line;
    SCOPED_TRACE(f[2]);
    auto got = check_article(engine(), {f[2], "public", f[0], f[1]}, {}, false, true);
    ASSERT_TRUE(got.ok()) << got.error().what();
    ASSERT_EQ(got->checked.claims.size(), 1U);
    const auto& c = got->checked.claims[0];
    EXPECT_EQ(c.line.claim, f[3]);
    ASSERT_TRUE(c.result.has_value());
    EXPECT_EQ(to_string(c.result->verdict), f[4]);
    ++n;
  }
  EXPECT_GE(n, 15);
}

}  // namespace
}  // namespace fardeau::service

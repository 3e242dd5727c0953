#include "claims/lexer.hpp"

#include <gtest/gtest.h>

#include "claims/diagnostic.hpp"
#include "claims/limits.hpp"

namespace fardeau::claims {
namespace {

std::vector<Token> lex_ok(std::string_view s) {
  auto r = lex(s);
  EXPECT_TRUE(r.ok()) << s << ": " << (r.ok() ? "" : r.error().what());
  return r.ok() ? *r : std::vector<Token>{};
}

std::vector<TokenKind> kinds(std::string_view s) {
  std::vector<TokenKind> k;
  for (const auto& t : lex_ok(s)) k.push_back(t.kind);
  return k;
}

Token number(std::string_view s) {
  auto t = lex_ok(s);
  EXPECT_EQ(t.size(), 2u) << s;
  EXPECT_EQ(t[0].kind, TokenKind::number) << s;
  return t.empty() ? Token{} : t[0];
}

using K = TokenKind;

TEST(Lexer, TokensCarryByteOffsets) {
  auto t = lex_ok("pct_gdp[USA, 2018] ~ 4 ±0.2");
  ASSERT_EQ(t.size(), 11u);
  EXPECT_EQ(t[0].text, "pct_gdp");
  EXPECT_EQ(t[0].offset, 0u);
  EXPECT_EQ(t[2].text, "USA");
  EXPECT_EQ(t[2].offset, 8u);
  EXPECT_EQ(t[4].offset, 13u);
  EXPECT_EQ(t[6].kind, K::approx);
  EXPECT_EQ(t[8].kind, K::plusminus);
  EXPECT_EQ(t[8].offset, 23u);
  EXPECT_EQ(t[8].length, 2u);  // ± is two bytes of UTF-8
  EXPECT_EQ(t[9].offset, 25u);
  EXPECT_EQ(t[10].kind, K::end);
  EXPECT_EQ(t[10].offset, 28u);
}

TEST(Lexer, PlainScientificAndSuffixedNumbers) {
  EXPECT_DOUBLE_EQ(number("41").value, 41.0);
  EXPECT_DOUBLE_EQ(number("4.5").value, 4.5);
  EXPECT_DOUBLE_EQ(number("41e9").value, 41e9);
  EXPECT_DOUBLE_EQ(number("1.5E-3").value, 1.5e-3);
  EXPECT_DOUBLE_EQ(number("2e+3").value, 2000.0);
  for (const char* s :
       {"41bn",         "41 bn",       "41 billion",   "41 billions",    "41 Billion",
        "41 milliards", "41 milliard", "41 Milliards", "41 Md",          "41Md",
        "41 Mds",       "41 Mrd",      "41000 M",      "41000 millions", "41000m",
        "41000 mn",     "41e6 k",      "0.041 tn",     "0.041 trillion", "41e6 thousand"}) {
    Token t = number(s);
    EXPECT_DOUBLE_EQ(t.value, 41e9) << s;
    EXPECT_EQ(t.text, s) << "the token covers its suffix";
  }
  EXPECT_EQ(number("41 Md").scale, Scale::billion);
  EXPECT_EQ(number("41 M").scale, Scale::million);
  EXPECT_EQ(number("12 k").scale, Scale::thousand);
}

TEST(Lexer, PercentAndPercentagePoints) {
  Token p = number("12.5%");
  EXPECT_DOUBLE_EQ(p.value, 12.5);  // % does not divide by 100
  EXPECT_EQ(p.unit, NumberUnit::percent);
  EXPECT_EQ(number("12.5 %").unit, NumberUnit::percent);
  EXPECT_EQ(number("12.5\u00A0%").unit, NumberUnit::percent);  // French no-break space
  EXPECT_EQ(number("12.5\u202F%").unit, NumberUnit::percent);
  EXPECT_EQ(number("0.2pp").unit, NumberUnit::points);
  EXPECT_EQ(number("0.2 pp").unit, NumberUnit::points);
}

TEST(Lexer, RangesAreNotDecimals) {
  EXPECT_EQ(kinds("2016..2018"), (std::vector<K>{K::number, K::dotdot, K::number, K::end}));
  EXPECT_EQ(kinds("2016\u20132018"), (std::vector<K>{K::number, K::dotdot, K::number, K::end}));
  auto t = lex_ok("2016..2018");
  EXPECT_DOUBLE_EQ(t[0].value, 2016.0);
  EXPECT_DOUBLE_EQ(t[2].value, 2018.0);
}

TEST(Lexer, DecimalCommaIsTwoNumbers) {
  // Documented: the comma separates arguments; the parser explains the mistake.
  EXPECT_EQ(kinds("41,7"), (std::vector<K>{K::number, K::comma, K::number, K::end}));
}

TEST(Lexer, UnicodeSynonyms) {
  EXPECT_EQ(kinds("a ≥ 2"), (std::vector<K>{K::identifier, K::ge, K::number, K::end}));
  EXPECT_EQ(kinds("a ≤ 2"), (std::vector<K>{K::identifier, K::le, K::number, K::end}));
  EXPECT_EQ(kinds("a ≈ 2"), (std::vector<K>{K::identifier, K::approx, K::number, K::end}));
  EXPECT_EQ(kinds("a ≠ 2"), (std::vector<K>{K::identifier, K::ne, K::number, K::end}));
  EXPECT_EQ(kinds("a − 2 × 3 ÷ 4"), (std::vector<K>{K::identifier, K::minus, K::number, K::star,
                                                    K::number, K::slash, K::number, K::end}));
  EXPECT_EQ(kinds("±5% +-5%"),
            (std::vector<K>{K::plusminus, K::number, K::plusminus, K::number, K::end}));
}

TEST(Lexer, AsciiOperators) {
  EXPECT_EQ(
      kinds("= == != <> < <= > >= ~"),
      (std::vector<K>{K::eq, K::eq, K::ne, K::ne, K::lt, K::le, K::gt, K::ge, K::approx, K::end}));
  EXPECT_EQ(kinds("( ) [ ] , : @ + - * /"),
            (std::vector<K>{K::lparen, K::rparen, K::lbracket, K::rbracket, K::comma, K::colon,
                            K::at, K::plus, K::minus, K::star, K::slash, K::end}));
}

TEST(Lexer, HyphenatedNamesAndKeywords) {
  auto t = lex_ok("europe-canada:as-of @nato-2019 and OR not");
  ASSERT_EQ(t.size(), 9u);
  EXPECT_EQ(t[0].text, "europe-canada");
  EXPECT_EQ(t[2].text, "as-of");
  EXPECT_EQ(t[4].text, "nato-2019");
  EXPECT_EQ(t[5].kind, K::kw_and);
  EXPECT_EQ(t[6].kind, K::kw_or);
  EXPECT_EQ(t[7].kind, K::kw_not);
  // With spaces a minus is an operator.
  EXPECT_EQ(kinds("x - 1"), (std::vector<K>{K::identifier, K::minus, K::number, K::end}));
}

TEST(Lexer, ANumberFollowedByAKeywordKeepsTheKeyword) {
  EXPECT_EQ(kinds("29 and 3 or 2"),
            (std::vector<K>{K::number, K::kw_and, K::number, K::kw_or, K::number, K::end}));
  // A scale word is taken only as a whole word: "29 milestones" is a number and a name.
  EXPECT_EQ(kinds("29 mx"), (std::vector<K>{K::number, K::identifier, K::end}));
}

TEST(Lexer, SpacesIncludeNoBreakSpaces) {
  EXPECT_EQ(kinds("\t1\n+\u00A02\u2009"), (std::vector<K>{K::number, K::plus, K::number, K::end}));
}

struct LexError {
  const char* claim;
  std::size_t column;
  const char* message;
};

TEST(Lexer, ErrorsSayWhatAndWhere) {
  const LexError cases[] = {
      {"41xyz", 3,
       "unknown suffix 'xyz' after a number; expected k, M, mn, million(s), bn, "
       "billion(s), Md, milliard(s), tn, trillion(s), % or pp"},
      {"2e", 2, "an exponent needs digits: write 41e9"},
      {"1e999", 1, "number '1e999' is out of range"},
      {"1e300 tn", 1, "number '1e300 tn' is out of range"},
      {"a ! b", 3, "unexpected '!'; write 'not' for negation or '!=' for 'differs from'"},
      {".5", 1, "a number starts with a digit: write 0.5, not .5"},
      {"a . b", 3, "unexpected '.'; a year range is written A..B, e.g. 2016..2018"},
      {"% 3", 1, "'%' must follow a number, e.g. 12.5% or ±5%"},
      {"2 pp %", 6, "a number cannot be both in pp and in %"},
      {"±5 € x", 4,
       "unexpected character '€' (U+20AC); a claim uses numbers, names, ( ) [ ] , .. "
       "@ and the operators + - * / = != < <= > >= ~ ±"},
      {"a \x01", 3, "unexpected control character U+0001"},
      {"ab \xff", 4, "invalid UTF-8 byte 0xFF"},
      {"ab \xc3", 4, "invalid UTF-8 byte 0xC3"},  // truncated sequence
      {"\xe2\x80", 1, "invalid UTF-8 byte 0xE2"},
      {"\xc0\xaf", 1, "invalid UTF-8 byte 0xC0"},      // overlong '/'
      {"\xed\xa0\x80", 1, "invalid UTF-8 byte 0xED"},  // surrogate
  };
  for (const auto& c : cases) {
    auto r = lex(c.claim);
    ASSERT_FALSE(r.ok()) << c.claim;
    EXPECT_EQ(r.error().code, ErrorCode::parse_error);
    EXPECT_EQ(r.error().message, c.message) << c.claim;
    EXPECT_EQ(error_column(r.error()), c.column) << c.claim;
  }
}

TEST(Lexer, ColumnsCountCharactersNotBytes) {
  // '≥' is three bytes but one column: the error after it is at column 5.
  auto r = lex("a ≥ ! 2");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().where, "column 5");
}

TEST(Lexer, ClaimTooLong) {
  std::string s(kMaxClaimBytes + 1, '1');
  auto r = lex(s);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "claim is 4097 bytes long; the limit is 4096 bytes");
  EXPECT_EQ(r.error().where, "column 4097");
  EXPECT_TRUE(lex(std::string(kMaxClaimBytes, ' ')).ok());
}

TEST(Lexer, ScaleWords) {
  EXPECT_EQ(scale_word("bn"), Scale::billion);
  EXPECT_EQ(scale_word("BILLION"), Scale::billion);
  EXPECT_EQ(scale_word("BN"), std::nullopt);  // short forms are case-sensitive
  EXPECT_EQ(scale_word("Md"), Scale::billion);
  EXPECT_EQ(scale_word("md"), std::nullopt);
  EXPECT_EQ(scale_word("tn"), Scale::trillion);
  EXPECT_EQ(scale_word("mille"), std::nullopt);
}

}  // namespace
}  // namespace fardeau::claims

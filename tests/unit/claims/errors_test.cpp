// Every error a user can meet, with its message and column: a claim is one line typed at
// a terminal or sent to the server, and the answer must say what is wrong and where.
#include <cmath>

#include <gtest/gtest.h>

#include "claims/diagnostic.hpp"
#include "claims/evaluator.hpp"
#include "claims/limits.hpp"
#include "claims/parser.hpp"
#include "unit/claims/fake_context.hpp"

namespace fardeau::claims {
namespace {

using testing::FakeContext;

struct Case {
  const char* claim;
  ErrorCode code;
  std::size_t column;
  const char* message;
};

void expect_error(const Case& c, const DataContext& ctx) {
  auto r = evaluate(c.claim, ctx);
  ASSERT_FALSE(r.ok()) << c.claim;
  EXPECT_EQ(r.error().code, c.code) << c.claim << ": " << r.error().what();
  EXPECT_EQ(r.error().message, c.message) << c.claim;
  EXPECT_EQ(error_column(r.error()), c.column) << c.claim << "\n"
                                               << caret_display(c.claim, r.error());
}

TEST(Errors, UnknownFunction) {
  FakeContext ctx;
  expect_error(
      {"count(pct_gdp[2014] >= 2) = 3 and cumulativ(defexp_usd_const, nato, 2016..2018) > 0",
       ErrorCode::not_found, 35,
       "unknown function 'cumulativ'; functions: members, count, value, sum, avg, share, "
       "level_change, cumulative, pct_change, trend, real_change, meets, abs, either (did you mean "
       "cumulative?)"},
      ctx);
}

TEST(Errors, UnknownAllyIsReportedByTheContextAtTheAlly) {
  FakeContext ctx;
  expect_error({"pct_gdp[XXX, 2018] > 2", ErrorCode::not_found, 9,
                "unknown ally 'XXX'; allies are ISO3 codes such as USA, FRA"},
               ctx);
  expect_error({"meets(ZZZ, 2018)", ErrorCode::not_found, 7,
                "unknown ally 'ZZZ'; allies are ISO3 codes such as USA, FRA"},
               ctx);
  expect_error({"share(defexp_usd_current, QQQ, nato, 2018) > 1", ErrorCode::invalid_argument, 27,
                "QQQ is not a reporting member of nato in 2018"},
               ctx);
}

TEST(Errors, YearOutsideTheEditionIsReportedByTheContextAtTheYear) {
  FakeContext ctx;
  expect_error({"pct_gdp[USA, 2030] > 2", ErrorCode::invalid_argument, 14,
                "year 2030 is outside nato-2026, which covers 2014-2026"},
               ctx);
  // "Avant la tendance était à la baisse": 2010 is not in the 2019 release (2012-2019).
  expect_error(
      {"trend(defexp_usd_const, europe-canada, 2010..2014) < 0 @nato-2019",
       ErrorCode::invalid_argument, 40, "year 2010 is outside nato-2019, which covers 2012-2019"},
      ctx);
  expect_error({"count(pct_gdp[2011] >= 2) = 3 @nato-2019", ErrorCode::invalid_argument, 15,
                "year 2011 is outside nato-2019, which covers 2012-2019"},
               ctx);
}

TEST(Errors, UnavailableValue) {
  FakeContext ctx;
  expect_error({"pct_gdp[ISL, 2018] > 0", ErrorCode::unavailable, 1,
                "nato-2026 publishes no defence expenditure for ISL (no armed forces)"},
               ctx);
  // The 2019 release has GDP in 2015 prices only.
  expect_error({"gdp_usd_current[USA, 2018] > 0 @nato-2019", ErrorCode::unavailable, 1,
                "nato-2019 publishes no gdp_usd_current_m for USA in 2018"},
               ctx);
  expect_error({"sum(gdp_usd_current, nato, 2018) > 0 @nato-2019", ErrorCode::unavailable, 1,
                "no ally of nato publishes gdp_usd_current for 2018 in nato-2019"},
               ctx);
}

TEST(Errors, UnknownVintageAtTheAt) {
  FakeContext ctx;
  expect_error({"members(2018) = 29 @nato-2018", ErrorCode::not_found, 20,
                "unknown vintage 'nato-2018'; vintages: nato-2026, nato-2019"},
               ctx);
  expect_error({"pct_gdp[USA, 2018]@sipri > 2", ErrorCode::not_found, 19,
                "unknown vintage 'sipri'; vintages: nato-2026, nato-2019"},
               ctx);
}

TEST(Errors, DivisionByZeroAtTheOperator) {
  FakeContext ctx;
  expect_error({"members(2024) / (members(2018) - 29) > 0", ErrorCode::invalid_argument, 15,
                "division by zero: (members(2018) - 29) is 0"},
               ctx);
  expect_error({"1 / 0 = 1", ErrorCode::invalid_argument, 3, "division by zero: 0 is 0"}, ctx);
  expect_error(
      {"1e300 * 1e300 > 0", ErrorCode::invalid_argument, 7, "the result of '*' is out of range"},
      ctx);
}

TEST(Errors, BadTarget) {
  FakeContext ctx;
  expect_error({"meets(USA, 2018, 0)", ErrorCode::invalid_argument, 18,
                "target must be a percentage above 0 and at most 100, got 0"},
               ctx);
}

TEST(Errors, MisuseOfTheApi) {
  FakeContext ctx;
  auto empty = evaluate(Claim{}, ctx);
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().message, "empty claim: nothing was parsed");
  auto c = parse("members(2018) ~ 29");
  ASSERT_TRUE(c.ok());
  auto bad = evaluate(*c, ctx, EvalOptions{-1.0});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().message, "the default tolerance must be a percentage >= 0, got -1");
  auto m = evaluate("meets(USA, 2018)", ctx);
  ASSERT_TRUE(m.ok());
  EXPECT_TRUE(m->holds);
  EXPECT_TRUE(std::isnan(m->left));  // no comparison to report
}

TEST(Errors, ClaimTooLong) {
  FakeContext ctx;
  std::string s = "members(2018) = 29" + std::string(kMaxClaimBytes, ' ');
  auto r = evaluate(s, ctx);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::parse_error);
  EXPECT_EQ(r.error().message, "claim is 4114 bytes long; the limit is 4096 bytes");
  EXPECT_EQ(r.error().where, "column 4097");
}

TEST(Errors, TenThousandParenthesesDoNotCrash) {
  std::string s = std::string(10000, '(') + "1" + std::string(10000, ')') + " = 1";
  ASSERT_GT(s.size(), kMaxClaimBytes);
  auto r = parse(s);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "claim is 20005 bytes long; the limit is 4096 bytes");

  // Within the length limit the nesting limit answers, at the 65th parenthesis.
  std::string t = std::string(2000, '(') + "1" + std::string(2000, ')') + " = 1";
  auto u = parse(t);
  ASSERT_FALSE(u.ok());
  EXPECT_EQ(u.error().message, "expression nested deeper than 64 levels");
  EXPECT_EQ(u.error().where, "column 65");
}

TEST(Errors, DeepUnaryMinusNotAndCallsDoNotCrash) {
  for (const std::string& s : {std::string(3000, '-') + "1 = 1",
                               [] {
                                 std::string n;
                                 for (int i = 0; i < 500; ++i) n += "not ";
                                 return n + "1 = 1";
                               }(),
                               [] {
                                 std::string n;
                                 for (int i = 0; i < 500; ++i) n += "abs(";
                                 return n + "1" + std::string(500, ')') + " = 1";
                               }(),
                               [] {
                                 std::string n;
                                 for (int i = 0; i < 500; ++i) n += "x[";
                                 return n + "1" + std::string(500, ']') + " = 1";
                               }()}) {
    auto r = parse(s);
    ASSERT_FALSE(r.ok()) << s.substr(0, 20);
    EXPECT_EQ(r.error().message, "expression nested deeper than 64 levels");
  }
}

TEST(Errors, LongOperatorChainsAreBoundedToo) {
  // 2,000 chained additions: the parser loops, but the tree would make the checker and
  // evaluator recurse 2,000 deep; the height limit stops it first.
  std::string s = "1";
  for (int i = 0; i < 2000; ++i) s += "+1";
  s += " = 2001";
  auto r = parse(s);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message,
            "expression too deep: more than 256 levels of nested or chained operations; split the "
            "claim");
  // 200 terms are fine and evaluate.
  std::string ok = "1";
  for (int i = 0; i < 199; ++i) ok += "+1";
  FakeContext ctx;
  auto v = evaluate(ok + " = 200", ctx);
  ASSERT_TRUE(v.ok()) << v.error().what();
  EXPECT_TRUE(v->holds);
}

TEST(Errors, TooMuchWorkIsRefused) {
  // 26 allies x 13 years per trend, 20 trends joined by 'or': 6,760 values, fine; the
  // same over count(...) of 31 allies would be 31 times more. The budget counts values.
  FakeContext ctx;
  std::string many = "trend(defexp_usd_const, nato, 2014..2026) > 0";
  for (int i = 0; i < 19; ++i) many += " or trend(defexp_usd_const, nato, 2014..2026) > 0";
  auto v = evaluate(many, ctx);
  ASSERT_TRUE(v.ok()) << v.error().what();
  std::string heavy =
      "count(trend(defexp_usd_const, nato, 2014..2026) > 0 and pct_gdp[2018] > 0) > 0";
  for (int i = 0; i < 12; ++i)
    heavy += " or count(trend(defexp_usd_const, nato, 2014..2026) > 0 and pct_gdp[2018] > 0) > 0";
  ASSERT_LT(heavy.size(), kMaxClaimBytes);
  auto h = evaluate(heavy, ctx);
  ASSERT_FALSE(h.ok());
  EXPECT_EQ(h.error().message,
            "the claim needs more than 100000 values; split it into smaller claims");
}

TEST(Errors, BadTolerance) {
  FakeContext ctx;
  expect_error({"pct_gdp[USA, 2018] ~ 4 ±", ErrorCode::parse_error, 25,
                "expected a number after '±', e.g. ±0.2 (absolute) or ±5% (relative), found end of "
                "claim"},
               ctx);
  expect_error({"pct_gdp[USA, 2018] ~ 4 ±-0.2", ErrorCode::parse_error, 25,
                "a tolerance is not negative: write ±0.2 or ±5%"},
               ctx);
  expect_error({"pct_gdp[USA, 2018] < 4 ±0.2", ErrorCode::parse_error, 24,
                "a tolerance (±) only follows '~'; '<' compares exactly"},
               ctx);
  expect_error({"pct_gdp[USA, 2018] ±0.2", ErrorCode::parse_error, 20,
                "a tolerance (±) follows '~ value', e.g. pct_gdp[USA, 2018] ~ 4 ±0.2"},
               ctx);
  expect_error(
      {"pct_gdp[USA, 2018] ~ 4 ±x", ErrorCode::parse_error, 25,
       "expected a number after '±', e.g. ±0.2 (absolute) or ±5% (relative), found name 'x'"},
      ctx);
  expect_error({"pct_gdp[USA, 2018] ~ 4 ±0.2 ±0.1", ErrorCode::parse_error, 29,
                "expected an operator or the end of the claim, found '±'"},
               ctx);
}

TEST(Errors, UnterminatedRange) {
  FakeContext ctx;
  expect_error(
      {"cumulative(defexp_usd_const, europe-canada, 2016..) ~ 41e9", ErrorCode::parse_error, 51,
       "unterminated range: expected the last year after '..' in cumulative, e.g. 2016..2018"},
      ctx);
  expect_error(
      {"cumulative(defexp_usd_const, europe-canada, 2016..", ErrorCode::parse_error, 51,
       "unterminated range: expected the last year after '..' in cumulative, e.g. 2016..2018"},
      ctx);
  expect_error({"cumulative(defexp_usd_const, europe-canada, 2016..2018", ErrorCode::parse_error,
                55, "unterminated call: expected ')' to close 'cumulative(' at column 11"},
               ctx);
}

TEST(Errors, OtherSyntaxErrors) {
  FakeContext ctx;
  const Case cases[] = {
      {"", ErrorCode::parse_error, 1,
       "empty claim; expected a comparison such as members(2018) = 29"},
      {"   ", ErrorCode::parse_error, 4,
       "empty claim; expected a comparison such as members(2018) = 29"},
      {"cumulative(defexp_usd_const, europe-canada, 2016..2018) ~ 41,7 milliards",
       ErrorCode::parse_error, 61,
       "numbers use a decimal point: write 41.7 milliards, not 41,7 milliards (the comma separates "
       "arguments)"},
      {"1 = 2 = 3", ErrorCode::parse_error, 7,
       "comparisons do not chain; join them with 'and', e.g. a < b and b < c"},
      {"2016..2018 = 1", ErrorCode::parse_error, 5,
       "a year range A..B is only valid as a function argument, e.g. cumulative(defexp_usd_const, "
       "europe-canada, 2016..2018)"},
      {"((1) = 1", ErrorCode::parse_error, 9,
       "expected ')' to close the '(' at column 1, found end of claim"},
      {"1) = 1", ErrorCode::parse_error, 2, "unbalanced ')': no '(' to close"},
      {"pct_gdp[USA, 2018 > 2", ErrorCode::parse_error, 22,
       "unterminated series: expected ']' to close 'pct_gdp[' at column 8"},
      {"members(2018 2019) = 29", ErrorCode::parse_error, 14,
       "expected ',' or ')' after argument 1 of members, found number 2019"},
      {"= 3", ErrorCode::parse_error, 1, "expected a value before '='"},
      {"members(2018) =", ErrorCode::parse_error, 16,
       "unexpected end of claim; expected a number, a name, a call or '('"},
      {"29 @nato-2019 = 29", ErrorCode::parse_error, 4,
       "a vintage (@nato-2019) follows a call, a series or a parenthesis, or ends the claim"},
      {"members(2018) = 29 @", ErrorCode::parse_error, 21,
       "expected a vintage name after '@', e.g. @nato-2019, found end of claim"},
      {"sum(defexp_usd_const, nato:today, 2018) > 0", ErrorCode::parse_error, 28,
       "expected a membership after 'nato:': current or as-of, found name 'today'"},
      {"members(2018) ≥ 29 € ", ErrorCode::parse_error, 20,
       "unexpected character '€' (U+20AC); a claim uses numbers, names, ( ) [ ] , .. @ and the "
       "operators + - * / = != < <= > >= ~ ±"},
  };
  for (const auto& c : cases) expect_error(c, ctx);
}

TEST(Errors, CaretDisplayPointsAtTheColumn) {
  std::string claim = "cumulative(defexp_usd_const, europe-canada, 2016..) ~ 41e9";
  auto r = parse(claim);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(caret_display(claim, r.error()),
            "cumulative(defexp_usd_const, europe-canada, 2016..) ~ 41e9\n"
            "                                                  ^");
  // Multi-byte characters count as one column; tabs are shown as spaces.
  std::string fr = "pct_gdp[USA, 2018] ≈ 4\t± x";
  auto e = parse(fr);
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.error().where, "column 26");
  EXPECT_EQ(caret_display(fr, e.error()),
            "pct_gdp[USA, 2018] ≈ 4 ± x\n"
            "                         ^");
  EXPECT_EQ(caret_display("abc", Error{ErrorCode::internal, "m", ""}), "abc");
}

}  // namespace
}  // namespace fardeau::claims

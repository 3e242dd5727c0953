#include "claims/parser.hpp"

#include <gtest/gtest.h>

#include "claims/diagnostic.hpp"
#include "claims/limits.hpp"
#include "claims/printer.hpp"

namespace fardeau::claims {
namespace {

Claim parse_ok(std::string_view s) {
  auto r = parse(s);
  EXPECT_TRUE(r.ok()) << s << "\n"
                      << (r.ok() ? "" : caret_display(s, r.error()) + "\n" + r.error().message);
  return r.ok() ? *r : Claim{};
}

template <typename T>
const T& as(const Claim& c, NodeId id) {
  EXPECT_TRUE(std::holds_alternative<T>(c.at(id).data)) << to_source(c, id);
  return std::get<T>(c.at(id).data);
}

// Every example of the issue, and of docs/claims.md, parses and prints back as written
// (modulo spacing and the ASCII spelling of ± ≥ ≤ ≈).
TEST(Parser, IssueExamplesRoundTrip) {
  const std::pair<const char*, const char*> cases[] = {
      {"members(2018) = 29", "members(2018) = 29"},
      {"count(pct_gdp[2014] >= 2) = 3", "count(pct_gdp[2014] >= 2) = 3"},
      {"pct_gdp[USA, 2018] ~ 4 ±0.2", "pct_gdp[USA, 2018] ~ 4 +-0.2"},
      {"cumulative(defexp_usd_const, europe-canada, 2016..2018) ~ 41e9",
       "cumulative(defexp_usd_const, europe-canada, 2016..2018) ~ 41e9"},
      {"share(defexp_usd_current, USA, nato, 2025) < share(defexp_usd_current, USA, nato, 2018)",
       "share(defexp_usd_current, USA, nato, 2025) < share(defexp_usd_current, USA, nato, 2018)"},
      {"trend(defexp_usd_const, europe-canada, 2010..2014) < 0",
       "trend(defexp_usd_const, europe-canada, 2010..2014) < 0"},
      {"cumulative(defexp_usd_const,europe-canada,2016–2018) ≈ 41 milliards @nato-2019",
       "cumulative(defexp_usd_const, europe-canada, 2016..2018) ~ 41 milliards @nato-2019"},
      {"pct_gdp[USA,2018]≥2 and not meets(DEU, 2018)",
       "pct_gdp[USA, 2018] >= 2 and not meets(DEU, 2018)"},
      {"x ~ 41bn +-5%", "x ~ 41bn +-5%"},
      {"(1 + 2) * -3 = -9", "(1 + 2) * -3 = -9"},
      {"sum(defexp_usd_const, europe-canada:current, 2016) > 0",
       "sum(defexp_usd_const, europe-canada:current, 2016) > 0"},
      {"+41bn = 41e9", "41bn = 41e9"},
  };
  for (const auto& [in, out] : cases) {
    Claim c = parse_ok(in);
    EXPECT_EQ(to_source(c), out) << in;
    EXPECT_EQ(to_source(parse_ok(to_source(c))), out) << "printing is a fixed point: " << in;
  }
}

TEST(Parser, PrecedenceAndAssociativity) {
  Claim c = parse_ok("1 - 2 - 3 * 4 / 2 = -7 or 1 < 2 and not 2 < 1");
  const auto& orr = as<Logic>(c, c.root);
  EXPECT_EQ(orr.op, LogicOp::or_);
  const auto& eq = as<Compare>(c, orr.lhs);
  const auto& sub = as<Arith>(c, eq.lhs);  // (1 - 2) - ((3 * 4) / 2)
  EXPECT_EQ(sub.op, ArithOp::sub);
  EXPECT_EQ(as<Arith>(c, sub.lhs).op, ArithOp::sub);
  const auto& div = as<Arith>(c, sub.rhs);
  EXPECT_EQ(div.op, ArithOp::div);
  EXPECT_EQ(as<Arith>(c, div.lhs).op, ArithOp::mul);
  EXPECT_DOUBLE_EQ(as<NumberLit>(c, as<Negate>(c, eq.rhs).operand).value, 7.0);
  const auto& andd = as<Logic>(c, orr.rhs);
  EXPECT_EQ(andd.op, LogicOp::and_);
  as<Not>(c, andd.rhs);
}

TEST(Parser, NumbersKeepScaleUnitAndText) {
  Claim c = parse_ok("x ~ 41 milliards ±5%");
  const auto& cmp = as<Compare>(c, c.root);
  const auto& n = as<NumberLit>(c, cmp.rhs);
  EXPECT_DOUBLE_EQ(n.value, 41e9);
  EXPECT_EQ(n.scale, Scale::billion);
  EXPECT_EQ(n.text, "41 milliards");
  ASSERT_TRUE(cmp.tolerance.has_value());
  EXPECT_EQ(cmp.tolerance->kind, ToleranceKind::relative);
  EXPECT_DOUBLE_EQ(cmp.tolerance->amount, 5.0);
  EXPECT_EQ(cmp.tolerance->span.offset, 17u);

  Claim d = parse_ok("x ~ 3.3 ±0.1pp");
  EXPECT_EQ(as<Compare>(d, d.root).tolerance->kind, ToleranceKind::absolute);
  Claim e = parse_ok("x ~ 41bn ±1bn");
  EXPECT_DOUBLE_EQ(as<Compare>(e, e.root).tolerance->amount, 1e9);
}

TEST(Parser, CallsSeriesRangesAndNames) {
  Claim c =
      parse_ok("cumulative(defexp_usd_const, europe-canada:as-of, 2016..2018) > pct_gdp[2014]");
  const auto& cmp = as<Compare>(c, c.root);
  const auto& call = as<Call>(c, cmp.lhs);
  EXPECT_EQ(call.function, "cumulative");
  ASSERT_EQ(call.args.size(), 3u);
  EXPECT_EQ(as<Name>(c, call.args[0]).id, "defexp_usd_const");
  EXPECT_EQ(as<Name>(c, call.args[1]).membership, Membership::as_of);
  const auto& r = as<Range>(c, call.args[2]);
  EXPECT_DOUBLE_EQ(as<NumberLit>(c, r.from).value, 2016.0);
  EXPECT_DOUBLE_EQ(as<NumberLit>(c, r.to).value, 2018.0);
  EXPECT_EQ(c.at(cmp.lhs).span.offset, 0u);
  EXPECT_EQ(c.at(call.args[2]).span.offset, 50u);
  const auto& s = as<Series>(c, cmp.rhs);
  EXPECT_EQ(s.indicator, "pct_gdp");
  EXPECT_EQ(s.args.size(), 1u);
  EXPECT_TRUE(as<Call>(parse_ok("members() = 0"), 0).args.empty());
}

TEST(Parser, VintageAtTheEndBelongsToTheClaim) {
  Claim c = parse_ok(
      "share(defexp_usd_current, USA, nato, 2025) < share(defexp_usd_current, USA, nato, 2018) "
      "@nato-2019");
  ASSERT_TRUE(c.vintage.has_value());
  EXPECT_EQ(c.vintage->id, "nato-2019");
  for (const auto& n : c.nodes) EXPECT_FALSE(n.vintage.has_value());
  Claim d = parse_ok("members(2018) = 29 @nato-2019");
  EXPECT_EQ(d.vintage->id, "nato-2019");
}

TEST(Parser, VintageElsewhereBelongsToTheCallSeriesOrParenthesis) {
  Claim c =
      parse_ok("pct_gdp[USA, 2018]@nato-2019 > (members(2018))@nato-2026 + f()@sipri-2025 - 1");
  EXPECT_FALSE(c.vintage.has_value());
  const auto& cmp = as<Compare>(c, c.root);
  EXPECT_EQ(c.at(cmp.lhs).vintage->id, "nato-2019");
  const auto& minus = as<Arith>(c, cmp.rhs);
  const auto& plus = as<Arith>(c, minus.lhs);
  EXPECT_EQ(c.at(plus.lhs).vintage->id, "nato-2026");
  as<Paren>(c, plus.lhs);
  EXPECT_EQ(c.at(plus.rhs).vintage->id, "sipri-2025");
  // Pinning only the last call: wrap it; the printer does the same.
  Claim d = parse_ok("1 < (f()@nato-2019)");
  EXPECT_FALSE(d.vintage.has_value());
  EXPECT_EQ(to_source(d), "1 < (f()@nato-2019)");
}

TEST(Parser, PrinterWrapsATrailingNodeVintage) {
  Claim c = parse_ok("1 < (f()@nato-2019)");
  // Drop the parenthesis by hand: the printer must not let the vintage read back as the
  // whole claim's.
  const auto& cmp = std::get<Compare>(c.at(c.root).data);
  NodeId inner = std::get<Paren>(c.at(cmp.rhs).data).inner;
  std::get<Compare>(c.at(c.root).data).rhs = inner;
  EXPECT_EQ(to_source(c), "1 < (f()@nato-2019)");
}

TEST(Parser, NestingUpToTheLimitIsFine) {
  std::string s = std::string(static_cast<std::size_t>(kMaxNesting), '(') + "1" +
                  std::string(static_cast<std::size_t>(kMaxNesting), ')') + " = 1";
  EXPECT_TRUE(parse(s).ok());
}

}  // namespace
}  // namespace fardeau::claims

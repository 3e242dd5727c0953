#include "claims/check.hpp"

#include <gtest/gtest.h>

#include "claims/diagnostic.hpp"
#include "claims/function_table.hpp"
#include "claims/parser.hpp"

namespace fardeau::claims {
namespace {

Status check_text(std::string_view s) {
  auto c = parse(s);
  EXPECT_TRUE(c.ok()) << s << ": " << (c.ok() ? "" : c.error().what());
  if (!c.ok()) return c.error();
  return check(*c);
}

TEST(Check, AcceptsTheDocumentedClaims) {
  for (const char* s : {
           "members(2018) = 29",
           "members(2018, europe-canada:current) = 31",
           "count(pct_gdp[2014] >= 2) = 3",
           "count(pct_gdp[2014] >= 2, european-allies) < 3",
           "count(pct_gdp[2018] >= 2 and pct_gdp[2014] < 2, nato, 2018) = 5",
           "count(meets(2014)) = 3",
           "count(meets(2024, 2)) >= 18",
           "count(not meets(2014)) > 20",
           "pct_gdp[USA, 2018] ~ 4 ±0.2",
           "pct_gdp[usa, 2018] > 3",
           "value(pct_gdp, USA, 2018) > 3",
           "cumulative(defexp_usd_const, europe-canada, 2016..2018) ~ 41e9",
           "level_change(defexp_usd_const, europe-canada, 2016..2018) ~ 26bn",
           "pct_change(defexp_usd_const, DEU, 2014..2018) > 10",
           "share(defexp_usd_current, USA, nato, 2025) < share(defexp_usd_current, USA, nato, "
           "2018)",
           "trend(defexp_usd_const, europe-canada, 2010..2014) < 0",
           "real_change(europe-canada, 2016..2017) ~ 5% ±1",
           "sum(defexp_usd_current, eu, 2024) / sum(gdp_usd_current, eu, 2024) * 100 > 1.5",
           "avg(pct_gdp, nato, 2018) > 1.5",
           "mean(equipment_share, nato, 2018) > 20",
           "meets(USA, 2018, 4) or not meets(DEU, 2018)",
           "abs(pct_gdp[FRA, 2018] - pct_gdp[DEU, 2018]) < 1",
           "members(2017 + 1) = 29",
           "(members(2018) = 29) @nato-2019",
       })
    EXPECT_TRUE(check_text(s).ok()) << s << ": " << check_text(s).error().what();
}

struct Bad {
  const char* claim;
  ErrorCode code;
  std::size_t column;
  const char* message;
};

TEST(Check, RejectsWithColumnAndMessage) {
  const Bad cases[] = {
      {"membres(2018) = 29", ErrorCode::not_found, 1,
       "unknown function 'membres'; functions: members, count, value, sum, avg, share, "
       "level_change, cumulative, pct_change, trend, real_change, meets, abs, either (did you mean "
       "members?)"},
      {"members(2018, nato, 3) = 29", ErrorCode::invalid_argument, 21,
       "members takes 1 to 2 arguments: members(year[, group]); got 3"},
      {"members() = 29", ErrorCode::invalid_argument, 1,
       "members takes 1 to 2 arguments: members(year[, group]); got 0"},
      {"cumulative(defexp_usd_const, europe-canada) ~ 41e9", ErrorCode::invalid_argument, 1,
       "cumulative takes 3 arguments: cumulative(indicator, entity, A..B); got 2"},
      {"cumulative(europe-canada, defexp_usd_const, 2016..2018) ~ 41e9",
       ErrorCode::invalid_argument, 12,
       "argument 1 of cumulative must be an indicator (e.g. pct_gdp, defexp_usd_const), not the "
       "group europe-canada"},
      {"cumulative(defexp_usd_cons, europe-canada, 2016..2018) ~ 41e9", ErrorCode::not_found, 12,
       "unknown indicator 'defexp_usd_cons'; indicators: pct_gdp, defexp_usd_current, "
       "defexp_usd_const, gdp_usd_current, gdp_usd_const, equipment_share, population (did you "
       "mean defexp_usd_const?)"},
      {"cumulative(defexp_usd_const, europe, 2016..2018) ~ 41e9", ErrorCode::not_found, 30,
       "unknown ally or group 'europe'; groups: nato, europe-canada, european-allies, eu; allies: "
       "ISO3 codes such as USA, FRA, DEU"},
      {"cumulative(defexp_usd_const, europe-canada, 2016) ~ 41e9", ErrorCode::invalid_argument, 45,
       "the last argument of cumulative must be a year range A..B, e.g. 2016..2018"},
      {"cumulative(defexp_usd_const, europe-canada, 2018..2016) ~ 41e9",
       ErrorCode::invalid_argument, 45,
       "the range 2018..2016 must run forward over at least two years, e.g. 2016..2018"},
      {"trend(defexp_usd_const, nato, 2016..2016) < 0", ErrorCode::invalid_argument, 31,
       "the range 2016..2016 must run forward over at least two years, e.g. 2016..2018"},
      {"share(defexp_usd_current, nato, USA, 2018) > 50", ErrorCode::invalid_argument, 27,
       "argument 2 of share must be an ally code (e.g. USA), not the group nato"},
      {"share(pct_gdp, USA, nato, 2018) > 1", ErrorCode::invalid_argument, 21,
       "pct_gdp is a ratio: it cannot be added up over nato; use avg(pct_gdp, group, year), or "
       "sum(defexp_usd_current, group, year) / sum(gdp_usd_current, group, year) * 100"},
      {"pct_gdp[europe-canada, 2018] > 2", ErrorCode::invalid_argument, 9,
       "pct_gdp is a ratio: it cannot be added up over europe-canada; use avg(pct_gdp, group, "
       "year), or sum(defexp_usd_current, group, year) / sum(gdp_usd_current, group, year) * 100"},
      {"sum(pct_gdp, nato, 2018) > 2", ErrorCode::invalid_argument, 14,
       "pct_gdp is a ratio: it cannot be added up over nato; use avg(pct_gdp, group, year), or "
       "sum(defexp_usd_current, group, year) / sum(gdp_usd_current, group, year) * 100"},
      {"pct_gdp[2018] > 2", ErrorCode::invalid_argument, 1,
       "pct_gdp[year] names no ally; outside count(...) write pct_gdp[USA, year]"},
      {"pct_gdp[USA] > 2", ErrorCode::invalid_argument, 1,
       "pct_gdp[USA] needs a year: pct_gdp[USA, 2018]"},
      {"pct_gdp[USA, 2018, 3] > 2", ErrorCode::invalid_argument, 1,
       "pct_gdp[...] takes an ally or group and a year: pct_gdp[USA, 2018], got 3 arguments"},
      {"pct_gdp(USA, 2018) > 2", ErrorCode::invalid_argument, 1,
       "'pct_gdp' is an indicator, not a function: write pct_gdp[USA, 2018]"},
      {"gdp[USA, 2018] > 2", ErrorCode::not_found, 1,
       "unknown indicator 'gdp'; indicators: pct_gdp, defexp_usd_current, defexp_usd_const, "
       "gdp_usd_current, gdp_usd_const, equipment_share, population"},
      {"USA > 2", ErrorCode::invalid_argument, 1,
       "'USA' is a name, not a number; '>' needs a value such as pct_gdp[USA, 2018]"},
      {"pct_gdp > 2", ErrorCode::invalid_argument, 1,
       "'pct_gdp' is an indicator, not a number; give it an ally and a year: pct_gdp[USA, 2018]"},
      {"members(2018)", ErrorCode::invalid_argument, 1,
       "a claim must be true or false, e.g. members(2018) = 29; this is a number"},
      {"members(2018.5) = 29", ErrorCode::invalid_argument, 9,
       "a year is a whole number between 1 and 9999, got 2018.5"},
      {"members(20bn) = 29", ErrorCode::invalid_argument, 9,
       "a year is a whole number between 1 and 9999, got 20bn"},
      {"members(2016..2018) = 29", ErrorCode::invalid_argument, 9,
       "a single year is expected here, not a range"},
      {"count(pct_gdp[2014]) = 3", ErrorCode::invalid_argument, 7,
       "count(...) needs a comparison to test on each ally, e.g. count(pct_gdp[2014] >= 2); found "
       "a number"},
      {"count(pct_gdp[2014] >= 2 and pct_gdp[2018] >= 2) = 3", ErrorCode::invalid_argument, 1,
       "count(...) needs the year of membership: the predicate names 2 years; write it as a third "
       "argument, e.g. count(predicate, nato, 2018)"},
      {"count(pct_gdp[2013 + 1] >= 2) = 3", ErrorCode::invalid_argument, 1,
       "count(...) needs the year of membership: write it as a third argument, e.g. "
       "count(predicate, nato, 2018)"},
      {"count(pct_gdp[USA, 2014] >= 2) = 3", ErrorCode::invalid_argument, 7,
       "the predicate of count(...) must refer to each ally: use indicator[year] or meets(year), "
       "e.g. count(pct_gdp[2014] >= 2)"},
      {"meets(2014)", ErrorCode::invalid_argument, 1,
       "meets(year) names no ally; outside count(...) write meets(USA, year[, target])"},
      {"(1 < 2) + 1 > 0", ErrorCode::invalid_argument, 1, "'+' needs a number, found a comparison"},
      {"1 and 2", ErrorCode::invalid_argument, 1, "'and' joins comparisons, found a number"},
      {"not 2", ErrorCode::invalid_argument, 5, "'not' joins comparisons, found a number"},
      {"members(2018, USA) = 1", ErrorCode::invalid_argument, 15,
       "argument 2 of members must be a group (nato, europe-canada, european-allies, eu), not the "
       "ally USA"},
      {"value(pct_gdp, USA:current, 2018) > 2", ErrorCode::invalid_argument, 16,
       "':current' applies to groups, not to the ally USA"},
      {"value(pct_gdp, 3, 2018) > 2", ErrorCode::invalid_argument, 16,
       "argument 2 of value must be an ally or a group (e.g. USA, europe-canada)"},
      {"value(pct_gdp, USA, 2018) > USA", ErrorCode::invalid_argument, 29,
       "'USA' is a name, not a number; '>' needs a value such as pct_gdp[USA, 2018]"},
      {"count(count(pct_gdp[2014] >= 2) > 1) = 3", ErrorCode::invalid_argument, 7,
       "count(...) cannot be nested inside another count(...)"},
      // either(...) lists the years a range may start or end at: literal years, 2 to 8,
      // each range they make running forward, only in a range, at most 64 combinations.
      {"either(2016, 2014) > 0", ErrorCode::invalid_argument, 1,
       "either(...) lists the years a claim leaves open; it is only valid as the first or last "
       "year of a range, e.g. cumulative(defexp_usd_const, europe-canada, either(2016, "
       "2014)..2018)"},
      {"pct_gdp[USA, either(2016, 2014)] > 2", ErrorCode::invalid_argument, 14,
       "either(...) lists the years a claim leaves open; it is only valid as the first or last "
       "year of a range, e.g. cumulative(defexp_usd_const, europe-canada, either(2016, "
       "2014)..2018)"},
      {"trend(pct_gdp, USA, either(2016)..2018) > 0", ErrorCode::invalid_argument, 21,
       "either takes 2 to 8 years: either(year, year[, ...]); got 1"},
      {"trend(pct_gdp, USA, either(2016, 2010 + 4)..2018) > 0", ErrorCode::invalid_argument, 34,
       "either(...) lists years written out, e.g. either(2016, 2014)"},
      {"trend(pct_gdp, USA, either(2016, 2019)..2018) > 0", ErrorCode::invalid_argument, 21,
       "the range 2019..2018 must run forward over at least two years, e.g. 2016..2018"},
      {"trend(pct_gdp, USA, either(2016, 2014.5)..2018) > 0", ErrorCode::invalid_argument, 34,
       "a year is a whole number between 1 and 9999, got 2014.5"},
      {"trend(pct_gdp, USA, either(2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008)..either(2011, "
       "2012, 2013, 2014, 2015, 2016, 2017, 2018)) > 0 and trend(pct_gdp, FRA, either(2001, "
       "2002)..2018) > 0",
       ErrorCode::invalid_argument, 161,
       "too many open years: the either(...) of this claim make more than 64 combinations"},
      {"abs(2016..2018) > 0", ErrorCode::invalid_argument, 5,
       "a year range A..B is only valid as the last argument of level_change, cumulative, "
       "pct_change, trend or real_change"},
  };
  for (const auto& b : cases) {
    Status s = check_text(b.claim);
    ASSERT_FALSE(s.ok()) << b.claim;
    EXPECT_EQ(s.error().code, b.code) << b.claim;
    EXPECT_EQ(s.error().message, b.message) << b.claim;
    EXPECT_EQ(error_column(s.error()), b.column) << b.claim << "\n"
                                                 << caret_display(b.claim, s.error());
  }
}

TEST(Check, CountYearComesFromThePredicateOrTheThirdArgument) {
  auto c = parse("count(pct_gdp[2014] >= 2) = 3");
  ASSERT_TRUE(c.ok());
  const auto& cmp = std::get<Compare>(c->at(c->root).data);
  auto y = count_year(*c, cmp.lhs);
  ASSERT_TRUE(y.has_value());
  EXPECT_DOUBLE_EQ(std::get<NumberLit>(c->at(*y).data).value, 2014.0);

  auto d = parse("count(pct_gdp[2014] >= 2, nato, 2018) = 3");
  ASSERT_TRUE(d.ok());
  auto z = count_year(*d, std::get<Compare>(d->at(d->root).data).lhs);
  EXPECT_DOUBLE_EQ(std::get<NumberLit>(d->at(*z).data).value, 2018.0);
}

TEST(FunctionTable, EveryFunctionIsDocumentedAndFindable) {
  for (const auto& f : functions()) {
    EXPECT_EQ(find_function(f.name), &f);
    EXPECT_FALSE(f.signature.empty());
    EXPECT_FALSE(f.meaning.empty());
    EXPECT_LE(f.min_args, f.params.size());
  }
  EXPECT_EQ(find_function("mean"), find_function("avg"));
  EXPECT_EQ(find_function("nope"), nullptr);
  for (const auto& i : indicators()) {
    EXPECT_EQ(find_indicator(i.name), &i);
    if (!i.other_basis.empty()) {
      const IndicatorName* other = find_indicator(i.other_basis);
      ASSERT_NE(other, nullptr) << i.name;
      EXPECT_EQ(other->other_basis, i.name);
      EXPECT_NE(other->constant_prices, i.constant_prices);
    }
  }
  EXPECT_TRUE(is_group("europe-canada"));
  EXPECT_FALSE(is_group("europe"));
  EXPECT_TRUE(is_ally_code("usa"));
  EXPECT_FALSE(is_ally_code("US"));
  EXPECT_EQ(normalize_ally("usa"), "USA");
  EXPECT_EQ(closest("cumulativ", {"cumulative", "count"}), "cumulative");
  EXPECT_EQ(closest("zzz", {"cumulative", "count"}), std::nullopt);
}

}  // namespace
}  // namespace fardeau::claims

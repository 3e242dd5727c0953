// The steps of `fardeau check --explain` worded in English and French, on the claims
// tests' published NATO figures (unit/claims/fake_context.hpp).
#include "render/check_trace.hpp"

#include <gtest/gtest.h>

#include "claims/evaluator.hpp"
#include "unit/claims/fake_context.hpp"

namespace fardeau::render {
namespace {

std::vector<std::string> lines(std::string_view claim, Lang lang) {
  claims::testing::FakeContext ctx;
  auto v = claims::evaluate(claim, ctx);
  EXPECT_TRUE(v.ok()) << claim << ": " << (v.ok() ? "" : v.error().what());
  std::vector<std::string> out;
  if (v)
    for (const auto& step : v->trace) out.push_back(trace_line(step, lang));
  return out;
}

TEST(CheckTrace, EnglishStepsOfThe41Billion) {
  auto en =
      lines("cumulative(defexp_usd_const, europe-canada, 2016..2018) ~ 41e9 @nato-2019", Lang::en);
  ASSERT_EQ(en.size(), 7u);
  EXPECT_EQ(en[0], "vintage nato-2019 (named by the claim)");
  EXPECT_EQ(en[1],
            "  defexp_usd_const[europe-canada:as-of, 2016] = 261.323 bn (sum over 26 of 27 "
            "allies; not published: ISL; nato-2019)");
  EXPECT_EQ(en[4],
            "  cumulative(defexp_usd_const, europe-canada, 2016..2018) = (2017 - 2016: 15.257 bn) "
            "+ (2018 - 2016: 26.455 bn) = 41.712 bn");
  EXPECT_EQ(en[5],
            "cumulative(defexp_usd_const, europe-canada, 2016..2018) ~ 41e9: 41.712 bn ~ 41.000 bn "
            "(|difference| 712.131 M <= 2.050 bn, default 5% of 41.000 bn) -> true");
  EXPECT_EQ(en[6], "claim is TRUE");
}

TEST(CheckTrace, FrenchStepsOfThe41Billion) {
  auto fr =
      lines("cumulative(defexp_usd_const, europe-canada, 2016..2018) ~ 41e9 @nato-2019", Lang::fr);
  ASSERT_EQ(fr.size(), 7u);
  EXPECT_EQ(fr[0], "édition nato-2019 (nommée par l'affirmation)");
  EXPECT_EQ(fr[1],
            "  defexp_usd_const[europe-canada:as-of, 2016] = 261,323\u202FMd (somme sur 26 des 27 "
            "alliés\u00A0; non publiés\u00A0: ISL\u00A0; nato-2019)");
  EXPECT_EQ(fr[4],
            "  cumulative(defexp_usd_const, europe-canada, 2016..2018) = (2017 - 2016\u00A0: "
            "15,257\u202FMd) + (2018 - 2016\u00A0: 26,455\u202FMd) = 41,712\u202FMd");
  EXPECT_EQ(
      fr[5],
      "cumulative(defexp_usd_const, europe-canada, 2016..2018) ~ 41e9\u00A0: 41,712\u202FMd ~ "
      "41,000\u202FMd (|écart| 712,131\u202FM <= 2,050\u202FMd, par défaut 5\u202F% de "
      "41,000\u202FMd) -> vrai");
  EXPECT_EQ(fr[6], "l'affirmation est VRAIE");
}

TEST(CheckTrace, CountMeetsAndLogicInBothLanguages) {
  const char* claim = "count(meets(2014)) = 3 and meets(USA, 2018)";
  auto en = lines(claim, Lang::en);
  auto fr = lines(claim, Lang::fr);
  ASSERT_EQ(en.size(), fr.size());
  auto has = [](const std::vector<std::string>& v, const std::string& line) {
    return std::find(v.begin(), v.end(), line) != v.end();
  };
  EXPECT_TRUE(has(en,
                  "  count over nato:as-of in 2014 (28 allies): 3 hold (GBR, GRC, USA); not "
                  "published, skipped: ISL"));
  EXPECT_TRUE(has(fr,
                  "  décompte sur nato:as-of en 2014 (28 alliés)\u00A0: 3 vérifient (GBR, GRC, "
                  "USA)\u00A0; non publiés, ignorés\u00A0: ISL"));
  EXPECT_TRUE(has(en, "  meets(USA, 2018, 2): pct_gdp 3.25 rounds to 3.25 -> meets"));
  EXPECT_TRUE(has(fr, "  meets(USA, 2018, 2)\u00A0: pct_gdp 3,25 arrondi à 3,25 -> atteint"));
  EXPECT_TRUE(has(en, "true and true -> true"));
  EXPECT_TRUE(has(fr, "vrai and vrai -> vrai"));
}

TEST(CheckTrace, ShareAndTrendInFrench) {
  auto fr = lines(
      "share(defexp_usd_current, USA, nato, 2024) > 50 and "
      "trend(pct_gdp, FRA, 2014..2024) > 0",
      Lang::fr);
  bool share = false, trend = false;
  for (const auto& l : fr) {
    share = share || (l.rfind("  part de USA = 100 * ", 0) == 0 && l.ends_with(" %"));
    trend = trend || (l.find(" par an (pente des moindres carrés sur 11 ans\u00A0: hausse)") !=
                      std::string::npos);
  }
  EXPECT_TRUE(share) << ::testing::PrintToString(fr);
  EXPECT_TRUE(trend) << ::testing::PrintToString(fr);
}

TEST(CheckTrace, ValuesInFrenchUseADecimalCommaAndMilliards) {
  EXPECT_EQ(trace_value(41.712e9, Lang::en), "41.712 bn");
  EXPECT_EQ(trace_value(41.712e9, Lang::fr), "41,712\u202FMd");
  EXPECT_EQ(trace_value(1.019e12, Lang::en), "1.019 tn");
  EXPECT_EQ(trace_value(1.019e12, Lang::fr), "1\u202F019,000\u202FMd");
  EXPECT_EQ(trace_value(-3.5e6, Lang::fr), "-3,500\u202FM");
  // Thousands are grouped as in the tables (a narrow no-break space in French).
  EXPECT_EQ(trace_value(250000, Lang::fr), "250\u202F000");
  EXPECT_EQ(trace_value(12345.67, Lang::fr), "12\u202F345,7");
  EXPECT_EQ(trace_value(-999.5, Lang::fr), "-999,5");
  EXPECT_EQ(trace_value(2.14, Lang::fr), "2,14");
  EXPECT_EQ(trace_value(29, Lang::fr), "29");
}

}  // namespace
}  // namespace fardeau::render

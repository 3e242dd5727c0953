// The pattern grammar, one pattern at a time, in English and French, and bad input.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claims/parser.hpp"
#include "extract/extract.hpp"

namespace fardeau::extract {
namespace {

std::vector<std::string> claims_of(const std::string& text, const char* lang = "auto",
                                   const char* date = "2018-07", int outcome = 2025) {
  ExtractOptions o;
  o.lang = lang;
  o.date = date;
  o.outcome_year = outcome;
  auto x = extract(text, o);
  EXPECT_TRUE(x.ok()) << (x.ok() ? "" : x.error().what());
  std::vector<std::string> out;
  if (!x) return out;
  for (const auto& st : x->statements)
    for (const auto& c : st.claims) {
      EXPECT_TRUE(claims::parse(c.claim).ok()) << c.claim;
      out.push_back(c.claim);
    }
  return out;
}

TEST(Lexicon, every_line_of_the_embedded_lexicon_is_well_formed) {
  // A malformed line is left out of matching; this keeps a typo in data/ from going unseen.
  const auto problems = lexicon_problems();
  std::string all;
  for (const auto& p : problems) all += p + "\n";
  EXPECT_TRUE(problems.empty()) << all;
}

using V = std::vector<std::string>;

TEST(counts, digits_and_words_in_both_languages) {
  EXPECT_EQ(claims_of("Les 29 États membres se sont réunis."), V{"members(2018) = 29"});
  EXPECT_EQ(claims_of("Les vingt-neuf pays membres se sont réunis.", "fr"),
            V{"members(2018) = 29"});
  EXPECT_EQ(claims_of("All twenty-nine members met in 2018.", "en"), V{"members(2018) = 29"});
  EXPECT_EQ(claims_of("Eight Allies were at 2% in 2018.", "en"), V{"count(meets(2018)) = 8"});
  EXPECT_EQ(claims_of("In 2024, 23 Allies met the 2% guideline.", "en"),
            V{"count(meets(2024)) = 23"});
  EXPECT_EQ(claims_of("En 2019, neuf alliés consacraient 2 % de leur PIB à la défense.", "fr"),
            V{"count(meets(2019)) = 9"});
  EXPECT_EQ(claims_of("More than 20 Allies met 2% of GDP in 2024.", "en"),
            V{"count(meets(2024)) > 20"});
  EXPECT_EQ(claims_of("Les quatre-vingt-dix-neuf membres.", "fr"), V{"members(2018) = 99"});
}

TEST(amounts, billion_milliard_and_french_billion) {
  EXPECT_EQ(claims_of("European Allies and Canada added $41 billion.", "en"),
            V{"cumulative(defexp_usd_const, europe-canada, either(2016, 2014)..2018) ~ 41bn"});
  EXPECT_EQ(claims_of("European Allies and Canada added 41bn dollars.", "en"),
            V{"cumulative(defexp_usd_const, europe-canada, either(2016, 2014)..2018) ~ 41bn"});
  EXPECT_EQ(claims_of("Les Alliés européens et le Canada ont augmenté leurs dépenses de 41 "
                      "milliards de dollars.",
                      "fr"),
            V{"cumulative(defexp_usd_const, europe-canada, either(2016, 2014)..2018) ~ 41bn"});
  // A French "billion" is 10^12.
  EXPECT_EQ(claims_of("Les Alliés européens et le Canada ont augmenté leurs dépenses de 1 "
                      "billion de dollars.",
                      "fr"),
            V{"cumulative(defexp_usd_const, europe-canada, either(2016, 2014)..2018) ~ 1tn"});
}

TEST(amounts, decimal_commas_and_thousands_spaces) {
  EXPECT_EQ(claims_of("Les Alliés européens et le Canada ont augmenté leurs dépenses de 41,7 "
                      "milliards de dollars.",
                      "fr"),
            V{"cumulative(defexp_usd_const, europe-canada, either(2016, 2014)..2018) ~ 41.7bn"});
  EXPECT_EQ(claims_of("Les Alliés européens et le Canada ont augmenté leurs dépenses de "
                      "41\u00a0700 millions de dollars.",
                      "fr"),
            V{"cumulative(defexp_usd_const, europe-canada, either(2016, 2014)..2018) ~ 41.7bn"});
  EXPECT_EQ(claims_of("European Allies and Canada added $41,700 million.", "en"),
            V{"cumulative(defexp_usd_const, europe-canada, either(2016, 2014)..2018) ~ 41.7bn"});
  EXPECT_EQ(claims_of("European Allies and Canada added $41.7bn.", "en"),
            V{"cumulative(defexp_usd_const, europe-canada, either(2016, 2014)..2018) ~ 41.7bn"});
}

TEST(amounts, base_end_and_qualifier) {
  EXPECT_EQ(claims_of("European Allies and Canada have added more than $600bn since 2014.", "en",
                      "2024-02"),
            V{"cumulative(defexp_usd_const, europe-canada, 2014..2024) > 600bn"});
  EXPECT_EQ(claims_of("European Allies and Canada added about $130bn between 2016 and 2020.", "en",
                      "2019-11"),
            V{"cumulative(defexp_usd_const, europe-canada, 2016..2020) ~ 130bn"});
  EXPECT_EQ(claims_of("Les Alliés européens et le Canada ont ajouté au moins 400 milliards de "
                      "dollars depuis 2016.",
                      "fr", "2025-02"),
            V{"cumulative(defexp_usd_const, europe-canada, 2016..2025) >= 400bn"});
}

TEST(percentages, percent_vs_percentage_points) {
  // A demand to reach 2 % of GDP, and the US figure it is compared with.
  EXPECT_EQ(claims_of("M. Trump presse les Alliés à atteindre les 2 % de PIB.", "fr"),
            V{"count(meets(2018)) < members(2018) / 2"});
  EXPECT_EQ(claims_of("The United States spent 3.5 per cent of GDP in 2017.", "en"),
            V{"pct_gdp[USA, 2017] ~ 3.5 ±0.05"});
  EXPECT_EQ(claims_of("Les États-Unis consacraient 3,5 % de leur PIB à la défense en 2017.", "fr"),
            V{"pct_gdp[USA, 2017] ~ 3.5 ±0.05"});
  // Percentage points are not a share of GDP: nothing to write.
  EXPECT_EQ(claims_of("The United States rose by 0.2 percentage points.", "en"), V{});
}

TEST(shares, us_share_in_words_and_digits) {
  EXPECT_EQ(claims_of("The United States accounts for two-thirds of allied defence spending "
                      "in 2018.",
                      "en"),
            V{"share(defexp_usd_current, USA, nato, 2018) ~ 66.667 ±1"});
  EXPECT_EQ(
      claims_of("The United States accounts for 69% of allied defence spending in 2018.", "en"),
      V{"share(defexp_usd_current, USA, nato, 2018) ~ 69 ±1"});
}

TEST(time, today_this_year_and_since) {
  EXPECT_EQ(claims_of("Aujourd'hui les Alliés européens et le Canada ont augmenté leurs "
                      "dépenses de défense.",
                      "fr"),
            V{"trend(defexp_usd_const, europe-canada, 2014..2018) > 0"});
  EXPECT_EQ(claims_of("Since 2015, European Allies and Canada have increased defence spending.",
                      "en", "2019-01"),
            V{"trend(defexp_usd_const, europe-canada, 2015..2019) > 0"});
  EXPECT_EQ(claims_of("Before, the trend was downward and defence spending fell.", "en"),
            V{"trend(defexp_usd_const, europe-canada, either(2012, 2009)..2014) < 0"});
  // A year after "before" ends what came before; without one, the Wales pledge does.
  EXPECT_EQ(claims_of("Before 2016, defence spending fell in Europe and Canada.", "en"),
            V{"trend(defexp_usd_const, europe-canada, either(2014, 2011)..2016) < 0"});
  EXPECT_EQ(claims_of("Avant 2014, les Alliés européens et le Canada ont diminué leurs dépenses "
                      "de défense.",
                      "fr"),
            V{"trend(defexp_usd_const, europe-canada, either(2012, 2009)..2014) < 0"});
}

// "added" with no base year: every plausible base (the year before the US president's
// term in office, two years before, the 2014 Wales pledge), most recent first; "over the
// last N years" is a base N years back.
TEST(time, base_year_alternatives_and_the_last_n_years) {
  EXPECT_EQ(claims_of("European Allies and Canada have added more than $600bn.", "en", "2024-02"),
            V{"cumulative(defexp_usd_const, europe-canada, either(2022, 2020, 2014)..2024) > "
              "600bn"});
  EXPECT_EQ(claims_of("European Allies and Canada have added $100bn.", "en", "2016-06"),
            V{"cumulative(defexp_usd_const, europe-canada, either(2014, 2008)..2016) ~ 100bn"});
  EXPECT_EQ(claims_of("European Allies and Canada added almost $46bn over the last three years.",
                      "en", "2017-06"),
            V{"cumulative(defexp_usd_const, europe-canada, 2014..2017) ~ 46bn"});
  EXPECT_EQ(claims_of("Les Alliés européens et le Canada ont ajouté près de 46 milliards de "
                      "dollars au cours des trois dernières années.",
                      "fr", "2017-06"),
            V{"cumulative(defexp_usd_const, europe-canada, 2014..2017) ~ 46bn"});
  EXPECT_EQ(claims_of("Over the past two years, European Allies and Canada have increased defence "
                      "spending.",
                      "en", "2019-01"),
            V{"trend(defexp_usd_const, europe-canada, 2017..2019) > 0"});
  // An event's year is its base, not the year of the statement (it was read as both:
  // 2014..2014, a claim that could not be checked).
  EXPECT_EQ(claims_of("European Allies and Canada have added more than $600bn since the 2014 "
                      "pledge.",
                      "en", "2024-02"),
            V{"cumulative(defexp_usd_const, europe-canada, 2014..2024) > 600bn"});
  // "three years" without "last" says no base.
  EXPECT_EQ(
      claims_of("European Allies and Canada added $46bn in three years.", "en", "2017-06"),
      V{"cumulative(defexp_usd_const, europe-canada, either(2016, 2015, 2014)..2017) ~ 46bn"});
}

TEST(aims, forecasts_and_pledges_are_listed_not_checked) {
  ExtractOptions o;
  o.date = "2018-07";
  auto x = extract("Les Alliés européens se sont engagés à « doubler leurs efforts ».", o);
  ASSERT_TRUE(x.ok());
  EXPECT_TRUE(x->statements.empty());
  ASSERT_EQ(x->uncheckable.size(), 1U);
  EXPECT_FALSE(x->uncheckable[0].reason.empty());
  o.lang = "en";
  auto f = extract("European Allies and Canada added $266bn by 2024.", o);
  ASSERT_TRUE(f.ok());
  EXPECT_TRUE(f->statements.empty());
  ASSERT_EQ(f->uncheckable.size(), 1U);
  EXPECT_NE(f->uncheckable[0].reason.find("forecast"), std::string::npos);
}

TEST(inferred, year_group_and_base_are_listed) {
  ExtractOptions o;
  o.date = "2018-07";
  auto x = extract("European Allies and Canada added $41 billion.", o);
  ASSERT_TRUE(x.ok());
  ASSERT_EQ(x->statements.size(), 1U);
  const auto& inf = x->statements[0].inferred;
  auto has = [&](const char* w) {
    for (const auto& i : inf)
      if (i.find(w) != std::string::npos) return true;
    return false;
  };
  EXPECT_TRUE(has("year 2018"));
  EXPECT_TRUE(
      has("base year not written: 2016 (the year before the US president's term, from "
          "2017; two years before 2018) or 2014 (the Wales pledge)"));
  EXPECT_TRUE(has("constant prices"));
  // The ambiguity is the checker's readings: base year, method and prices vary.
  const auto& readings = x->statements[0].claims[0].readings;
  ASSERT_EQ(readings.size(), 16U);
  EXPECT_EQ(readings.front(),
            "base year 2016, cumulative over the base year, constant prices, as-of membership");
  EXPECT_EQ(readings.back(),
            "base year 2014, level difference, current prices, current membership");
}

// One sentence, several claims: each lists what it assumed, not what the others did.
TEST(inferred, notes_belong_to_each_claim) {
  ExtractOptions o;
  o.date = "2018-07";
  o.outcome_year = 2025;
  auto x = extract(
      "Aujourd'hui les Alliés européens et le Canada ont augmenté leurs "
      "investissements militaires de 41 milliards de dollars afin que les dépenses "
      "américaines baissent.",
      o);
  ASSERT_TRUE(x.ok());
  ASSERT_EQ(x->statements.size(), 1U);
  const auto& st = x->statements[0];
  ASSERT_EQ(st.claims.size(), 4U);
  auto has = [](const ExtractedClaim& c, const char* w) {
    for (const auto& i : c.inferred)
      if (i.find(w) != std::string::npos) return true;
    return false;
  };
  EXPECT_EQ(st.claims[0].pattern, "amount");
  EXPECT_TRUE(has(st.claims[0], "base year not written"));
  EXPECT_FALSE(has(st.claims[0], "Wales pledge;"));
  EXPECT_EQ(st.claims[1].pattern, "trend");
  EXPECT_TRUE(has(st.claims[1], "since the 2014 Wales pledge"));
  EXPECT_FALSE(has(st.claims[1], "base year not written"));
  EXPECT_EQ(st.claims[2].pattern, "aim");
  EXPECT_TRUE(has(st.claims[2], "its share of allied spending"));
  EXPECT_FALSE(has(st.claims[2], "its level"));
  EXPECT_TRUE(has(st.claims[3], "its level"));
  EXPECT_FALSE(has(st.claims[3], "its share of allied spending"));
  for (const auto& c : st.claims) EXPECT_TRUE(has(c, "year 2018")) << c.claim;
  // The statement's notes are the claims', each once.
  std::size_t year_notes = 0;
  for (const auto& i : st.inferred) year_notes += i.find("year 2018") == 0 ? 1 : 0;
  EXPECT_EQ(year_notes, 1U);
}

TEST(date, from_the_first_line_or_the_option) {
  auto x = extract("date 2019-11\nLes 29 États membres.", {});
  ASSERT_TRUE(x.ok());
  EXPECT_EQ(x->date, "2019-11");
  ASSERT_EQ(x->statements.size(), 1U);
  EXPECT_EQ(x->statements[0].claims[0].claim, "members(2019) = 29");
  EXPECT_EQ(x->statements[0].sentence.span.from.line, 2);
  ExtractOptions o;
  o.date = "2018-13";
  EXPECT_EQ(extract("x", o).error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(extract("date 2018\nx", {}).error().code, ErrorCode::parse_error);
  // No date, no year written: not checkable, with the reason.
  auto nd = extract("Les 29 États membres.", {});
  ASSERT_TRUE(nd.ok());
  EXPECT_TRUE(nd->statements.empty());
}

TEST(bad_input, empty_binary_and_invalid_utf8) {
  auto e = extract("", {});
  ASSERT_TRUE(e.ok());
  EXPECT_TRUE(e->statements.empty());
  EXPECT_EQ(e->sentences, 0U);
  auto b = extract(std::string("PK\x03\x04\0\0\x14", 7), {});
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.error().code, ErrorCode::parse_error);
  auto u = extract(std::string("Les 29 \xe9tats membres"), {});
  ASSERT_FALSE(u.ok());
  EXPECT_EQ(u.error().where, "byte 7");
  ExtractOptions bad;
  bad.lang = "de";
  EXPECT_EQ(extract("x", bad).error().where, "--text-lang");
}

// 10 MB of text completes, and the output stays bounded by what the text holds.
TEST(bad_input, ten_megabytes_is_bounded) {
  std::string big;
  const std::string para =
      "Les 29 États membres se sont réunis. Le sommet était long, très long, sans chiffre. ";
  while (big.size() < 10U << 20U) big += para;
  ExtractOptions o;
  o.date = "2018-07";
  auto x = extract(big, o);
  ASSERT_TRUE(x.ok());
  const std::size_t repeats = big.size() / para.size();
  EXPECT_EQ(x->statements.size(), repeats);
  EXPECT_EQ(x->sentences, 2 * repeats);
  std::string over(kMaxTextBytes + 1, 'a');
  EXPECT_EQ(extract(over, o).error().code, ErrorCode::limit_exceeded);
}

}  // namespace
}  // namespace fardeau::extract

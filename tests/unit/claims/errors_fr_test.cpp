// Errors in French: every message a reader can meet while typing a claim has a French
// text (Error::message_fr), at the same column as the English one. The dashboard, the CLI
// (--lang fr) and the API (lang=fr) show it; a French reader must never get English.
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "claims/diagnostic.hpp"
#include "claims/evaluator.hpp"
#include "claims/limits.hpp"
#include "claims/parser.hpp"
#include "unit/claims/fake_context.hpp"

namespace fardeau::claims {
namespace {

using testing::FakeContext;

// U+00A0, the no-break space French typography puts before ':' and ';'.
#define NBSP "\u00a0"

struct FrCase {
  const char* claim;
  std::size_t column;
  const char* message_fr;
};

// A dozen malformed claims, with the French text and the column the English error has.
const FrCase kFrCases[] = {
    {"(members(2018) = 29", 20,
     "')' attendue pour fermer la '(' de la colonne 1, trouvé" NBSP ": fin de l’affirmation"},
    {"members(2018", 13,
     "appel non terminé" NBSP ": ')' attendu pour fermer 'members(' de la colonne 8"},
    {"pct_gdp[USA, 2018", 18,
     "série non terminé" NBSP ": ']' attendu pour fermer 'pct_gdp[' de la colonne 8"},
    {"", 1, "affirmation vide" NBSP "; attendu une comparaison comme members(2018) = 29"},
    {"members(2018) = 29,5", 19,
     "les nombres s’écrivent avec un point décimal" NBSP ": écrivez 29.5, pas 29,5 (la virgule "
     "sépare les arguments)"},
    {"1 < 2 < 3", 7,
     "les comparaisons ne s’enchaînent pas" NBSP "; reliez-les par 'and', par exemple a < b and "
     "b < c"},
    {"members(2018) = 29)", 19, "')' en trop" NBSP ": aucune '(' à fermer"},
    {"members(2018) = 29 29", 20,
     "attendu un opérateur ou la fin de l’affirmation, trouvé" NBSP ": nombre 29"},
    {"= 29", 1, "valeur attendue avant '='"},
    {"a ! b", 3,
     "'!' inattendu" NBSP "; écrivez 'not' pour la négation ou '!=' pour « différent de »"},
    {"members(2018) = .5", 17, "un nombre commence par un chiffre" NBSP ": écrivez 0.5, pas .5"},
    {"members(2018) = 5pp%", 20, "un nombre ne peut pas être à la fois en pp et en %"},
    {"cumulativ(defexp_usd_const, nato, 2016..2018) > 0", 1,
     "fonction inconnue 'cumulativ'" NBSP "; fonctions" NBSP
     ": members, count, value, sum, avg, share, level_change, cumulative, pct_change, trend, "
     "real_change, meets, abs, either (vouliez-vous dire cumulative" NBSP "?)"},
    {"members(2018)", 1,
     "une affirmation doit être vraie ou fausse, par exemple members(2018) = 29" NBSP
     "; ceci est un nombre"},
};

TEST(ErrorsFr, FrenchTextAtTheEnglishColumn) {
  FakeContext ctx;
  for (const auto& c : kFrCases) {
    auto r = evaluate(c.claim, ctx);
    ASSERT_FALSE(r.ok()) << c.claim;
    const Error& e = r.error();
    EXPECT_EQ(e.message_fr, c.message_fr) << c.claim << "\n(English: " << e.message << ")";
    EXPECT_EQ(error_column(e), c.column) << c.claim << ": " << e.what();
    // The reader's choice picks the text; English stays the default.
    EXPECT_EQ(e.message_in(true), e.message_fr) << c.claim;
    EXPECT_EQ(e.message_in(false), e.message) << c.claim;
  }
}

// One bad claim per message site of the lexer and the parser: each parse error has a French
// text that is not the English one.
std::vector<std::string> parse_error_claims() {
  std::vector<std::string> v = {
      // lexer
      "a ! b", "members(2018) = .5", "members(2018) = 1 . 2", "% = 1", "\xff = 1",
      "members(2018) = \x01", "members(2018) = $29", "1e999 = 1", "1e = 1", "5xyz = 1", "5pp% = 1",
      "1e300 tn = 1",
      // parser
      "", "pct_gdp[USA, 2018] ±0.2", "members(2018) = 29 ±1", "1 < 2 < 3", "1 ~ 2 ± -1",
      "1 ~ 2 ± x", "1 @nato-2019 = 1", "members(2018) = 29 @", "members(2018) = ", "= 29",
      "members(2018) = )", "nato:foo = 1", "(members(2018) = 29", "members(2018",
      "pct_gdp[USA, 2018", "members(2018 29) = 29", "cumulative(x, nato, 2016..) > 1",
      "members(2018) = 29,5", "2016..2018", "members(2018) = 29)", "members(2018) = 29]",
      "members(2018) = 29 @nato-2019 @nato-2025", "members(2018) = 29 29"};
  v.push_back("members(2018) = 29" + std::string(kMaxClaimBytes, ' '));
  v.push_back(std::string(100, '(') + "1" + std::string(100, ')') + " = 1");
  std::string chain = "1";
  for (int i = 0; i < 300; ++i) chain += "+1";
  v.push_back(chain + " = 301");
  return v;
}

TEST(ErrorsFr, EveryParseErrorHasAFrenchText) {
  std::vector<std::string> seen;
  for (const auto& claim : parse_error_claims()) {
    auto r = parse(claim);
    ASSERT_FALSE(r.ok()) << claim;
    const Error& e = r.error();
    EXPECT_EQ(e.code, ErrorCode::parse_error) << claim;
    EXPECT_FALSE(e.message_fr.empty()) << claim << ": " << e.message;
    EXPECT_NE(e.message_fr, e.message) << claim;
    EXPECT_TRUE(error_column(e).has_value()) << claim;
    seen.push_back(e.message);
  }
  // The table reaches distinct message sites, not the same one many times.
  std::sort(seen.begin(), seen.end());
  seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
  EXPECT_GE(seen.size(), 36U);
}

// The checker's and the evaluator's messages: unknown names, wrong arguments, bad years.
// (Unknown allies and years outside an edition come from the data context: the service's
// ClaimContext gives them in French, tested through the CLI and the server.)
TEST(ErrorsFr, CheckerAndEvaluatorErrorsHaveAFrenchText) {
  FakeContext ctx;
  for (const char* claim : {
           "members(2018)",
           "USA > 2",
           "pct_gdp > 2",
           "foo[USA, 2018] > 1",
           "pct_gdp[USA] > 1",
           "pct_gdp[2018] > 1",
           "pct_gdp[USA, 2018, 1] > 1",
           "pct_gdp(USA, 2018) > 1",
           "cumulativ(defexp_usd_const, nato, 2016..2018) > 0",
           "members() = 1",
           "sum(pct_gdp, nato, 2018) > 1",
           "sum(USA, nato, 2018) > 1",
           "sum(defexp_usd_current, XYZ, 2018) > 1",
           "sum(defexp_usd_current, nato, 2016..2018) > 1",
           "cumulative(defexp_usd_const, nato, 2018) > 1",
           "cumulative(defexp_usd_const, nato, 2018..2016) > 1",
           "pct_gdp[USA, 20000] > 1",
           "1 and 2",
           "count(pct_gdp[2014] >= 2 and pct_gdp[2015] >= 2) = 3",
           "count(1) = 3",
           "1 / 0 = 1",
           "pct_gdp[USA, 2018] @nato-1900 > 2",
       }) {
    auto r = evaluate(claim, ctx);
    ASSERT_FALSE(r.ok()) << claim;
    const Error& e = r.error();
    EXPECT_NE(e.code, ErrorCode::internal) << claim << ": " << e.what();
    EXPECT_FALSE(e.message_fr.empty()) << claim << ": " << e.message;
    EXPECT_NE(e.message_fr, e.message) << claim;
  }
}

TEST(ErrorsFr, WhatInPutsANoBreakSpaceBeforeTheColon) {
  Error e = make_error(ErrorCode::invalid_argument, "bad year", "année invalide", "--year");
  EXPECT_EQ(e.what(), "--year: bad year");
  EXPECT_EQ(e.what_in(false), "--year: bad year");
  EXPECT_EQ(e.what_in(true), "--year" NBSP ": année invalide");
  // No French text: English, whatever the choice.
  Error en = make_error(ErrorCode::invalid_argument, "bad year", "--year");
  EXPECT_EQ(en.message_in(true), "bad year");
  EXPECT_EQ(en.what_in(true), "--year: bad year");
  // with_fr adds the French to an error built in English.
  EXPECT_EQ(with_fr(en, "année invalide").message_in(true), "année invalide");
}

}  // namespace
}  // namespace fardeau::claims

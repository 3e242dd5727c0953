// A malformed reference table (data/reference/, or a --data folder's) is a data_error at its
// file, row and column saying what was found and what is valid; never a crash.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "io/ally_names_loader.hpp"
#include "io/country_names.hpp"
#include "io/data_source.hpp"
#include "io/eu_membership_loader.hpp"
#include "io/members_loader.hpp"
#include "io/vintage_catalogue.hpp"

namespace fardeau::io {
namespace {

/// `status` failed as a data_error at `where` with a message containing `what`.
template <typename R>
void expect_error(const R& status, const std::string& where, const std::string& what) {
  ASSERT_FALSE(status.ok()) << "expected an error at " << where;
  EXPECT_EQ(status.error().code, ErrorCode::data_error) << status.error().what();
  EXPECT_EQ(status.error().where, where) << status.error().what();
  EXPECT_NE(status.error().message.find(what), std::string::npos) << status.error().what();
}

std::vector<Ally> two_allies() {
  std::vector<Ally> allies(2);
  allies[0].iso3 = "FRA";
  allies[1].iso3 = "GBR";
  return allies;
}

TEST(reference_errors_test, french_names) {
  auto allies = two_allies();
  const std::string h = "iso3,name_fr\n";
  ASSERT_TRUE(apply_french_names(h + "FRA,France\nGBR,Royaume-Uni\n", "n.csv", allies).ok());
  EXPECT_EQ(allies[1].name_fr, "Royaume-Uni");
  expect_error(apply_french_names(h + "Fra,France\n", "n.csv", allies), "n.csv:2:1",
               "three capital letters");
  expect_error(apply_french_names(h + "FRA,\n", "n.csv", allies), "n.csv:2:2", "empty name_fr");
  expect_error(apply_french_names(h + "FRA,France\nFRA,Gaule\n", "n.csv", allies), "n.csv:3:1",
               "listed twice (first at row 2)");
  expect_error(apply_french_names(h + "XAT,Atlantide\n", "n.csv", allies), "n.csv:2:1",
               "is not an ally of nato_members.csv");
  expect_error(apply_french_names(h + "FRA,France,extra\n", "n.csv", allies), "n.csv:2",
               "row has 3 fields, the header has 2");
  expect_error(apply_french_names("iso3,name\nFRA,France\n", "n.csv", allies), "n.csv:1",
               "missing column 'name_fr'; expected the columns iso3 name_fr");
  expect_error(apply_french_names("", "n.csv", allies), "n.csv", "empty file");
  auto quote = apply_french_names(h + "FRA,\"France\n", "n.csv", allies);
  ASSERT_FALSE(quote.ok());
  EXPECT_EQ(quote.error().code, ErrorCode::parse_error);
}

TEST(reference_errors_test, eu_membership) {
  auto allies = two_allies();
  const std::string h = "iso3,country,accession_date,first_year,withdrawal_date,last_year\n";
  ASSERT_TRUE(apply_eu_membership(h + "GBR,UK,1973-01-01,1973,2020-01-31,2019\nAUT,Austria,"
                                      "1995-01-01,1995,,\n",
                                  "e.csv", allies)
                  .ok());
  EXPECT_TRUE(allies[1].eu_member_in(2019));
  EXPECT_FALSE(allies[1].eu_member_in(2020));
  EXPECT_FALSE(allies[0].eu_member_in(2020));  // no row: never a member
  struct Case {
    const char* rows;
    const char* where;
    const char* what;
  };
  for (const Case& c : {
           Case{"FRA,France,1958-13-01,1958,,\n", "e.csv:2:3",
                "is not a date (expected YYYY-MM-DD)"},
           Case{"FRA,France,1958-01-01,1959,,\n", "e.csv:2:4",
                "is not the year of accession_date 1958-01-01"},
           Case{"FRA,France,1952-07-23,1952,,\n", "e.csv:2:4",
                "is not a whole number from 1958 to 2200"},
           Case{"GBR,UK,1973-01-01,1973,2020-01-31,\n", "e.csv:2:6",
                "is empty but withdrawal_date is given"},
           Case{"GBR,UK,1973-01-01,1973,,2019\n", "e.csv:2:6",
                "is given but withdrawal_date is empty"},
           Case{"GBR,UK,1973-01-01,1973,2020-01-31,2021\n", "e.csv:2:6",
                "is after the year of withdrawal_date 2020-01-31"},
           Case{"GBR,UK,1973-01-01,1973,2020-01-31,1970\n", "e.csv:2:6",
                "is not a whole number from 1973 to 2200"},
           Case{"FRA,F,1958-01-01,1958,,\nFRA,F,1958-01-01,1958,,\n", "e.csv:3:1", "listed twice"},
       })
    expect_error(apply_eu_membership(h + c.rows, "e.csv", allies), c.where, c.what);
}

TEST(reference_errors_test, publisher_spellings) {
  const std::string h = "publisher,name,iso3\n";
  auto ok = parse_country_names(h + "nato,Slovak Republic,SVK\nnato,NATO Total,NATO_TOTAL\n"
                                    "sipri,\"Yemen, North\",\n",
                                "c.csv");
  ASSERT_TRUE(ok.ok()) << ok.error().what();
  EXPECT_EQ(ok->at("nato").size(), 2u);
  EXPECT_EQ(ok->at("sipri").front().iso3, "");
  expect_error(parse_country_names(h + "NATO,France,FRA\n", "c.csv"), "c.csv:2:1",
               "is not a publisher id");
  expect_error(parse_country_names(h + "nato, France,FRA\n", "c.csv"), "c.csv:2:2",
               "has spaces around it");
  expect_error(parse_country_names(h + "nato,France,FRA\nnato,FRANCE,FRA\n", "c.csv"), "c.csv:3:2",
               "listed twice (first at row 2)");
  EXPECT_TRUE(parse_country_names(h + "nato,France,FRA\nsipri,France,FRA\n", "c.csv").ok());
  for (const char* code : {"Fr", "FRAN", "NATO", "_TOT", "Country Code"})
    expect_error(parse_country_names(h + "nato,France," + code + "\n", "c.csv"), "c.csv:2:3",
                 "is not a code");
}

TEST(reference_errors_test, catalogue) {
  const std::string vh =
      "id,family,publisher,title,source_id,published,cutoff,definition,price_basis,base_year,"
      "files,notes\n";
  const std::string v = "x-1,nato,P,T,S,2026-07,2026-07-03,D,B,2021,x.csv,N\n";
  const std::string mh = "vintage,measure,indicator,scale,denominator\n";
  const std::string m = "x-1,defexp_pct_gdp,defexp_pct_gdp,1,\n";
  auto parse = [&](const std::string& vintages, const std::string& measures) {
    return parse_vintage_catalogue(vh + vintages, "v.csv", mh + measures, "m.csv");
  };
  auto ok = parse(v + "y,wdi,P,T,S,2018-02-22,,D,B,0,a.csv;b-2.csv,\n",
                  m + "y,gdp_usd_current_m,gdp_usd_current,1e-6,\n");
  ASSERT_TRUE(ok.ok()) << ok.error().what();
  EXPECT_EQ(ok->at(1).files, (std::vector<std::string>{"a.csv", "b-2.csv"}));
  EXPECT_EQ(ok->at(1).measures.at(0).scale, 1e-6);
  EXPECT_TRUE(ok->at(0).builtin);

  expect_error(parse("X-1,nato,P,T,S,2026-07,,D,B,2021,x.csv,N\n", m), "v.csv:2:1",
               "is not a vintage id");
  expect_error(parse(v + v, m), "v.csv:3:1", "listed twice (first at row 2)");
  expect_error(parse("x-1,nato,,T,S,2026-07,,D,B,2021,x.csv,N\n", m), "v.csv:2:3",
               "empty publisher");
  expect_error(parse("x-1,nato,P,T,S,July 2026,,D,B,2021,x.csv,N\n", m), "v.csv:2:6",
               "expected YYYY-MM-DD or YYYY-MM");
  expect_error(parse("x-1,nato,P,T,S,2026-07,2026-07,D,B,2021,x.csv,N\n", m), "v.csv:2:7",
               "expected YYYY-MM-DD");
  expect_error(parse("x-1,nato,P,T,S,2026-07,,D,B,twenty,x.csv,N\n", m), "v.csv:2:10",
               "is not a whole number from 0 to 2200");
  for (const char* files : {"", "../x.csv", "a.csv;", "a b.csv", ".hidden"})
    expect_error(parse(std::string("x-1,nato,P,T,S,2026-07,,D,B,2021,\"") + files + "\",N\n", m),
                 "v.csv:2:11", "is not a list of data file names");
  expect_error(parse(v, "z-9,defexp_pct_gdp,defexp_pct_gdp,1,\n"), "m.csv:2:1",
               "is not a vintage of reference/vintages.csv; valid: x-1");
  expect_error(parse(v, "x-1,pct_gdp,defexp_pct_gdp,1,\n"), "m.csv:2:2",
               "is not a measure; valid: defexp_usd_current_m, defexp_usd_const_m");
  expect_error(parse(v, m + m), "m.csv:3:2", "listed twice (first at row 2)");
  expect_error(parse(v, "x-1,defexp_pct_gdp,,1,\n"), "m.csv:2:3", "empty indicator");
  for (const char* scale : {"0", "", "x", "inf"})
    expect_error(parse(v, std::string("x-1,defexp_pct_gdp,defexp_pct_gdp,") + scale + ",\n"),
                 "m.csv:2:4", "is not a non-zero number");
  expect_error(parse(v + "y,wdi,P,T,S,2018-02-22,,D,B,0,a.csv,\n", m), "v.csv:3",
               "vintage 'y' has no row in m.csv");
}

TEST(reference_errors_test, a_folder_without_the_reference_tables_names_the_missing_file) {
  const auto data = DataSource::directory(std::string(FARDEAU_SOURCE_DIR) + "/data");
  EXPECT_TRUE(load_allies(data).ok());
  EXPECT_TRUE(load_vintage_catalogue(data).ok());
  // tests/fixtures/raw holds workbooks only: no reference/ folder.
  const auto dir = DataSource::directory(std::string(FARDEAU_SOURCE_DIR) + "/tests/fixtures/raw");
  auto cat = load_vintage_catalogue(dir);
  ASSERT_FALSE(cat.ok());
  EXPECT_EQ(cat.error().code, ErrorCode::io_error);
  EXPECT_EQ(cat.error().where,
            std::string(FARDEAU_SOURCE_DIR) + "/tests/fixtures/raw/reference/vintages.csv");
}

}  // namespace
}  // namespace fardeau::io

#include "io/long_csv_loader.hpp"

#include <gtest/gtest.h>

namespace fardeau::io {
namespace {

const char* kHeader = "iso3,country,year,indicator,unit,value,is_estimate\n";

Status load(const std::string& body, Panel& p) { return load_long_csv(kHeader + body, "x.csv", p); }

TEST(long_csv_loader_test, loads_values_units_and_flags) {
  Panel p;
  auto st = load(
      "SWE,Sweden,2026,defexp_usd_current_m,\"million US$, current\",24186,1\n"
      "SWE,Sweden,2025,defexp_usd_current_m,\"million US$, current\",1.715e-05,0\n"
      "AFG,Afghanistan,1970,milex_pct_gdp,%,1.6,\n",
      p);
  ASSERT_TRUE(st.ok()) << st.error().what();
  EXPECT_DOUBLE_EQ(p.get("SWE", "defexp_usd_current_m", 2026)->value, 24186);
  EXPECT_TRUE(p.get("SWE", "defexp_usd_current_m", 2026)->estimate);
  EXPECT_DOUBLE_EQ(p.get("SWE", "defexp_usd_current_m", 2025)->value, 1.715e-05);
  EXPECT_FALSE(p.get("AFG", "milex_pct_gdp", 1970)->estimate);
  EXPECT_EQ(p.indicators()[0].unit, "million US$, current");
}

struct BadCase {
  const char* name;
  std::string text;
  ErrorCode code;
  const char* where;
  const char* message_part;
};

TEST(long_csv_loader_test, malformed_inputs_are_located_errors) {
  const std::vector<BadCase> cases{
      {"empty file", "", ErrorCode::data_error, "x.csv", "empty file"},
      {"missing column", "iso3,year,value\nFRA,2014,1\n", ErrorCode::data_error, "x.csv:1",
       "missing column 'indicator'"},
      {"bad year", std::string(kHeader) + "FRA,France,20x4,i,u,1,0\n", ErrorCode::data_error,
       "x.csv:2:3", "not a whole number"},
      {"year out of range", std::string(kHeader) + "FRA,France,3000,i,u,1,0\n",
       ErrorCode::data_error, "x.csv:2:3", "1800 to 2200"},
      {"text in number", std::string(kHeader) + "FRA,France,2014,i,u,1.8%,0\n",
       ErrorCode::data_error, "x.csv:2:6", "not a number"},
      {"nan", std::string(kHeader) + "FRA,France,2014,i,u,nan,0\n", ErrorCode::data_error,
       "x.csv:2:6", "not a number"},
      {"bad flag", std::string(kHeader) + "FRA,France,2014,i,u,1,e\n", ErrorCode::data_error,
       "x.csv:2:7", "is_estimate"},
      {"short row", std::string(kHeader) + "FRA,France,2014,i,u,1\n", ErrorCode::data_error,
       "x.csv:2", "6 fields"},
      {"duplicate", std::string(kHeader) + "FRA,France,2014,i,u,1,0\nFRA,France,2014,i,u,2,0\n",
       ErrorCode::data_error, "x.csv:3", "duplicate"},
      {"unterminated quote", std::string(kHeader) + "FRA,\"France,2014,i,u,1,0\n",
       ErrorCode::parse_error, "x.csv:2:2", "unterminated"},
  };
  for (const auto& c : cases) {
    Panel p;
    auto st = load_long_csv(c.text, "x.csv", p);
    ASSERT_FALSE(st.ok()) << c.name;
    EXPECT_EQ(st.error().code, c.code) << c.name;
    EXPECT_EQ(st.error().where, c.where) << c.name << ": " << st.error().what();
    EXPECT_NE(st.error().message.find(c.message_part), std::string::npos)
        << c.name << ": " << st.error().message;
  }
}

}  // namespace
}  // namespace fardeau::io

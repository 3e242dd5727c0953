#include "io/csv_reader.hpp"

#include <gtest/gtest.h>

namespace fardeau::io {
namespace {

std::vector<std::vector<std::string>> read_all(std::string_view text) {
  CsvReader r(text, "t.csv");
  std::vector<std::vector<std::string>> out;
  std::vector<std::string> row;
  while (true) {
    auto got = r.next(row);
    EXPECT_TRUE(got.ok()) << got.error().what();
    if (!got.ok() || !*got) break;
    out.push_back(row);
  }
  return out;
}

TEST(csv_reader_test, quoted_fields_doubled_quotes_and_newlines) {
  auto rows = read_all("a,\"b, c\",\"say \"\"hi\"\"\"\n1,\"two\nlines\",3\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"a", "b, c", "say \"hi\""}));
  EXPECT_EQ(rows[1][1], "two\nlines");
}

TEST(csv_reader_test, crlf_bom_blank_lines_and_empty_fields) {
  auto rows = read_all("\xEF\xBB\xBFiso3,value\r\n\r\nFRA,\r\n,2\r\n");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0][0], "iso3");
  EXPECT_EQ(rows[1], (std::vector<std::string>{"FRA", ""}));
  EXPECT_EQ(rows[2], (std::vector<std::string>{"", "2"}));
}

TEST(csv_reader_test, quote_inside_unquoted_field_is_literal) {
  auto rows = read_all("SVK,NATO tables call it \"Slovak Republic\"\n");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0][1], "NATO tables call it \"Slovak Republic\"");
}

TEST(csv_reader_test, unterminated_quote_is_located) {
  CsvReader r("a,b\n1,\"open\n", "bad.csv");
  std::vector<std::string> row;
  ASSERT_TRUE(r.next(row).ok());
  auto got = r.next(row);
  ASSERT_FALSE(got.ok());
  EXPECT_EQ(got.error().code, ErrorCode::parse_error);
  EXPECT_EQ(got.error().where, "bad.csv:2:2");
}

TEST(csv_reader_test, text_after_closing_quote_is_an_error) {
  CsvReader r("\"a\"b,c\n", "bad.csv");
  std::vector<std::string> row;
  auto got = r.next(row);
  ASSERT_FALSE(got.ok());
  EXPECT_EQ(got.error().where, "bad.csv:1:1");
}

TEST(csv_reader_test, last_line_without_newline) {
  auto rows = read_all("a,b\n1,2");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1][1], "2");
}

}  // namespace
}  // namespace fardeau::io

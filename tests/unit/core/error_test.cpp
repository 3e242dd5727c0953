// Error locations as fields (Location) and as printed (text(), what()): each kind prints
// what the engine printed when the location was a string, so every message stays the same.
#include <gtest/gtest.h>

#include <sstream>

#include "core/error.hpp"

namespace fardeau {
namespace {

TEST(location, each_kind_prints_as_before) {
  const Location year = at_parameter("year");
  EXPECT_EQ(year.kind, Location::Kind::parameter);
  EXPECT_EQ(year.parameter, "year");
  EXPECT_EQ(year.text(), "--year");
  // The query string's name, the CLI's flag.
  const Location min_change = at_parameter("min_change");
  EXPECT_EQ(min_change.parameter, "min_change");
  EXPECT_EQ(min_change.text(), "--min-change");

  const Location cell = at_file("file.csv", 12, 3);
  EXPECT_EQ(cell.kind, Location::Kind::file);
  EXPECT_EQ(cell.file, "file.csv");
  EXPECT_EQ(cell.row, 12);
  EXPECT_EQ(cell.col, 3);
  EXPECT_EQ(cell.text(), "file.csv:12:3");
  EXPECT_EQ(at_file("file.csv", 12).text(), "file.csv:12");
  EXPECT_EQ(at_file("x.claims").text(), "x.claims");

  const Location column = at_claim_column(8);
  EXPECT_EQ(column.kind, Location::Kind::claim);
  EXPECT_EQ(column.claim_column, 8);
  EXPECT_EQ(column.text(), "column 8");

  const Location b7 = at_cell("Sheet", "B7");
  EXPECT_EQ(b7.kind, Location::Kind::cell);
  EXPECT_EQ(b7.sheet, "Sheet");
  EXPECT_EQ(b7.cell, "B7");
  EXPECT_EQ(b7.text(), "Sheet!B7");
  EXPECT_EQ(at_cell("t.xlsx:'Data'").text(), "t.xlsx:'Data'");

  EXPECT_TRUE(Location().empty());
  EXPECT_EQ(Location().kind, Location::Kind::none);
  EXPECT_EQ(Location().text(), "");
}

// A location written as text is read into its kind once, where it is made; anything that
// is neither a flag nor a claim column stays as written.
TEST(location, text_is_read_into_its_kind) {
  const Location flag("--change-from");
  EXPECT_EQ(flag.kind, Location::Kind::parameter);
  EXPECT_EQ(flag.parameter, "change_from");
  EXPECT_EQ(flag.text(), "--change-from");

  const Location column("column 12");
  EXPECT_EQ(column.kind, Location::Kind::claim);
  EXPECT_EQ(column.claim_column, 12);

  for (const char* as_written : {"byte 7", "column 0", "column 012", "column 3x", "--", "--Year",
                                 "f.claims:2:11", "letter.docx:word/document.xml"}) {
    const Location l(as_written);
    EXPECT_EQ(l.kind, Location::Kind::text) << as_written;
    EXPECT_EQ(l.text(), as_written);
  }
  EXPECT_TRUE(Location("").empty());

  Location in_file("byte 7");
  in_file.file = "-";
  EXPECT_EQ(in_file.text(), "-: byte 7");
}

TEST(location, errors_print_the_location_text) {
  const Error e = make_error(ErrorCode::invalid_argument, "bad year", at_parameter("year"));
  EXPECT_EQ(e.what(), "--year: bad year");
  EXPECT_TRUE(e.where == "--year");
  const Error fr = make_error(ErrorCode::invalid_argument, "bad", "mauvais", at_claim_column(4));
  EXPECT_EQ(fr.what_in(true), "column 4\u00a0: mauvais");
  EXPECT_EQ(make_error(ErrorCode::internal, "bug").what(), "bug");
  EXPECT_EQ("at " + at_file("a.csv", 2, 1), "at a.csv:2:1");
  std::ostringstream os;
  os << at_cell("S", "A1");
  EXPECT_EQ(os.str(), "S!A1");
}

TEST(error_code, out_of_coverage_has_its_own_name) {
  EXPECT_STREQ(to_string(ErrorCode::out_of_coverage), "out_of_coverage");
  EXPECT_STREQ(to_string(ErrorCode::invalid_argument), "invalid_argument");
}

}  // namespace
}  // namespace fardeau

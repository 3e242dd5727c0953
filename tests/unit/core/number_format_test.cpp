#include "core/number_format.hpp"

#include <gtest/gtest.h>

namespace fardeau {
namespace {

TEST(core_number_format_test, grouping_by_language) {
  EXPECT_EQ(number(1506079.99, 1, Lang::en), "1,506,080.0");
  EXPECT_EQ(number(1506.1, 1, Lang::fr), "1\u202F506,1");
  EXPECT_EQ(number(-0.0001, 2, Lang::fr), "0,00");
}

// Claims' steps and messages: plain ASCII in English, milliards and grouping in French.
TEST(core_number_format_test, trace_figures) {
  EXPECT_EQ(figure(41.712e9, Lang::en, FigureStyle::trace), "41.712 bn");
  EXPECT_EQ(figure(1.019e12, Lang::en, FigureStyle::trace), "1.019 tn");
  EXPECT_EQ(figure(-3.5e6, Lang::en, FigureStyle::trace), "-3.500 M");
  EXPECT_EQ(figure(250000, Lang::en, FigureStyle::trace), "250000");
  EXPECT_EQ(figure(2018.5, Lang::en, FigureStyle::trace), "2018.5");
  EXPECT_EQ(figure(1.019e12, Lang::fr, FigureStyle::trace), "1\u202F019,000\u202FMd");
  EXPECT_EQ(figure(250000, Lang::fr, FigureStyle::trace), "250\u202F000");
  EXPECT_EQ(figure(12345.67, Lang::fr, FigureStyle::trace), "12\u202F345,7");
  EXPECT_EQ(figure(2018.5, Lang::fr, FigureStyle::trace), "2\u202F018,50");  // 6 digits
  EXPECT_EQ(figure(2.14, Lang::fr, FigureStyle::trace), "2,14");
}

// A claim's value in a table: grouped, a narrow no-break space before M, two to four decimals.
TEST(core_number_format_test, reading_figures) {
  EXPECT_EQ(figure(41.712e9, Lang::en, FigureStyle::reading), "41.712 bn");
  EXPECT_EQ(figure(1.019e12, Lang::en, FigureStyle::reading), "1,019.000 bn");
  EXPECT_EQ(figure(12.345e6, Lang::en, FigureStyle::reading), "12.345\u202FM");
  EXPECT_EQ(figure(41.712e9, Lang::fr, FigureStyle::reading), "41,712\u202FMd");
  EXPECT_EQ(figure(250000, Lang::en, FigureStyle::reading), "250,000");
  EXPECT_EQ(figure(3.3, Lang::en, FigureStyle::reading), "3.30");
  EXPECT_EQ(figure(59.87654, Lang::fr, FigureStyle::reading), "59,8765");
}

}  // namespace
}  // namespace fardeau

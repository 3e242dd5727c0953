#include "render/number_format.hpp"

#include <gtest/gtest.h>

namespace fardeau::render {
namespace {

TEST(number_format_test, english_and_french_grouping) {
  EXPECT_EQ(number(1506079.99, 1, Lang::en), "1,506,080.0");
  EXPECT_EQ(number(1506.1, 1, Lang::fr), "1\u202F506,1");
  EXPECT_EQ(number(-41712.1, 0, Lang::en), "-41,712");
  EXPECT_EQ(number(999, 0, Lang::en), "999");
  EXPECT_EQ(number(-0.0001, 2, Lang::en), "0.00");
}

TEST(number_format_test, money_and_percent) {
  EXPECT_EQ(usd_bn(1506079.99, Lang::fr), "1\u202F506,1\u202FMd$");
  EXPECT_EQ(usd_bn(1506079.99, Lang::en), "$1,506.1 bn");
  EXPECT_EQ(usd_bn(-26455, Lang::en), "-$26.5 bn");
  EXPECT_EQ(percent(2.02, 2, Lang::en), "2.02%");
  EXPECT_EQ(percent(2.02, 2, Lang::fr), "2,02\u202F%");
  EXPECT_EQ(signed_percent(3.9, 1, Lang::en), "+3.9%");
  EXPECT_EQ(signed_percent(-3.9, 1, Lang::en), "-3.9%");
  EXPECT_EQ(target_percent(3.5, Lang::en), "3.5%");
  EXPECT_EQ(target_percent(2, Lang::fr), "2\u202F%");
}

TEST(number_format_test, clean_removes_binary_noise) {
  EXPECT_EQ(clean(41707.000000000004, 3), 41707.0);
  EXPECT_EQ(clean(65.25751234, 4), 65.2575);
}

}  // namespace
}  // namespace fardeau::render

// A reading is labelled from its structured choices, in either language, never by
// translating its English text.
#include <gtest/gtest.h>

#include "render/check_view.hpp"

namespace fardeau::render {
namespace {

claims::ReadingChoices all_choices() {
  claims::ReadingChoices c;
  c.years = {{claims::OpenYearChoice::Role::base_year, "2016"},
             {claims::OpenYearChoice::Role::to, "2018"}};
  c.method = claims::FunctionId::cumulative;
  c.prices = PriceBasis::constant;
  c.vintage = "nato-2019";
  c.membership = Membership::as_of;
  return c;
}

TEST(reading_label, english_and_french_from_the_same_fields) {
  const auto c = all_choices();
  EXPECT_EQ(reading_label(c, Lang::en),
            "base year 2016, to 2018, cumulative over the base year, constant prices, nato-2019, "
            "as-of membership");
  EXPECT_EQ(reading_label(c, Lang::fr),
            "année de base 2016, jusqu'à 2018, cumul au-dessus de l'année de base, prix "
            "constants, nato-2019, membres de chaque année");
  claims::ReadingChoices other;
  other.years = {{claims::OpenYearChoice::Role::from, "2012"}};
  other.method = claims::FunctionId::level_change;
  other.prices = PriceBasis::current;
  other.membership = Membership::current;
  EXPECT_EQ(reading_label(other, Lang::fr),
            "depuis 2012, différence de niveau, prix courants, membres actuels");
  EXPECT_EQ(reading_label(claims::ReadingChoices{}, Lang::en), "as written");
  EXPECT_EQ(reading_label(claims::ReadingChoices{}, Lang::fr), "telle qu'écrite");
}

// The JSON the page labels readings from: additive to "label", null where nothing was chosen.
TEST(reading_label, choices_as_json_fields) {
  const auto j = reading_choices_json(all_choices());
  EXPECT_EQ(j["years"][0]["role"], "base_year");
  EXPECT_EQ(j["years"][0]["year"], "2016");
  EXPECT_EQ(j["years"][1]["role"], "to");
  EXPECT_EQ(j["method"], "cumulative");
  EXPECT_EQ(j["prices"], "constant");
  EXPECT_EQ(j["vintage"], "nato-2019");
  EXPECT_EQ(j["membership"], "as-of");
  const auto none = reading_choices_json(claims::ReadingChoices{});
  EXPECT_TRUE(none["years"].empty());
  EXPECT_TRUE(none["method"].is_null());
  EXPECT_TRUE(none["prices"].is_null());
  EXPECT_TRUE(none["vintage"].is_null());
  EXPECT_TRUE(none["membership"].is_null());
}

}  // namespace
}  // namespace fardeau::render

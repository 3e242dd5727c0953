// The embedded edition image holds exactly the values of the CSV it was made from: every
// built-in edition loaded both ways (the CSV by io::load_vintage, the image in place) has
// the same entities, indicators with their units and years, and every value with its flags.
#include "io/edition_image.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <cstring>

#include "embedded_editions.hpp"
#include "io/builtin_reference.hpp"
#include "io/vintage_loader.hpp"

namespace fardeau::io {
namespace {

/// Every (entity, indicator, year) of either panel's span, compared; returns how many
/// values the CSV panel has (each one checked).
std::size_t expect_same_values(const Panel& csv, const Panel& image, const std::string& id) {
  std::size_t compared = 0;
  for (const auto& e : csv.entities())
    for (const auto& ind : csv.indicators())
      for (int y = csv.first_year(); y <= csv.last_year(); ++y) {
        auto a = csv.get(e, ind.id, y);
        auto b = image.get(e, ind.id, y);
        EXPECT_EQ(a.has_value(), b.has_value()) << id << " " << e << " " << ind.id << " " << y;
        if (!a || !b) continue;
        ++compared;
        // Bit for bit: the image stores the double the loader parsed, not a re-rounded one.
        EXPECT_EQ(std::memcmp(&a->value, &b->value, sizeof(double)), 0)
            << id << " " << e << " " << ind.id << " " << y << ": " << a->value << " vs "
            << b->value;
        EXPECT_EQ(a->estimate, b->estimate) << id << " " << e << " " << ind.id << " " << y;
        EXPECT_EQ(a->footnote, b->footnote) << id << " " << e << " " << ind.id << " " << y;
      }
  return compared;
}

TEST(edition_image_test, embedded_image_holds_exactly_the_values_of_every_builtin_csv) {
  auto ids = image_vintage_ids(embedded::edition_image());
  ASSERT_TRUE(ids.ok()) << ids.error().what();
  ASSERT_EQ(ids->size(), builtin_vintages().size());
  std::size_t total = 0, estimates = 0, footnotes = 0;
  for (std::size_t k = 0; k < builtin_vintages().size(); ++k) {
    const VintageInfo& info = builtin_vintages()[k];
    EXPECT_EQ((*ids)[k], info.id);
    auto csv = load_vintage(info, DataSource::embedded());
    ASSERT_TRUE(csv.ok()) << csv.error().what();
    auto image = load_vintage_image(info, embedded::edition_image());
    ASSERT_TRUE(image.ok()) << image.error().what();
    const Panel& a = csv->panel();
    const Panel& b = image->panel();
    EXPECT_EQ(b.entities(), a.entities()) << info.id;
    ASSERT_EQ(b.indicators().size(), a.indicators().size()) << info.id;
    for (std::size_t i = 0; i < a.indicators().size(); ++i) {
      EXPECT_EQ(b.indicators()[i].id, a.indicators()[i].id) << info.id;
      EXPECT_EQ(b.indicators()[i].unit, a.indicators()[i].unit) << info.id;
      EXPECT_EQ(b.year_range(a.indicators()[i].id), a.year_range(a.indicators()[i].id)) << info.id;
    }
    EXPECT_EQ(b.first_year(), a.first_year()) << info.id;
    EXPECT_EQ(b.last_year(), a.last_year()) << info.id;
    ASSERT_EQ(b.size(), a.size()) << info.id;
    const std::size_t compared = expect_same_values(a, b, info.id);
    EXPECT_EQ(compared, a.size()) << info.id;
    total += compared;
    for (const auto& e : a.entities())
      for (const auto& ind : a.indicators())
        for (int y = a.first_year(); y <= a.last_year(); ++y)
          if (auto obs = b.get(e, ind.id, y)) {
            estimates += obs->estimate;
            footnotes += obs->footnote;
          }
  }
  // Every edition compared, and the flags are really exercised (NATO's "e" and '*').
  std::printf("edition image: %zu editions, %zu values, %zu estimates, %zu footnotes\n",
              builtin_vintages().size(), total, estimates, footnotes);
  EXPECT_GT(estimates, 0u);
  EXPECT_GT(footnotes, 0u);
}

TEST(edition_image_test, round_trips_a_panel_and_reads_it_in_place) {
  Panel p;
  ASSERT_TRUE(p.add("SWE", "defexp_pct_gdp", "%", 2024, {2.14, true, false}));
  ASSERT_TRUE(p.add("SWE", "defexp_pct_gdp", "%", 2014, {1.1, false, true}));
  ASSERT_TRUE(p.add("", "milex_usd_m", "million US$", 1950, {-0.0, false, false}));
  ASSERT_TRUE(p.add("FRA", "defexp_pct_gdp", "%", 2020, {2.01, false, false}));
  const std::string image = write_edition_image({{"test-1", &p}, {"test-2", &p}});
  auto ids = image_vintage_ids(image);
  ASSERT_TRUE(ids.ok());
  EXPECT_EQ(*ids, (std::vector<std::string>{"test-1", "test-2"}));
  auto q = read_image_panel(image, "test-2");
  ASSERT_TRUE(q.ok()) << q.error().what();
  EXPECT_EQ(q->size(), 4u);
  EXPECT_EQ(q->entities(), (std::vector<std::string>{"SWE", "", "FRA"}));
  EXPECT_EQ(q->indicators()[1].unit, "million US$");
  EXPECT_EQ(q->first_year(), 1950);
  EXPECT_EQ(q->last_year(), 2024);
  EXPECT_EQ(q->year_range("defexp_pct_gdp"), std::make_pair(2014, 2024));
  EXPECT_DOUBLE_EQ(q->get("SWE", "defexp_pct_gdp", 2024)->value, 2.14);
  EXPECT_TRUE(q->get("SWE", "defexp_pct_gdp", 2024)->estimate);
  EXPECT_TRUE(q->get("SWE", "defexp_pct_gdp", 2014)->footnote);
  EXPECT_TRUE(std::signbit(q->get("", "milex_usd_m", 1950)->value));
  EXPECT_FALSE(q->get("SWE", "defexp_pct_gdp", 2015).has_value());
  EXPECT_FALSE(q->get("FRA", "milex_usd_m", 2020).has_value());
  EXPECT_FALSE(q->get("DEU", "defexp_pct_gdp", 2020).has_value());
  EXPECT_EQ(read_image_panel(image, "test-3").error().code, ErrorCode::not_found);
}

TEST(edition_image_test, a_panel_in_place_takes_new_values_and_refuses_duplicates) {
  Panel p;
  ASSERT_TRUE(p.add("SWE", "defexp_pct_gdp", "%", 2024, {2.14, true, false}));
  const std::string image = write_edition_image({{"t", &p}});
  auto q = read_image_panel(image, "t");
  ASSERT_TRUE(q.ok());
  EXPECT_FALSE(q->add("SWE", "defexp_pct_gdp", "%", 2024, {9.0, false, false}));
  EXPECT_TRUE(q->add("SWE", "defexp_pct_gdp", "%", 2025, {2.5, false, false}));
  EXPECT_EQ(q->size(), 2u);
  EXPECT_DOUBLE_EQ(q->get("SWE", "defexp_pct_gdp", 2024)->value, 2.14);
  EXPECT_DOUBLE_EQ(q->get("SWE", "defexp_pct_gdp", 2025)->value, 2.5);
  EXPECT_EQ(q->year_range("defexp_pct_gdp"), std::make_pair(2024, 2025));
}

TEST(edition_image_test, a_malformed_image_is_a_data_error) {
  Panel p;
  ASSERT_TRUE(p.add("SWE", "defexp_pct_gdp", "%", 2024, {2.14, true, false}));
  const std::string image = write_edition_image({{"t", &p}});
  std::string bad_magic = image;
  bad_magic[0] = 'X';
  std::string bad_version = image;
  bad_version[12] = 9;
  for (const std::string& bad : {std::string(), image.substr(0, 20), bad_magic, bad_version,
                                 image.substr(0, image.size() - 1), image.substr(0, 120)}) {
    auto r = read_image_panel(bad, "t");
    ASSERT_FALSE(r.ok()) << bad.size();
    EXPECT_EQ(r.error().code, ErrorCode::data_error) << r.error().what();
  }
}

}  // namespace
}  // namespace fardeau::io

// The embedded reference image holds exactly what fardeau's loaders read from the CSV it was
// made from (the catalogue: reference/vintages.csv with reference/vintage_measures.csv; the
// allies: nato_members.csv with reference/ally_names_fr.csv and reference/eu_membership.csv),
// every field of every row; and a malformed image is a data_error, never a crash.
#include "io/reference_image.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <cstring>

#include "embedded_editions.hpp"
#include "io/builtin_reference.hpp"
#include "io/members_loader.hpp"
#include "io/vintage_catalogue.hpp"

namespace fardeau::io {
namespace {

// Every field of VintageInfo (io/reference_image.cpp's static_assert names them too).
void expect_same(const VintageInfo& a, const VintageInfo& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.family, b.family) << a.id;
  EXPECT_EQ(a.publisher, b.publisher) << a.id;
  EXPECT_EQ(a.title, b.title) << a.id;
  EXPECT_EQ(a.source_id, b.source_id) << a.id;
  EXPECT_EQ(a.published, b.published) << a.id;
  EXPECT_EQ(a.cutoff, b.cutoff) << a.id;
  EXPECT_EQ(a.definition, b.definition) << a.id;
  EXPECT_EQ(a.price_basis, b.price_basis) << a.id;
  EXPECT_EQ(a.base_year, b.base_year) << a.id;
  EXPECT_EQ(a.files, b.files) << a.id;
  ASSERT_EQ(a.measures.size(), b.measures.size()) << a.id;
  for (std::size_t k = 0; k < a.measures.size(); ++k) {
    EXPECT_EQ(a.measures[k].measure, b.measures[k].measure) << a.id << " " << k;
    EXPECT_EQ(a.measures[k].indicator, b.measures[k].indicator) << a.id << " " << k;
    // Bit for bit: the scale the loader parsed (1e-6 is not exact in binary).
    EXPECT_EQ(std::memcmp(&a.measures[k].scale, &b.measures[k].scale, sizeof(double)), 0)
        << a.id << " " << k;
    EXPECT_EQ(a.measures[k].denominator, b.measures[k].denominator) << a.id << " " << k;
  }
  EXPECT_EQ(a.builtin, b.builtin) << a.id;
  EXPECT_EQ(a.notes, b.notes) << a.id;
}

// Every field of Ally.
void expect_same(const Ally& a, const Ally& b) {
  EXPECT_EQ(a.iso3, b.iso3);
  EXPECT_EQ(a.iso2, b.iso2) << a.iso3;
  EXPECT_EQ(a.nato_code, b.nato_code) << a.iso3;
  EXPECT_EQ(a.name_en, b.name_en) << a.iso3;
  EXPECT_EQ(a.name_fr, b.name_fr) << a.iso3;
  EXPECT_EQ(a.accession_date, b.accession_date) << a.iso3;
  EXPECT_EQ(a.accession_year, b.accession_year) << a.iso3;
  EXPECT_EQ(a.founding_member, b.founding_member) << a.iso3;
  EXPECT_EQ(a.has_armed_forces, b.has_armed_forces) << a.iso3;
  EXPECT_EQ(a.eu_first_year, b.eu_first_year) << a.iso3;
  EXPECT_EQ(a.eu_last_year, b.eu_last_year) << a.iso3;
}

TEST(reference_image_test, embedded_catalogue_is_what_the_loader_reads_from_the_csv) {
  auto csv = load_vintage_catalogue(DataSource::embedded());
  ASSERT_TRUE(csv.ok()) << csv.error().what();
  auto image = embedded_vintage_catalogue();
  ASSERT_TRUE(image.ok()) << image.error().what();
  ASSERT_EQ((*image)->size(), csv->size());
  std::size_t measures = 0, derived = 0;
  for (std::size_t k = 0; k < csv->size(); ++k) {
    expect_same((*csv)[k], (**image)[k]);
    measures += (*csv)[k].measures.size();
    for (const auto& m : (*csv)[k].measures) derived += m.derived();
  }
  // The catalogue as data/reference/ has it: 6 editions, 29 bindings, some derived.
  std::printf("reference image: %zu editions, %zu measure bindings (%zu derived)\n", csv->size(),
              measures, derived);
  EXPECT_EQ(csv->size(), 6u);
  EXPECT_EQ(measures, 29u);
  EXPECT_GT(derived, 0u);
  EXPECT_EQ(builtin_vintages().front().id, kDefaultVintage);
}

TEST(reference_image_test, embedded_allies_are_what_the_loaders_read_from_the_csv) {
  auto csv = load_allies(DataSource::embedded());
  ASSERT_TRUE(csv.ok()) << csv.error().what();
  auto image = embedded_allies();
  ASSERT_TRUE(image.ok()) << image.error().what();
  ASSERT_EQ(image->all().size(), csv->all().size());
  for (std::size_t k = 0; k < csv->all().size(); ++k) expect_same(csv->all()[k], image->all()[k]);
  // 32 allies; the French names and EU membership joined in (not the English defaults).
  EXPECT_EQ(image->all().size(), 32u);
  EXPECT_EQ(image->find("DEU")->name_fr, "Allemagne");
  EXPECT_EQ(image->find("GBR")->eu_last_year, 2019);
  EXPECT_FALSE(image->find("ISL")->has_armed_forces);
}

std::vector<VintageInfo> odd_catalogue() {
  VintageInfo v;
  v.id = "t-1";
  v.family = "nato";
  v.title = "Dépenses de défense \"2026\", 1/2";  // UTF-8, quotes, commas
  v.cutoff = "";                                  // empty fields stay empty
  v.base_year = 0;
  v.files = {"a.csv", "b_c.csv"};
  v.measures = {{Measure::defexp_pct_gdp, "defexp_pct_gdp", 1.0, ""},
                {Measure::population_k, "pop", 1e-3, "gdp"}};
  v.builtin = false;
  v.notes = std::string("line\nbreak\0nul", 15);
  VintageInfo w;
  w.id = "t-2";
  return {v, w};
}

std::vector<Ally> odd_allies() {
  Ally a;
  a.iso3 = "TUR";
  a.name_fr = "Türkiye";
  a.accession_year = 1952;
  a.has_armed_forces = false;
  a.founding_member = true;
  a.eu_first_year = -1;  // ints keep their sign
  a.eu_last_year = 2200;
  return {a, Ally{}};
}

TEST(reference_image_test, round_trips_every_field) {
  const std::string image = write_reference_image(odd_catalogue(), odd_allies());
  auto catalogue = read_image_catalogue(image);
  ASSERT_TRUE(catalogue.ok()) << catalogue.error().what();
  ASSERT_EQ(catalogue->size(), 2u);
  for (std::size_t k = 0; k < 2; ++k) expect_same(odd_catalogue()[k], (*catalogue)[k]);
  auto allies = read_image_allies(image);
  ASSERT_TRUE(allies.ok()) << allies.error().what();
  ASSERT_EQ(allies->size(), 2u);
  for (std::size_t k = 0; k < 2; ++k) expect_same(odd_allies()[k], (*allies)[k]);
  auto empty = write_reference_image({}, {});
  EXPECT_TRUE(read_image_catalogue(empty)->empty());
  EXPECT_TRUE(read_image_allies(empty)->empty());
}

TEST(reference_image_test, a_malformed_image_is_a_data_error_at_every_length_and_byte) {
  const std::string image = write_reference_image(odd_catalogue(), odd_allies());
  auto expect_error_or_ok = [](const std::string& bad, const char* what, std::size_t k) {
    // Either read may succeed (a change the format cannot see, e.g. in a string's bytes),
    // but a failure is always a data_error naming the image.
    auto check = [&](const auto& r) {
      if (r.ok()) return;
      EXPECT_EQ(r.error().code, ErrorCode::data_error) << what << " " << k;
      EXPECT_NE(r.error().what().find("malformed reference image"), std::string::npos);
    };
    check(read_image_catalogue(bad));
    check(read_image_allies(bad));
  };
  // Cut at every length: the allies come last, so any cut fails their read.
  for (std::size_t n = 0; n < image.size(); ++n) {
    const std::string cut = image.substr(0, n);
    expect_error_or_ok(cut, "cut at", n);
    EXPECT_FALSE(read_image_allies(cut).ok()) << "cut at " << n;
  }
  // Every byte set to 0xff: a count or size of four billion is an error, not an allocation.
  for (std::size_t k = 0; k < image.size(); ++k) {
    std::string flipped = image;
    flipped[k] = '\xff';
    expect_error_or_ok(flipped, "byte", k);
  }
  std::string bad_magic = image, bad_version = image;
  bad_magic[0] = 'X';
  bad_version[12] = 9;
  for (const std::string& bad : {bad_magic, bad_version}) {
    EXPECT_EQ(read_image_catalogue(bad).error().code, ErrorCode::data_error);
    EXPECT_EQ(read_image_allies(bad).error().code, ErrorCode::data_error);
  }
}

}  // namespace
}  // namespace fardeau::io

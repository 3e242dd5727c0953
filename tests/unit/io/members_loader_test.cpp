#include "io/members_loader.hpp"

#include <gtest/gtest.h>

#include "io/data_source.hpp"

namespace fardeau::io {
namespace {

TEST(members_loader_test, embedded_members_are_the_32_allies) {
  auto reg = load_allies(DataSource::embedded());
  ASSERT_TRUE(reg.ok()) << reg.error().what();
  EXPECT_EQ(reg->all().size(), 32u);
  // Source: data/nato_members.csv (accession dates of the North Atlantic Treaty's parties).
  EXPECT_EQ(reg->members_in(2018).size(), 29u);
  EXPECT_EQ(reg->members_in(2025).size(), 32u);
  const Ally* isl = reg->find("ISL");
  ASSERT_NE(isl, nullptr);
  EXPECT_FALSE(isl->has_armed_forces);
  EXPECT_EQ(reg->find("SWE")->accession_date, "2024-03-07");
  EXPECT_EQ(reg->find("SWE")->name_fr, "Suède");
  EXPECT_EQ(reg->find("EL")->iso3, "GRC");
}

TEST(members_loader_test, bad_rows_are_located) {
  const std::string header =
      "iso3,iso2,eurostat_code,country,accession_date,accession_year,founding_member,"
      "has_armed_forces,note\n";
  auto r = load_members_csv(header + "FRAN,FR,FR,France,1949-04-04,1949,1,1,\n", "m.csv");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().where, "m.csv:2:1");
  r = load_members_csv(header + "FRA,FR,FR,France,1949-04-04,nineteen,1,1,\n", "m.csv");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().where, "m.csv:2:6");
  r = load_members_csv("iso3,iso2\nFRA,FR\n", "m.csv");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("eurostat_code"), std::string::npos);
}

}  // namespace
}  // namespace fardeau::io

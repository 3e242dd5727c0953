#include "core/ally.hpp"

#include <gtest/gtest.h>

namespace fardeau {
namespace {

AllyRegistry sample() {
  Ally gbr{"GBR", "GB", "UK", "United Kingdom", "Royaume-Uni", "1949-04-04", 1949, true, true};
  Ally mne{"MNE", "ME", "ME", "Montenegro", "Monténégro", "2017-06-05", 2017, false, true};
  Ally isl{"ISL", "IS", "IS", "Iceland", "Islande", "1949-04-04", 1949, true, false};
  return AllyRegistry({gbr, mne, isl});
}

TEST(ally_test, finds_by_any_code_or_name_case_insensitively) {
  auto reg = sample();
  EXPECT_EQ(reg.find("gbr")->iso3, "GBR");
  EXPECT_EQ(reg.find("UK")->iso3, "GBR");
  EXPECT_EQ(reg.find("gb")->iso3, "GBR");
  EXPECT_EQ(reg.find("royaume-uni")->iso3, "GBR");
  EXPECT_EQ(reg.find("Monténégro")->iso3, "MNE");
  EXPECT_EQ(reg.find("Atlantis"), nullptr);
}

TEST(ally_test, resolve_error_lists_valid_codes) {
  auto r = sample().resolve("XXX");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::not_found);
  EXPECT_NE(r.error().message.find("GBR ISL MNE"), std::string::npos) << r.error().message;
}

TEST(ally_test, membership_counts_from_accession_year) {
  auto reg = sample();
  EXPECT_EQ(reg.members_in(2016).size(), 2u);
  EXPECT_EQ(reg.members_in(2017).size(), 3u);
}

// The French names of the 32 allies come from data/reference/ally_names_fr.csv: see
// tests/unit/io/reference_tables_test.cpp (all_32_french_names).

}  // namespace
}  // namespace fardeau

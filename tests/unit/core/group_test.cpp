#include "core/group.hpp"

#include <algorithm>

#include <gtest/gtest.h>

namespace fardeau {
namespace {

// EU years as in data/reference/eu_membership.csv (France 1958, the United Kingdom
// 1973-2019, Sweden from 1995; Norway never).
AllyRegistry sample() {
  return AllyRegistry(
      {{"USA", "US", "US", "United States", "États-Unis", "1949-04-04", 1949, true, true},
       {"CAN", "CA", "CA", "Canada", "Canada", "1949-04-04", 1949, true, true},
       {"GBR", "GB", "UK", "United Kingdom", "Royaume-Uni", "1949-04-04", 1949, true, true, 1973,
        2019},
       {"FRA", "FR", "FR", "France", "France", "1949-04-04", 1949, true, true, 1958},
       {"NOR", "NO", "NO", "Norway", "Norvège", "1949-04-04", 1949, true, true},
       {"SWE", "SE", "SE", "Sweden", "Suède", "2024-03-07", 2024, false, true, 1995}});
}

std::vector<std::string> codes(const std::vector<const Ally*>& v) {
  std::vector<std::string> out;
  for (const Ally* a : v) out.push_back(a->iso3);
  return out;
}

TEST(group_test, builtin_groups_resolve_as_of_year) {
  auto reg = sample();
  auto g = [&](const char* id) { return *parse_group(id, reg); };
  using V = std::vector<std::string>;
  EXPECT_EQ(codes(resolve_group(g("nato"), reg, 2023, Membership::as_of)),
            (V{"CAN", "FRA", "GBR", "NOR", "USA"}));
  EXPECT_EQ(codes(resolve_group(g("nato"), reg, 2024, Membership::as_of)).size(), 6u);
  EXPECT_EQ(codes(resolve_group(g("europe-canada"), reg, 2024, Membership::as_of)),
            (V{"CAN", "FRA", "GBR", "NOR", "SWE"}));
  EXPECT_EQ(codes(resolve_group(g("european-allies"), reg, 2023, Membership::as_of)),
            (V{"FRA", "GBR", "NOR"}));
  EXPECT_EQ(codes(resolve_group(g("nato"), reg, 2000, Membership::current)).size(), 6u);
}

TEST(group_test, eu_follows_accession_and_brexit) {
  auto reg = sample();
  auto eu = *parse_group("eu", reg);
  using V = std::vector<std::string>;
  EXPECT_EQ(codes(resolve_group(eu, reg, 2019, Membership::as_of)), (V{"FRA", "GBR"}));
  EXPECT_EQ(codes(resolve_group(eu, reg, 2020, Membership::as_of)), (V{"FRA"}));
  EXPECT_EQ(codes(resolve_group(eu, reg, 2024, Membership::as_of)), (V{"FRA", "SWE"}));
  EXPECT_EQ(codes(resolve_group(eu, reg, 1994, Membership::current)), (V{"FRA", "GBR"}));
  EXPECT_FALSE(reg.find("NOR")->eu_member_in(2024));
  // Croatia 2013 and every other ally's dates, from the embedded table:
  // tests/unit/io/reference_tables_test.cpp (eu_membership_of_every_ally_in_every_year).
}

TEST(group_test, custom_lists_accept_codes_and_names) {
  auto reg = sample();
  auto g = parse_group("fra, United Kingdom,SE", reg);
  ASSERT_TRUE(g.ok());
  EXPECT_EQ(g->id, GroupId::custom);
  EXPECT_EQ(to_string(g->id), "custom");
  EXPECT_EQ(g->label(), "FRA,GBR,SWE");
  EXPECT_EQ(resolve_group(*g, reg, 2023, Membership::as_of).size(), 2u);
}

TEST(group_test, unknown_group_names_what_is_valid) {
  auto reg = sample();
  auto g = parse_group("europe", reg);
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(g.error().code, ErrorCode::not_found);
  EXPECT_EQ(g.error().where, "--group");
  EXPECT_NE(g.error().message.find("europe-canada"), std::string::npos);
  EXPECT_FALSE(parse_group("FRA,,GBR", reg).ok());
}

TEST(group_test, group_ids_round_trip_through_their_names) {
  auto reg = sample();
  for (GroupId id :
       {GroupId::nato, GroupId::europe_canada, GroupId::european_allies, GroupId::eu}) {
    const std::string_view name = to_string(id);
    EXPECT_EQ(builtin_group_id(name), id) << name;
    auto g = parse_group(name, reg);
    ASSERT_TRUE(g.ok()) << name;
    EXPECT_EQ(g->id, id);
    EXPECT_EQ(g->label(), name);
    ASSERT_NE(group_info(id), nullptr);
    EXPECT_EQ(group_info(id)->id, name);
  }
  EXPECT_EQ(to_string(GroupId::custom), "custom");
  EXPECT_EQ(builtin_group_id("custom"), std::nullopt);
  EXPECT_EQ(builtin_group_id("europe"), std::nullopt);
  EXPECT_EQ(group_info(GroupId::custom), nullptr);
}

// The reference ally and Canada in each group, for a year (2023): by id, not by name.
TEST(group_test, reference_ally_and_canada_in_each_group) {
  auto reg = sample();
  const Ally& usa = *reg.find(kReferenceAllyIso3);
  const Ally& can = *reg.find(kCanadaIso3);
  EXPECT_EQ(usa.iso3, "USA");
  EXPECT_EQ(can.iso3, "CAN");
  struct Expect {
    GroupId id;
    bool usa, can;
  };
  for (auto [id, with_usa, with_can] :
       {Expect{GroupId::nato, true, true}, Expect{GroupId::europe_canada, false, true},
        Expect{GroupId::european_allies, false, false}, Expect{GroupId::eu, false, false},
        Expect{GroupId::custom, false, false}}) {
    SCOPED_TRACE(std::string(to_string(id)));
    EXPECT_EQ(in_builtin_group(id, usa, 2023), with_usa);
    EXPECT_EQ(in_builtin_group(id, can, 2023), with_can);
    auto members = codes(resolve_group(GroupSpec{id, {}}, reg, 2023, Membership::as_of));
    EXPECT_EQ(std::count(members.begin(), members.end(), "USA"), with_usa ? 1 : 0);
    EXPECT_EQ(std::count(members.begin(), members.end(), "CAN"), with_can ? 1 : 0);
  }
  // France is in the EU in 2023, Norway never: the one group that depends on the year.
  EXPECT_TRUE(in_builtin_group(GroupId::eu, *reg.find("FRA"), 2023));
  EXPECT_FALSE(in_builtin_group(GroupId::eu, *reg.find("NOR"), 2023));
  EXPECT_FALSE(in_builtin_group(GroupId::eu, *reg.find("SWE"), 1994));
}

TEST(group_test, membership_parses_two_values) {
  EXPECT_EQ(*parse_membership("as-of"), Membership::as_of);
  EXPECT_EQ(*parse_membership("current"), Membership::current);
  EXPECT_FALSE(parse_membership("asof").ok());
}

}  // namespace
}  // namespace fardeau

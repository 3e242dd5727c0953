// The embedded reference tables (data/reference/) say what the code said before they moved
// there (former_reference_tables.inc, copied from commit bd4061e), so that every output
// stays byte-identical: all 32 French names, EU membership of every ally in every year
// (the United Kingdom leaving in 2020, Croatia joining in 2013), every spelling the
// workbook importers accepted, every field of the catalogue of editions.
#include <gtest/gtest.h>

#include <array>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "core/vintage.hpp"
#include "io/builtin_reference.hpp"
#include "io/country_names.hpp"
#include "io/data_source.hpp"
#include "io/members_loader.hpp"
#include "io/nato_workbook.hpp"
#include "io/sipri_workbook.hpp"

namespace fardeau::io {
namespace {
namespace former {
#include "former_reference_tables.inc"
}  // namespace former

AllyRegistry embedded_allies() {
  auto reg = load_allies(DataSource::embedded());
  EXPECT_TRUE(reg.ok()) << reg.error().what();
  return reg.ok() ? std::move(*reg) : AllyRegistry();
}

// NATO's French names (nato.int/fr), as core/ally.cpp had them.
TEST(reference_tables_test, all_32_french_names) {
  const AllyRegistry reg = embedded_allies();
  ASSERT_EQ(reg.all().size(), former::kFrenchNames.size());
  for (const auto& [iso3, name] : former::kFrenchNames) {
    const Ally* a = reg.find(iso3);
    ASSERT_NE(a, nullptr) << iso3;
    EXPECT_EQ(a->name_fr, name) << iso3;
  }
  EXPECT_EQ(reg.find("USA")->name_fr, "États-Unis");
  EXPECT_EQ(reg.find("MKD")->name_fr, "Macédoine du Nord");
  EXPECT_EQ(reg.find("XXX"), nullptr);
}

// The EU rule of core/group.cpp: a state counts from its year of entry (EEC founders 1958,
// Croatia 1 July 2013) to its last year (the United Kingdom left on 31 January 2020: 2019).
TEST(reference_tables_test, eu_membership_of_every_ally_in_every_year) {
  auto former_member = [](std::string_view iso3, int year) {
    if (iso3 == former::kCroatia.iso3) return year >= former::kCroatia.from;
    for (const auto& s : former::kEu)
      if (s.iso3 == iso3) return year >= s.from && year <= s.to;
    return false;
  };
  const AllyRegistry reg = embedded_allies();
  ASSERT_EQ(reg.all().size(), 32u);
  for (const Ally& a : reg.all())
    for (int year = 1949; year <= 2040; ++year)
      EXPECT_EQ(a.eu_member_in(year), former_member(a.iso3, year)) << a.iso3 << " " << year;
  const Ally* gbr = reg.find("GBR");
  EXPECT_TRUE(gbr->eu_member_in(2019));
  EXPECT_FALSE(gbr->eu_member_in(2020));
  EXPECT_TRUE(reg.find("HRV")->eu_member_in(2013));
  EXPECT_FALSE(reg.find("HRV")->eu_member_in(2012));
  EXPECT_FALSE(reg.find("NOR")->eu_member_in(2024));
  EXPECT_TRUE(reg.find("SWE")->eu_member_in(1995));
  EXPECT_FALSE(reg.find("SWE")->eu_member_in(1994));
}

TEST(reference_tables_test, every_nato_label_the_importer_accepted) {
  auto names = embedded_country_names("nato");
  ASSERT_TRUE(names.ok()) << names.error().what();
  EXPECT_EQ((*names)->size(), std::size(former::kNatoLabels));
  for (const auto& e : former::kNatoLabels) {
    auto code = nato_iso3(e.label);
    ASSERT_TRUE(code.has_value()) << e.label;
    EXPECT_EQ(*code, e.iso3) << e.label;
  }
}

// Every SIPRI name but one: "Country Name" -> "Country Code" was the header row of the
// World Bank's name list, taken for a country when the table was generated (a bug: a row
// so named would have been imported as the entity "Country Code"); it is now unknown.
TEST(reference_tables_test, every_sipri_name_the_importer_accepted) {
  auto names = embedded_country_names("sipri");
  ASSERT_TRUE(names.ok()) << names.error().what();
  EXPECT_EQ((*names)->size(), std::size(former::kSipriNames) - 1);
  for (const auto& n : former::kSipriNames) {
    auto code = sipri_iso3(n.name);
    if (n.name == "Country Name") {
      EXPECT_FALSE(code.has_value());
      continue;
    }
    ASSERT_TRUE(code.has_value()) << n.name;
    EXPECT_EQ(*code, n.iso3) << n.name;
  }
  EXPECT_EQ(sipri_iso3("Yemen, North").value(), "");  // known, no code (as in the CSV)
}

TEST(reference_tables_test, every_field_of_the_catalogue) {
  const auto& was = former::former_vintages();
  const auto& now = builtin_vintages();
  ASSERT_EQ(now.size(), was.size());
  // Every field, as a tuple (gtest prints the two when they differ).
  auto fields = [](const VintageInfo& v) {
    return std::tie(v.id, v.family, v.publisher, v.title, v.source_id, v.published, v.cutoff,
                    v.definition, v.price_basis, v.base_year, v.files, v.builtin, v.notes);
  };
  auto binding = [](const MeasureBinding& m) {
    return std::tie(m.measure, m.indicator, m.scale, m.denominator);  // scale exactly: 1e-6
  };
  for (std::size_t k = 0; k < was.size(); ++k) {
    SCOPED_TRACE(was[k].id);
    EXPECT_EQ(fields(now[k]), fields(was[k]));
    ASSERT_EQ(now[k].measures.size(), was[k].measures.size());
    for (std::size_t m = 0; m < was[k].measures.size(); ++m)
      EXPECT_EQ(binding(now[k].measures[m]), binding(was[k].measures[m])) << m;
  }
}

}  // namespace
}  // namespace fardeau::io

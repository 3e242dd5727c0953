// A 33rd ally and a new edition by adding data rows only, no code change (docs/data.md,
// "Adding an ally or an edition"): a --data folder that is the real data/ (its files linked)
// plus a made-up ally, Atlantis (XAT: ISO 3166 leaves X.. codes to users), in
// nato_members.csv, reference/ally_names_fr.csv and reference/eu_membership.csv, and a
// made-up edition, test-2027, in reference/vintages.csv and reference/vintage_measures.csv
// with its own long CSV. Every value of the made-up edition is invented for the test (its
// French row included); the built-in editions are the real ones, read from the same folder.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

#include "io/data_source.hpp"
#include "service/engine.hpp"

namespace fardeau::service {
namespace {

namespace fs = std::filesystem;

void append(const fs::path& file, const std::string& rows) {
  std::ofstream out(file, std::ios::app | std::ios::binary);
  out << rows;
  ASSERT_TRUE(out.good()) << file;
}

/// data/ linked file by file into a fresh folder, the tables to extend copied.
fs::path data_copy(const std::string& name) {
  const fs::path src = fs::path(FARDEAU_SOURCE_DIR) / "data";
  const fs::path dir = fs::path(FARDEAU_BINARY_DIR) / "tests" / name;
  fs::remove_all(dir);
  fs::create_directories(dir / "reference");
  for (const auto& e : fs::directory_iterator(src))
    if (e.path().extension() == ".csv") fs::create_symlink(e.path(), dir / e.path().filename());
  fs::remove(dir / "nato_members.csv");
  fs::copy_file(src / "nato_members.csv", dir / "nato_members.csv");
  for (const auto& e : fs::directory_iterator(src / "reference"))
    fs::copy_file(e.path(), dir / "reference" / e.path().filename());
  return dir;
}

const std::string kLongHeader =
    "iso3,country,year,indicator,unit,value,is_estimate,source,vintage\n";

TEST(new_ally_edition_test, a_33rd_ally_and_a_new_edition_by_data_rows_only) {
  const fs::path dir = data_copy("data-new-ally");
  append(dir / "nato_members.csv",
         "XAT,XA,XA,Atlantis,2027-01-01,2027,0,1,made up for tests/unit/service\n");
  append(dir / "reference" / "ally_names_fr.csv", "XAT,Atlantide\n");
  append(dir / "reference" / "eu_membership.csv", "XAT,Atlantis,2027-01-01,2027,,\n");
  append(dir / "reference" / "vintages.csv",
         "test-2027,nato,Test publisher,Test edition (2026-2027),TEST_2027,2027-07,2027-07-01,"
         "test definition,current US dollars,0,test_2027_edition_long.csv,made up for a test\n");
  append(dir / "reference" / "vintage_measures.csv",
         "test-2027,defexp_pct_gdp,defexp_pct_gdp,1,\n"
         "test-2027,defexp_usd_current_m,defexp_usd_current_m,1,\n");
  std::ofstream(dir / "test_2027_edition_long.csv", std::ios::binary)
      << kLongHeader
      << "FRA,France,2026,defexp_pct_gdp,% of GDP,2.05,1,TEST_2027,2027-07\n"
         "FRA,France,2027,defexp_pct_gdp,% of GDP,2.05,1,TEST_2027,2027-07\n"
         "XAT,Atlantis,2027,defexp_pct_gdp,% of GDP,2.5,1,TEST_2027,2027-07\n"
         "XAT,Atlantis,2027,defexp_usd_current_m,million US dollars,1000,1,TEST_2027,2027-07\n";

  const Engine engine(io::DataSource::directory(dir.string()));
  auto reg = engine.allies();
  ASSERT_TRUE(reg.ok()) << reg.error().what();
  EXPECT_EQ((*reg)->all().size(), 33u);
  EXPECT_EQ((*reg)->members_in(2026).size(), 32u);
  EXPECT_EQ((*reg)->members_in(2027).size(), 33u);
  const Ally* xat = (*reg)->find("Atlantide");
  ASSERT_NE(xat, nullptr);
  EXPECT_EQ(xat->iso3, "XAT");
  EXPECT_EQ(xat->name_fr, "Atlantide");
  EXPECT_TRUE(xat->eu_member_in(2027));

  auto infos = engine.builtin_infos();
  ASSERT_TRUE(infos.ok()) << infos.error().what();
  ASSERT_EQ((*infos)->size(), 7u);
  EXPECT_EQ((*infos)->back().id, "test-2027");
  EXPECT_EQ((*infos)->back().citation(),
            "Test publisher, Test edition (2026-2027), published 2027-07 (data cut-off "
            "2027-07-01) [test-2027]");

  ComplianceQuery q;
  q.scope.vintage = "test-2027";
  q.group = "eu";
  auto c = engine.compliance(q);
  ASSERT_TRUE(c.ok()) << c.error().what();
  EXPECT_EQ(c->gdp.year, 2027);  // the edition's last year
  EXPECT_EQ(c->gdp.reporting, 2);
  EXPECT_EQ(c->gdp.meeting, (std::vector<std::string>{"XAT", "FRA"}));
  q.year = 2026;
  c = engine.compliance(q);
  ASSERT_TRUE(c.ok()) << c.error().what();
  EXPECT_EQ(std::count_if(c->gdp.rows.begin(), c->gdp.rows.end(),
                          [](const auto& r) { return r.ally->iso3 == "XAT"; }),
            0);  // not a member before 2027

  SeriesQuery s;
  s.scope.vintage = "test-2027";
  s.entity = "XAT";
  s.indicator = "defexp_usd_current";
  auto series = engine.series(s);
  ASSERT_TRUE(series.ok()) << series.error().what();
  EXPECT_EQ(series->entity_name_fr, "Atlantide");
  ASSERT_EQ(series->points.size(), 1u);
  EXPECT_EQ(series->points[0].year, 2027);
  EXPECT_EQ(series->points[0].obs.value, 1000.0);

  // The built-in editions still answer from the same folder.
  auto d = engine.dataset("nato-2026");
  ASSERT_TRUE(d.ok()) << d.error().what();
  EXPECT_EQ((*d)->panel().size(), 6273u);  // data/README.md: 6,273 rows
}

}  // namespace
}  // namespace fardeau::service

// The store API on small panels: round trip, duplicate files, id clashes, removal, and
// the read-only SQL view.
#include "io/store.hpp"

#include <gtest/gtest.h>

#include <unistd.h>
#include <filesystem>

#include "io/edition_import.hpp"
#include "io/sql_query.hpp"

namespace fardeau::io {
namespace {

namespace fs = std::filesystem;

struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "fardeau-store-XXXXXX").string();
    path = mkdtemp(tmpl.data());
  }
  ~TempDir() { fs::remove_all(path); }
};

StoredVintage meta(const std::string& id, const std::string& sha) {
  StoredVintage m;
  m.info.id = id;
  m.info.family = "nato";
  m.info.publisher = "NATO";
  m.info.title = "test";
  m.info.base_year = 2021;
  m.source_format = "nato";
  m.file_name = "f.xlsx";
  m.file_sha256 = sha;
  return m;
}

Panel small_panel() {
  Panel p;
  // Values of data/nato_2025_release_pct_gdp_long.csv (NATO, Defence Expenditure of NATO
  // Countries 2014-2025, Table 3): Albania 2024 1.70e and 2023 1.75, Poland 2024 3.79e.
  p.add("ALB", "defexp_pct_gdp", "% of GDP", 2024, {1.7, true});
  p.add("POL", "defexp_pct_gdp", "% of GDP", 2024, {3.788951289, true});
  p.add("ALB", "defexp_pct_gdp", "% of GDP", 2023, {1.75, false});
  return p;
}

TEST(store_test, insert_then_load_gives_the_same_values_and_bindings) {
  TempDir dir;
  auto path = (dir.path / "sub" / "store.sqlite").string();
  auto s = Store::open(path, StoreMode::read_write);
  ASSERT_TRUE(s.ok()) << s.error().what();
  auto m = meta("nato-2025-import", "aa");
  m.info.measures = bind_measures(small_panel(), 2021);
  auto out = s->insert(m, small_panel());
  ASSERT_TRUE(out.ok()) << out.error().what();
  EXPECT_TRUE(out->inserted);
  EXPECT_EQ(out->stored.row_count, 3);
  auto d = s->load("nato-2025-import");
  ASSERT_TRUE(d.ok()) << d.error().what();
  EXPECT_FALSE(d->info().builtin);
  EXPECT_EQ(d->panel().size(), 3u);
  EXPECT_EQ(d->get("ALB", Measure::defexp_pct_gdp, 2024)->value, 1.7);
  EXPECT_TRUE(d->get("ALB", Measure::defexp_pct_gdp, 2024)->estimate);
  EXPECT_FALSE(d->get("ALB", Measure::defexp_pct_gdp, 2023)->estimate);
  // A read-only connection sees it too.
  auto r = Store::open(path, StoreMode::read);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->list()->size(), 1u);
}

TEST(store_test, same_file_twice_inserts_nothing) {
  TempDir dir;
  auto s = Store::open((dir.path / "s.sqlite").string(), StoreMode::read_write);
  ASSERT_TRUE(s.ok());
  ASSERT_TRUE(s->insert(meta("a", "sha1"), small_panel()).ok());
  auto again = s->insert(meta("b", "sha1"), small_panel());
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again->inserted);
  EXPECT_EQ(again->stored.info.id, "a");
  EXPECT_EQ(s->list()->size(), 1u);
}

TEST(store_test, an_id_used_by_another_file_is_refused_naming_id) {
  TempDir dir;
  auto s = Store::open((dir.path / "s.sqlite").string(), StoreMode::read_write);
  ASSERT_TRUE(s->insert(meta("a", "sha1"), small_panel()).ok());
  auto clash = s->insert(meta("a", "sha2"), small_panel());
  ASSERT_FALSE(clash.ok());
  EXPECT_EQ(clash.error().where, "--id");
  EXPECT_EQ(s->list()->size(), 1u);
}

TEST(store_test, remove_deletes_the_edition_and_its_values) {
  TempDir dir;
  auto path = (dir.path / "s.sqlite").string();
  auto s = Store::open(path, StoreMode::read_write);
  ASSERT_TRUE(s->insert(meta("a", "sha1"), small_panel()).ok());
  ASSERT_TRUE(s->insert(meta("b", "sha2"), small_panel()).ok());
  ASSERT_TRUE(s->remove("a").ok());
  EXPECT_FALSE(s->find("a")->has_value());
  auto t = query_observations("SELECT count(*) AS n FROM observations", {}, path);
  ASSERT_TRUE(t.ok()) << t.error().what();
  EXPECT_EQ(std::get<std::int64_t>(t->rows.at(0).at(0)), 3);  // only b's values remain
  auto missing = s->remove("a");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::not_found);
}

TEST(store_test, read_mode_on_a_missing_file_is_not_found_and_creates_nothing) {
  TempDir dir;
  auto path = (dir.path / "none.sqlite").string();
  auto s = Store::open(path, StoreMode::read);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::not_found);
  EXPECT_FALSE(fs::exists(path));
}

TEST(store_test, a_file_that_is_not_a_store_is_a_data_error) {
  TempDir dir;
  auto path = (dir.path / "other.sqlite").string();
  {
    auto s = Store::open(path, StoreMode::read_write);
    ASSERT_TRUE(s.ok());
  }
  // An empty SQLite file without our schema.
  auto other = (dir.path / "plain.txt").string();
  {
    std::FILE* f = std::fopen(other.c_str(), "w");
    std::fputs("hello", f);
    std::fclose(f);
  }
  auto s = Store::open(other, StoreMode::read);
  ASSERT_FALSE(s.ok());
}

TEST(store_test, sql_refuses_writes_and_second_statements) {
  TempDir dir;
  auto path = (dir.path / "s.sqlite").string();
  {
    auto s = Store::open(path, StoreMode::read_write);
    ASSERT_TRUE(s->insert(meta("a", "sha1"), small_panel()).ok());
  }
  for (const char* bad : {"DELETE FROM observations", "INSERT INTO stored_observations VALUES(1)",
                          "DROP TABLE vintages", "PRAGMA query_only=0", "ATTACH 'x' AS y",
                          "SELECT 1; DELETE FROM stored_observations",
                          "WITH x AS (SELECT 1) DELETE FROM stored_observations",
                          "SELECT * FROM store.vintages; SELECT 1", ""}) {
    auto t = query_observations(bad, {}, path);
    ASSERT_FALSE(t.ok()) << bad;
    EXPECT_EQ(t.error().where, "sql") << bad;
    EXPECT_EQ(t.error().code, ErrorCode::invalid_argument) << bad;
  }
  auto t = query_observations(
      "  -- total\n SELECT iso3, value FROM observations WHERE year = 2024 "
      "ORDER BY iso3;",
      {}, path);
  ASSERT_TRUE(t.ok()) << t.error().what();
  ASSERT_EQ(t->rows.size(), 2u);
  EXPECT_EQ(std::get<std::string>(t->rows[0][0]), "ALB");
  EXPECT_EQ(std::get<double>(t->rows[0][1]), 1.7);
  EXPECT_EQ(std::get<double>(t->rows[1][1]), 3.788951289);
}

TEST(store_test, import_ids_are_checked) {
  EXPECT_TRUE(check_import_id("nato-2027-import").ok());
  EXPECT_FALSE(check_import_id("nato-2026").ok());  // built-in
  EXPECT_FALSE(check_import_id("Nato").ok());
  EXPECT_FALSE(check_import_id("-x").ok());
  EXPECT_FALSE(check_import_id("").ok());
  EXPECT_EQ(check_import_id("sipri-2025").error().where, "--id");
}

}  // namespace
}  // namespace fardeau::io

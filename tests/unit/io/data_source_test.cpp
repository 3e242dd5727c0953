#include "io/data_source.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "io/builtin_reference.hpp"
#include "io/vintage_loader.hpp"

namespace fardeau::io {
namespace {

TEST(data_source_test, every_builtin_vintage_file_is_embedded_and_loads) {
  for (const auto& v : builtin_vintages()) {
    auto d = load_vintage(v, DataSource::embedded());
    ASSERT_TRUE(d.ok()) << v.id << ": " << d.error().what();
    EXPECT_GT(d->panel().size(), 300u) << v.id;
  }
}

TEST(data_source_test, embedded_bytes_equal_the_committed_files) {
  std::ifstream in(std::string(FARDEAU_SOURCE_DIR) + "/data/nato_2026_edition_long.csv",
                   std::ios::binary);
  std::string file((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(DataSource::embedded().read("nato_2026_edition_long.csv")->view(), file);
}

TEST(data_source_test, directory_source_reads_files_and_names_missing_ones) {
  auto dir = DataSource::directory(std::string(FARDEAU_SOURCE_DIR) + "/data");
  EXPECT_TRUE(dir.read("nato_members.csv").ok());
  auto missing = DataSource::directory("/nonexistent-dir").read("nato_members.csv");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::io_error);
  EXPECT_EQ(missing.error().where, "/nonexistent-dir/nato_members.csv");
}

TEST(data_source_test, vintage_row_counts_match_the_files) {
  // data/README.md: 6,273 rows in the 2026 edition, 363 in the 2025 release.
  EXPECT_EQ(load_vintage(builtin_vintages()[0], DataSource::embedded())->panel().size(), 6273u);
  EXPECT_EQ(load_vintage(builtin_vintages()[1], DataSource::embedded())->panel().size(), 363u);
}

}  // namespace
}  // namespace fardeau::io

// Replays the inputs kept from fuzzing fuzz/xlsx_reader_fuzz.cpp (tests/fixtures/fuzz/xlsx/,
// see its README.md), through the same code the fuzz target runs: each must return
// normally. Under the asan preset this also checks them for memory errors.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "support/xlsx_fuzz_input.hpp"

namespace fardeau::io {
namespace {

const std::filesystem::path kDir =
    std::filesystem::path(FARDEAU_SOURCE_DIR) / "tests/fixtures/fuzz/xlsx";

TEST(xlsx_fuzz_replay_test, kept_inputs_return_normally) {
  ASSERT_TRUE(std::filesystem::is_directory(kDir)) << kDir;
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(kDir))
    if (e.is_regular_file() && e.path().filename() != "README.md") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty());
  for (const auto& f : files) {
    SCOPED_TRACE(f.filename().string());
    std::ifstream in(f, std::ios::binary);
    std::string input((std::istreambuf_iterator<char>(in)), {});
    auto bytes = testing::xlsx_from_fuzz_input(input);
    ASSERT_TRUE(bytes.has_value());
    (void)testing::exercise_xlsx(*bytes);
  }
  RecordProperty("inputs", std::to_string(files.size()));
}

}  // namespace
}  // namespace fardeau::io

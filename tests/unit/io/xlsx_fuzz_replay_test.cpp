// Replays the inputs kept from fuzzing fuzz/xlsx_reader_fuzz.cpp (tests/fixtures/fuzz/xlsx/):
// each once crashed, hung or leaked, or is a seed worth keeping. Whatever the result, the
// reader and both importers must return (a value or an Error) without crashing; under the
// asan preset this also checks for memory errors.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "io/nato_workbook.hpp"
#include "io/sipri_workbook.hpp"
#include "io/xlsx_reader.hpp"

namespace fardeau::io {
namespace {

const std::filesystem::path kDir =
    std::filesystem::path(FARDEAU_SOURCE_DIR) / "tests/fixtures/fuzz/xlsx";

/// What the fuzz target does with one input.
void exercise(const std::string& bytes, const std::string& name) {
  XlsxLimits limits;
  limits.max_part_bytes = 4 << 20;  // as in the fuzz target
  auto book = XlsxReader::open_bytes(bytes, name, limits);
  if (!book) {
    EXPECT_FALSE(book.error().message.empty()) << name;
    return;
  }
  for (const std::string& s : book->sheet_names()) {
    auto sheet = book->read_sheet(s);
    if (!sheet) continue;
    for (std::uint32_t r = 0; r < std::min(sheet->row_count(), 64u); ++r)
      for (std::uint32_t c = 0; c < std::min(sheet->column_count(), 64u); ++c)
        (void)sheet->merged_at(r, c);
  }
  (void)import_sipri_workbook(*book);
  (void)import_nato_workbook(*book);
}

TEST(xlsx_fuzz_replay_test, kept_inputs_do_not_crash) {
  ASSERT_TRUE(std::filesystem::is_directory(kDir)) << kDir;
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(kDir))
    if (e.is_regular_file() && e.path().filename() != "README.md") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty());
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), {});
    SCOPED_TRACE(f.filename().string());
    exercise(bytes, f.filename().string());
  }
  RecordProperty("inputs", std::to_string(files.size()));
}

}  // namespace
}  // namespace fardeau::io

// What an importer found in a file and what it left out, for `fardeau import --dry-run`
// and for the warnings of a normal import: the sheets, the blocks of values with their
// series and price base, and every row or cell skipped, with where and why. Importers
// fill it as they read; nothing in it changes what is imported.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace fardeau::io {

/// One sheet of a workbook and what became of it.
struct FoundSheet {
  std::string name;       ///< as Excel shows it ("TABLE1", "Table 1")
  std::string table;      ///< the table it holds ("1", "8a"), empty when none
  bool imported = false;  ///< its values are in the edition
  std::string note;       ///< why not, or what it holds ("not a NATO table")
};

/// One block of values: one series of one table.
struct FoundBlock {
  std::string sheet;
  std::string title;      ///< the block title that named the series ("Current prices")
  std::string where;      ///< the title's cell ("file.xlsx:'TABLE1'!B11")
  std::string indicator;  ///< "defexp_usd_const2015_m"
  std::string unit;
  int base_year = 0;     ///< price base of a constant-price series, 0 otherwise
  std::size_t rows = 0;  ///< ally and aggregate rows
  std::size_t values = 0;
  int first_year = 0, last_year = 0;
  std::vector<int> estimate_years;  ///< years whose header carries NATO's "e"
};

/// A row or cell that was read and deliberately not imported.
struct SkippedCell {
  std::string where;  ///< "file.xlsx:'TABLE1'!C43"
  std::string why;    ///< "'#REF!' row skipped"
};

struct ImportReport {
  std::vector<FoundSheet> sheets;
  std::vector<FoundBlock> blocks;
  std::vector<SkippedCell> skipped;
};

}  // namespace fardeau::io

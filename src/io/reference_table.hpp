// What the reference tables of data/reference/ share (French names, EU membership, the
// publishers' spellings, the edition catalogue): columns found by name, and every bad
// field reported as file:row:column with what was found and what is valid.
#pragma once
#include <cstddef>
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "io/csv_header.hpp"
#include "io/csv_reader.hpp"

namespace fardeau::io {

class ReferenceTable {
 public:
  /// The header of `text` (named `name` in errors; `text` must outlive the table) with the
  /// columns `columns`, found by name; other columns are ignored.
  static Result<ReferenceTable> open(std::string_view text, const std::string& name,
                                     std::initializer_list<std::string_view> columns);

  /// The next row; Ok(false) at the end.
  Result<bool> next();
  /// The current row's field in the k-th column named at open().
  const std::string& field(std::size_t k) const { return row_[cols_[k]]; }
  /// A data_error at the current row and the k-th column: "<column> '<field>' <problem>".
  Error invalid(std::size_t k, std::string_view problem) const;
  /// "file:row" of the current row.
  Location where() const { return reader_.where(); }

  /// The field, which must not be empty.
  Result<std::string> text(std::size_t k) const;
  /// An ISO 3166-1 alpha-3 code: three capital letters.
  Result<std::string> iso3(std::size_t k) const;
  /// A date YYYY-MM-DD (or YYYY-MM when `month_ok`); "" when empty and `optional`.
  Result<std::string> date(std::size_t k, bool optional, bool month_ok = false) const;
  /// A whole number in [lo, hi]; `empty_as` when the field is empty and empty_as >= 0.
  Result<int> number(std::size_t k, int lo, int hi, int empty_as = -1) const;
  /// Ok the first time `key` is given; else a data_error at the k-th column of the current
  /// row naming the row of the first time (each key has one row).
  Status once(std::size_t k, const std::string& key);

 private:
  ReferenceTable(CsvReader reader, CsvHeader header, std::vector<std::size_t> cols,
                 std::vector<std::string_view> names)
      : reader_(std::move(reader)),
        header_(std::move(header)),
        cols_(std::move(cols)),
        names_(std::move(names)) {}

  CsvReader reader_;
  CsvHeader header_;
  std::vector<std::size_t> cols_;
  std::vector<std::string_view> names_;  ///< the columns named at open(), for messages
  std::vector<std::string> row_;
  std::map<std::string, std::size_t, std::less<>> rows_of_;  ///< once(): key -> first row
};

}  // namespace fardeau::io

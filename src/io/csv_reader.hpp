// RFC 4180 CSV over text in memory: quoted fields, doubled quotes, CRLF or LF, a
// UTF-8 byte-order mark; a quote inside an unquoted field is literal (as in Python's
// csv). Errors carry the file, row and column.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace fardeau::io {

class CsvReader {
 public:
  /// `name` is used in error locations only.
  CsvReader(std::string_view text, std::string name);

  /// Read the next record into `fields`. Ok(true) for a record, Ok(false) at the end,
  /// an Error (parse_error, located) for malformed quoting. Blank lines are skipped.
  Result<bool> next(std::vector<std::string>& fields);

  /// 1-based line number where the record last returned by next() starts.
  std::size_t row() const { return row_; }
  const std::string& name() const { return name_; }
  /// The current record ("name:row"), or one of its fields ("name:row:col", 1-based).
  Location where(std::size_t column = 0) const;

 private:
  std::string_view text_;
  std::string name_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;  // line at pos_
  std::size_t row_ = 0;
};

}  // namespace fardeau::io

// The header record of a CSV file whose columns are found by name, not by position, and
// the check every data record shares: as many fields as the header.
#pragma once
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "io/csv_reader.hpp"

namespace fardeau::io {

class CsvHeader {
 public:
  /// Reads the first record of `reader` as the header; a data_error for an empty file.
  static Result<CsvHeader> read(CsvReader& reader);

  /// The 0-based column named `name` (the first, if the name repeats).
  std::optional<std::size_t> find(std::string_view name) const;
  /// The column of each name in `names`, in order; a data_error at the header naming the
  /// first missing column, followed by `layout` (what the file should hold), if any.
  Result<std::vector<std::size_t>> require(std::initializer_list<std::string_view> names,
                                           std::string_view layout = {}) const;
  std::size_t size() const { return names_.size(); }

  /// The next data record into `row`, as CsvReader::next, plus a data_error when its
  /// field count differs from the header's.
  Result<bool> next(CsvReader& reader, std::vector<std::string>& row) const;

 private:
  CsvHeader(std::vector<std::string> names, Location where)
      : names_(std::move(names)), where_(std::move(where)) {}
  std::vector<std::string> names_;
  Location where_;  ///< location of the header record, for missing-column errors
};

}  // namespace fardeau::io

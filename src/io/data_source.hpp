// Where data files come from: the copy compiled into the binary, or a folder of files
// of the same layout (--data DIR).
#pragma once
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace fardeau::io {

class DataSource {
 public:
  /// The files compiled into the binary.
  static DataSource embedded() { return DataSource{}; }
  /// Files read from `dir`; a file absent there is an io_error naming the path.
  static DataSource directory(std::string dir) {
    DataSource s;
    s.dir_ = std::move(dir);
    return s;
  }

  bool is_embedded() const { return dir_.empty(); }
  const std::string& dir() const { return dir_; }
  /// "embedded" or the folder, for messages and JSON.
  std::string describe() const { return is_embedded() ? "embedded" : dir_; }
  /// The text of a data file, e.g. read("nato_members.csv").
  Result<std::string> read(std::string_view name) const;
  /// Name for error locations: the bare name when embedded, the path otherwise.
  std::string location(std::string_view name) const;

 private:
  std::string dir_;
};

/// Read a whole file (binary-safe); io_error naming the path on failure.
Result<std::string> read_file(const std::string& path);

}  // namespace fardeau::io

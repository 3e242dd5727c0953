// Where data files come from: the copy compiled into the binary, or a folder of files
// of the same layout (--data DIR).
#pragma once
#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace fardeau::io {

/// The bytes of a data file: a view of the embedded copy (no copy made), or the owned
/// contents of a file read from disk.
class FileText {
 public:
  static FileText borrowed(std::string_view v) {
    FileText t;
    t.view_ = v;
    return t;
  }
  static FileText owned(std::string s) {
    FileText t;
    t.owned_ = std::make_shared<const std::string>(std::move(s));
    t.view_ = *t.owned_;
    return t;
  }
  std::string_view view() const { return view_; }
  operator std::string_view() const { return view_; }  // NOLINT(google-explicit-constructor)

 private:
  std::shared_ptr<const std::string> owned_;
  std::string_view view_;
};

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
  Result<FileText> read(std::string_view name) const;
  /// Name for error locations: the bare name when embedded, the path otherwise.
  std::string location(std::string_view name) const;

 private:
  std::string dir_;
};

/// Read a whole file (binary-safe); io_error naming the path on failure. A file (or pipe,
/// or device) longer than `max_bytes` is limit_exceeded, found without reading past it.
Result<std::string> read_file(const std::string& path,
                              std::uint64_t max_bytes = std::numeric_limits<std::uint64_t>::max());

}  // namespace fardeau::io

// The package side of the .xlsx reader (internal to the xlsx_* files): the zip archive,
// its parts and relationships, and what XlsxReader learns at open: the workbook's sheet
// list and its shared strings. xlsx_package.cpp is the one file that calls libzip.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "io/xlsx_reader.hpp"

struct zip;  // libzip's zip_t

namespace fardeau::io {

namespace xlsx {
struct ZipDiscard {
  void operator()(struct zip* z) const;
};
struct Relationship {
  std::string id;
  std::string type;    // full URI; compared by its last segment
  std::string target;  // resolved part name ("" for external targets)
  bool external = false;
};
}  // namespace xlsx

struct XlsxReader::Impl {
  std::string name;
  XlsxLimits limits;
  std::string bytes;  // the zip; libzip reads from it, so it lives as long as `zip`
  std::unique_ptr<struct zip, xlsx::ZipDiscard> zip;
  std::vector<std::string> sheet_names;
  std::vector<std::string> sheet_parts;     // resolved part per sheet; "" when unresolved
  std::vector<std::string> sheet_problems;  // why a sheet cannot be read, "" when fine
  std::vector<std::string> shared_strings;

  std::string where(std::string_view part) const { return name + ":" + std::string(part); }

  /// Open `bytes` as a zip archive (a parse_error when it is truncated or damaged).
  Status open_archive();
  /// A part's bytes, decompressed; not_found when the zip has no such entry.
  Result<std::string> read_part(const std::string& part) const;
  /// The relationships of `part` (empty when it has none).
  Result<std::vector<xlsx::Relationship>> read_rels(const std::string& part) const;
  /// Read the workbook part's sheet list and the shared strings.
  Status open_package();
};

}  // namespace fardeau::io

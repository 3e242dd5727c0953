// The names of the import formats, apart from the importers (edition_import.cpp): the
// fardeau binary checks `import --source` with them and links no xlsx reader (libzip);
// fardeau-full runs the import (apps/cli/commands/helper.hpp).
#include <fmt/format.h>

#include "io/edition_import.hpp"

namespace fardeau::io {

const char* to_string(SourceFormat f) {
  switch (f) {
    case SourceFormat::nato:
      return "nato";
    case SourceFormat::sipri:
      return "sipri";
    case SourceFormat::csv:
      return "csv";
  }
  return "csv";
}

Result<SourceFormat> parse_source_format(std::string_view s) {
  for (auto f : {SourceFormat::nato, SourceFormat::sipri, SourceFormat::csv})
    if (s == to_string(f)) return f;
  return make_error(ErrorCode::invalid_argument,
                    fmt::format("unknown source '{}'; valid: nato, sipri, csv", s),
                    at_parameter("source"));
}

}  // namespace fardeau::io

#include "render/format.hpp"

#include <string>

namespace fardeau::render {

Result<Format> parse_format(std::string_view s) {
  if (s == "table") return Format::table;
  if (s == "csv") return Format::csv;
  if (s == "json") return Format::json;
  if (s == "md" || s == "markdown") return Format::md;
  return make_error(ErrorCode::invalid_argument,
                    "unknown format '" + std::string(s) + "'; valid: table, csv, json, md",
                    at_parameter("format"));
}

Result<Lang> parse_lang(std::string_view s) {
  if (s == "en") return Lang::en;
  if (s == "fr") return Lang::fr;
  return make_error(ErrorCode::invalid_argument,
                    "unknown language '" + std::string(s) + "'; valid: en, fr",
                    at_parameter("lang"));
}

const char* to_string(Format f) {
  switch (f) {
    case Format::table:
      return "table";
    case Format::csv:
      return "csv";
    case Format::json:
      return "json";
    case Format::md:
      return "md";
  }
  return "table";
}

const char* to_string(Lang l) { return l == Lang::fr ? "fr" : "en"; }

}  // namespace fardeau::render

// A rendered result: the JSON body, a document for people (table and Markdown output)
// and one flat table for CSV. Each view builds all three from the same typed result.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "render/format.hpp"

namespace fardeau::render {

struct TextTable {
  std::vector<std::string> headers;
  std::vector<bool> right_align;  ///< per column; numbers are right-aligned
  std::vector<std::vector<std::string>> rows;
};

struct Block {
  std::string heading;                                     ///< may be empty
  std::vector<std::pair<std::string, std::string>> facts;  ///< label, value
  std::vector<TextTable> tables;
  std::vector<std::string> notes;
};

struct Doc {
  std::string title;
  std::vector<Block> blocks;
  std::string source;    ///< the edition cited, always shown last
  Lang lang = Lang::en;  ///< French typography puts a space before ':'
};

/// Flat table with stable column ids and plain numbers (every row names its vintage).
struct CsvTable {
  std::vector<std::string> headers;
  std::vector<std::vector<std::string>> rows;
};

struct Rendered {
  nlohmann::ordered_json json;
  Doc doc;
  CsvTable csv;
};

/// What a printed format reads of a Rendered: its JSON, its document or its CSV. A view
/// that takes Needs builds only those (start-up, issue 16: a table needs no JSON).
struct Needs {
  bool json = true;
  bool doc = true;
  bool csv = true;
};
/// The one part `f` prints (emit below).
Needs needs_of(Format f);

/// The output text for a format (always ends with a newline).
std::string emit(const Rendered& r, Format f);
std::string render_text(const Doc& doc);
std::string render_markdown(const Doc& doc);
std::string render_csv(const CsvTable& t);
/// A CSV field quoted when needed (RFC 4180).
std::string csv_field(const std::string& s);
/// A number for CSV: shortest round-trip form, no grouping.
std::string csv_number(double v);
/// Display width of UTF-8 text in a terminal (code points; no wide characters here).
std::size_t display_width(const std::string& s);

}  // namespace fardeau::render

// Internals of the .xlsx adapter (xlsx_reader.cpp, xlsx_package.cpp, xlsx_sheet.cpp):
// text helpers for messages and OOXML strings, and the pugixml helpers every part
// parser uses. Not for use outside the xlsx_* files.
#pragma once
#include <cstddef>
#include <cstdint>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace fardeau::io {
class Sheet;
struct XlsxLimits;
}  // namespace fardeau::io

namespace fardeau::io::xlsx {

// ---------------------------------------------------------------- text helpers

/// Excel's quoting of a sheet name in a reference: 'Share of GDP', with ' doubled.
std::string quote_sheet(std::string_view name);
/// Untrusted text for a message: control bytes escaped, at most `max` bytes shown.
std::string printable(std::string_view s, std::size_t max = 40);
char lower_ascii(char c);
bool iequals_ascii(std::string_view a, std::string_view b);
bool ends_with(std::string_view s, std::string_view suffix);
std::string_view trim_ascii(std::string_view s);
/// OOXML escapes characters XML cannot carry as "_xHHHH_" (UTF-16 code units, e.g.
/// "_x000D_" for a carriage return, "_x005F_" for a literal underscore).
std::string decode_ooxml_escapes(std::string_view s);

// ---------------------------------------------------------------- XML helpers
// Element names are matched on their local part, so "x:c" (files written by the .NET
// Open XML SDK) reads like "c".

std::string_view local_name(const char* qname);
pugi::xml_node child_elem(pugi::xml_node n, std::string_view local);
pugi::xml_node first_element(const pugi::xml_document& doc);

template <typename F>
void for_each_child(pugi::xml_node n, std::string_view local, F&& f) {
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
    if (c.type() == pugi::node_element && local_name(c.name()) == local) f(c);
}

/// All character data directly inside `n` (PCDATA and CDATA pieces joined).
std::string node_text(pugi::xml_node n);
/// Text of a shared-string item or inline string: its <t>, or the <t> of each rich-text
/// run <r>. Phonetic runs (<rPh>) are annotations, not text, and are skipped.
std::string rich_text(pugi::xml_node si);
/// The relationship id of <sheet r:id="rId4">: an "id" attribute in any namespace prefix.
const char* relationship_id(pugi::xml_node n);
/// Parse `text` in place into `doc` (pugixml keeps pointers into the buffer, so `text`
/// must outlive `doc`). pugixml does not expand external entities or DOCTYPE-defined
/// ones, so no entity expansion attacks apply.
Status parse_xml(pugi::xml_document& doc, std::string& text, const Location& where);

// ---------------------------------------------------------------- worksheet parts

/// A worksheet part's XML (parsed in place) -> its Sheet (xlsx_sheet.cpp). `location` is
/// the workbook's name, `part` the zip entry, `shared` the workbook's shared strings.
Result<Sheet> parse_sheet_xml(std::string& xml, const std::string& sheet_name,
                              const std::string& location, const std::string& part,
                              const std::vector<std::string>& shared, const XlsxLimits& limits);

}  // namespace fardeau::io::xlsx

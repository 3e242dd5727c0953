#include "io/xlsx_xml.hpp"

#include <cstdio>
#include <optional>

namespace fardeau::io::xlsx {
namespace {

std::optional<std::uint32_t> hex4(std::string_view s) {
  if (s.size() < 4) return std::nullopt;
  std::uint32_t v = 0;
  for (int i = 0; i < 4; ++i) {
    char c = s[static_cast<std::size_t>(i)];
    std::uint32_t d;
    if (c >= '0' && c <= '9')
      d = static_cast<std::uint32_t>(c - '0');
    else if (c >= 'a' && c <= 'f')
      d = static_cast<std::uint32_t>(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F')
      d = static_cast<std::uint32_t>(c - 'A' + 10);
    else
      return std::nullopt;
    v = v * 16 + d;
  }
  return v;
}

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace

std::string quote_sheet(std::string_view name) {
  std::string out = "'";
  for (char c : name) {
    out += c;
    if (c == '\'') out += '\'';
  }
  out += '\'';
  return out;
}

std::string printable(std::string_view s, std::size_t max) {
  std::string out;
  for (std::size_t i = 0; i < s.size() && i < max; ++i) {
    auto u = static_cast<unsigned char>(s[i]);
    if (u < 0x20 || u == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned>(u));
      out += buf;
    } else {
      out += s[i];
    }
  }
  if (s.size() > max) out += "...";
  return out;
}

char lower_ascii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals_ascii(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower_ascii(a[i]) != lower_ascii(b[i])) return false;
  return true;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string_view trim_ascii(std::string_view s) {
  while (!s.empty() &&
         (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

std::string decode_ooxml_escapes(std::string_view s) {
  if (s.find("_x") == std::string_view::npos) return std::string(s);
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  auto unit_at = [&](std::size_t p) -> std::optional<std::uint32_t> {
    if (p + 7 > s.size() || s[p] != '_' || s[p + 1] != 'x' || s[p + 6] != '_') return std::nullopt;
    return hex4(s.substr(p + 2, 4));
  };
  while (i < s.size()) {
    auto u = unit_at(i);
    if (!u) {
      out += s[i++];
      continue;
    }
    i += 7;
    std::uint32_t cp = *u;
    if (cp >= 0xD800 && cp <= 0xDBFF) {  // high surrogate: needs a low one next
      auto lo = unit_at(i);
      if (lo && *lo >= 0xDC00 && *lo <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (*lo - 0xDC00);
        i += 7;
      } else {
        cp = 0xFFFD;
      }
    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
      cp = 0xFFFD;
    }
    append_utf8(out, cp);
  }
  return out;
}

std::string_view local_name(const char* qname) {
  std::string_view n(qname);
  auto colon = n.find(':');
  return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

pugi::xml_node child_elem(pugi::xml_node n, std::string_view local) {
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
    if (c.type() == pugi::node_element && local_name(c.name()) == local) return c;
  return {};
}

pugi::xml_node first_element(const pugi::xml_document& doc) {
  for (pugi::xml_node c = doc.first_child(); c; c = c.next_sibling())
    if (c.type() == pugi::node_element) return c;
  return {};
}

std::string node_text(pugi::xml_node n) {
  std::string out;
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) out += c.value();
  return out;
}

std::string rich_text(pugi::xml_node si) {
  std::string out;
  for (pugi::xml_node c = si.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    auto ln = local_name(c.name());
    if (ln == "t") {
      out += node_text(c);
    } else if (ln == "r") {
      for_each_child(c, "t", [&](pugi::xml_node t) { out += node_text(t); });
    }
  }
  return decode_ooxml_escapes(out);
}

const char* relationship_id(pugi::xml_node n) {
  for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute()) {
    std::string_view name(a.name());
    if (name.size() > 3 && ends_with(name, ":id")) return a.value();
  }
  return nullptr;
}

Status parse_xml(pugi::xml_document& doc, std::string& text, const Location& where) {
  pugi::xml_parse_result r = doc.load_buffer_inplace(
      text.data(), text.size(), pugi::parse_default | pugi::parse_ws_pcdata_single,
      pugi::encoding_auto);
  if (!r)
    return make_error(
        ErrorCode::parse_error,
        std::string("malformed XML at byte ") + std::to_string(r.offset) + ": " + r.description(),
        where);
  return ok_status();
}

}  // namespace fardeau::io::xlsx

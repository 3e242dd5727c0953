#include "io/xlsx_reader.hpp"

#include <zip.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <new>
#include <optional>
#include <pugixml.hpp>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "io/number_parse.hpp"

namespace fardeau::io {
namespace {

// ---------------------------------------------------------------- text helpers

/// Excel's quoting of a sheet name in a reference: 'Share of GDP', with ' doubled.
std::string quote_sheet(std::string_view name) {
  std::string out = "'";
  for (char c : name) {
    out += c;
    if (c == '\'') out += '\'';
  }
  out += '\'';
  return out;
}

/// Untrusted text for a message: control bytes escaped, at most `max` bytes shown.
std::string printable(std::string_view s, std::size_t max = 40) {
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

/// OOXML escapes characters XML cannot carry as "_xHHHH_" (UTF-16 code units, e.g.
/// "_x000D_" for a carriage return, "_x005F_" for a literal underscore).
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

// ---------------------------------------------------------------- XML helpers
// Element names are matched on their local part, so "x:c" (files written by the .NET
// Open XML SDK) reads like "c".

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

template <typename F>
void for_each_child(pugi::xml_node n, std::string_view local, F&& f) {
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
    if (c.type() == pugi::node_element && local_name(c.name()) == local) f(c);
}

/// All character data directly inside `n` (PCDATA and CDATA pieces joined).
std::string node_text(pugi::xml_node n) {
  std::string out;
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) out += c.value();
  return out;
}

/// Text of a shared-string item or inline string: its <t>, or the <t> of each rich-text
/// run <r>. Phonetic runs (<rPh>) are annotations, not text, and are skipped.
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

/// The relationship id of <sheet r:id="rId4">: an "id" attribute in any namespace prefix.
const char* relationship_id(pugi::xml_node n) {
  for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute()) {
    std::string_view name(a.name());
    if (name.size() > 3 && ends_with(name, ":id")) return a.value();
  }
  return nullptr;
}

/// Parse `text` in place into `doc` (pugixml keeps pointers into the buffer, so `text`
/// must outlive `doc`). pugixml does not expand external entities or DOCTYPE-defined
/// ones, so no entity expansion attacks apply.
Status parse_xml(pugi::xml_document& doc, std::string& text, const std::string& where) {
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

// ---------------------------------------------------------------- zip helpers

struct ZipDiscard {
  void operator()(zip_t* z) const { zip_discard(z); }
};
struct ZipFileClose {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};

/// "dir/" of a part name ("xl/workbook.xml" -> "xl/"; "workbook.xml" -> "").
std::string_view part_dir(std::string_view part) {
  auto slash = part.rfind('/');
  return slash == std::string_view::npos ? std::string_view{} : part.substr(0, slash + 1);
}

/// The relationships part of a part: "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels".
std::string rels_part_of(std::string_view part) {
  auto slash = part.rfind('/');
  std::string_view dir =
      slash == std::string_view::npos ? std::string_view{} : part.substr(0, slash + 1);
  std::string_view file = slash == std::string_view::npos ? part : part.substr(slash + 1);
  return std::string(dir) + "_rels/" + std::string(file) + ".rels";
}

/// A relationship target resolved against the directory of its source part: relative
/// ("worksheets/sheet1.xml") or absolute ("/xl/worksheets/sheet1.xml"), "." and ".."
/// segments removed. nullopt when ".." climbs above the package root.
std::optional<std::string> resolve_target(std::string_view base_dir, std::string_view target) {
  std::string joined = (!target.empty() && target.front() == '/')
                           ? std::string(target.substr(1))
                           : std::string(base_dir) + std::string(target);
  std::vector<std::string_view> segs;
  std::string_view rest(joined);
  while (!rest.empty()) {
    auto slash = rest.find('/');
    std::string_view seg = rest.substr(0, slash);
    rest = slash == std::string_view::npos ? std::string_view{} : rest.substr(slash + 1);
    if (seg.empty() || seg == ".") continue;
    if (seg == "..") {
      if (segs.empty()) return std::nullopt;
      segs.pop_back();
      continue;
    }
    segs.push_back(seg);
  }
  std::string out;
  for (std::size_t i = 0; i < segs.size(); ++i) {
    if (i) out += '/';
    out += segs[i];
  }
  return out;
}

struct Relationship {
  std::string id;
  std::string type;    // full URI; compared by its last segment
  std::string target;  // resolved part name ("" for external targets)
  bool external = false;
};

}  // namespace

// ---------------------------------------------------------------- cell references

Result<CellPos> parse_cell_ref(std::string_view ref) {
  auto bad = [&] {
    return make_error(ErrorCode::parse_error,
                      "bad cell reference '" + printable(ref) +
                          "': expected column letters A..XFD then a row number 1..1048576");
  };
  std::size_t i = 0;
  if (i < ref.size() && ref[i] == '$') ++i;
  std::uint32_t col = 0;
  std::size_t letters = 0;
  while (i < ref.size() && ((ref[i] >= 'A' && ref[i] <= 'Z') || (ref[i] >= 'a' && ref[i] <= 'z'))) {
    if (++letters > 3) return bad();
    col = col * 26 + static_cast<std::uint32_t>(lower_ascii(ref[i]) - 'a' + 1);
    ++i;
  }
  if (letters == 0 || col > kXlsxMaxColumns) return bad();
  if (i < ref.size() && ref[i] == '$') ++i;
  std::size_t digits_start = i;
  std::uint32_t row = 0;
  while (i < ref.size() && ref[i] >= '0' && ref[i] <= '9') {
    if (i - digits_start >= 7) return bad();
    row = row * 10 + static_cast<std::uint32_t>(ref[i] - '0');
    ++i;
  }
  if (i == digits_start || i != ref.size() || ref[digits_start] == '0' || row < 1 ||
      row > kXlsxMaxRows)
    return bad();
  return CellPos{row - 1, col - 1};
}

std::string column_name(std::uint32_t col) {
  std::string out;
  std::uint64_t n = std::uint64_t{col} + 1;
  while (n > 0) {
    auto rem = static_cast<char>((n - 1) % 26);
    out.insert(out.begin(), static_cast<char>('A' + rem));
    n = (n - 1) / 26;
  }
  return out;
}

std::string cell_ref(std::uint32_t row, std::uint32_t col) {
  return column_name(col) + std::to_string(std::uint64_t{row} + 1);
}

Result<CellRange> parse_range_ref(std::string_view ref) {
  auto colon = ref.find(':');
  auto a = parse_cell_ref(ref.substr(0, colon));
  if (!a) return make_error(ErrorCode::parse_error, "bad range '" + printable(ref) + "'");
  CellPos b = *a;
  if (colon != std::string_view::npos) {
    auto r = parse_cell_ref(ref.substr(colon + 1));
    if (!r) return make_error(ErrorCode::parse_error, "bad range '" + printable(ref) + "'");
    b = *r;
  }
  return CellRange{{std::min(a->row, b.row), std::min(a->col, b.col)},
                   {std::max(a->row, b.row), std::max(a->col, b.col)}};
}

// ---------------------------------------------------------------- Sheet

Sheet::Sheet(std::string name, std::string location)
    : name_(std::move(name)), location_(std::move(location)) {}

const Cell& Sheet::at(std::uint32_t row, std::uint32_t col) const {
  static const Cell kEmpty{};
  auto cells = row_entries(row);
  auto cit = std::lower_bound(cells.begin(), cells.end(), col,
                              [](const Entry& c, std::uint32_t v) { return c.col < v; });
  if (cit == cells.end() || cit->col != col) return kEmpty;
  return cit->cell;
}

std::span<const Sheet::Entry> Sheet::row_entries(std::uint32_t row) const {
  auto rit = std::lower_bound(rows_.begin(), rows_.end(), row,
                              [](const StoredRow& r, std::uint32_t v) { return r.index < v; });
  if (rit == rows_.end() || rit->index != row) return {};
  return rit->cells;
}

std::vector<std::uint32_t> Sheet::stored_rows() const {
  std::vector<std::uint32_t> out;
  out.reserve(rows_.size());
  for (const StoredRow& r : rows_) out.push_back(r.index);
  return out;
}

const Cell& Sheet::merged_at(std::uint32_t row, std::uint32_t col) const {
  // Ranges do not overlap, so within one column their row spans are disjoint: the only
  // candidate is the last span of that column starting at or above `row`.
  auto it =
      std::upper_bound(merge_index_.begin(), merge_index_.end(), std::pair{col, row},
                       [](const std::pair<std::uint32_t, std::uint32_t>& v, const MergeSpan& m) {
                         return std::tie(v.first, v.second) < std::tie(m.col, m.first_row);
                       });
  if (it != merge_index_.begin()) {
    const MergeSpan& m = *std::prev(it);
    if (m.col == col && m.first_row <= row && row <= m.last_row) {
      const CellRange& r = merged_[m.range];
      return at(r.first.row, r.first.col);
    }
  }
  return at(row, col);
}

std::string Sheet::where() const { return location_ + ":" + quote_sheet(name_); }

std::string Sheet::where(std::uint32_t row, std::uint32_t col) const {
  return where() + "!" + cell_ref(row, col);
}

/// Collects cells in file order, then sorts them into the Sheet's row/column index.
class SheetBuilder {
 public:
  explicit SheetBuilder(Sheet& sheet) : sheet_(sheet) {}

  void add(CellPos pos, Cell cell) { cells_.push_back({pos.row, pos.col, std::move(cell)}); }
  void add_merge(CellRange r) { sheet_.merged_.push_back(r); }

  /// Sort and index; a parse_error when two cells share a position or two merged
  /// ranges overlap, a data_error past `max_merge_columns`.
  Status finish(std::size_t max_merge_columns) {
    if (auto st = index_merges(max_merge_columns); !st) return st;
    std::stable_sort(cells_.begin(), cells_.end(), [](const Pending& a, const Pending& b) {
      return std::tie(a.row, a.col) < std::tie(b.row, b.col);
    });
    for (std::size_t i = 0; i < cells_.size(); ++i) {
      Pending& p = cells_[i];
      if (i > 0 && cells_[i - 1].row == p.row && cells_[i - 1].col == p.col)
        return make_error(ErrorCode::parse_error,
                          "cell " + cell_ref(p.row, p.col) + " is defined twice",
                          sheet_.where(p.row, p.col));
      if (sheet_.rows_.empty() || sheet_.rows_.back().index != p.row)
        sheet_.rows_.push_back({p.row, {}});
      sheet_.rows_.back().cells.push_back(Sheet::Entry{p.col, std::move(p.cell)});
      sheet_.row_count_ = std::max(sheet_.row_count_, p.row + 1);
      sheet_.column_count_ = std::max(sheet_.column_count_, p.col + 1);
    }
    sheet_.cell_count_ = cells_.size();
    cells_.clear();
    return ok_status();
  }

 private:
  Status index_merges(std::size_t max_merge_columns) {
    auto& index = sheet_.merge_index_;
    std::size_t spans = 0;
    for (const CellRange& r : sheet_.merged_) {
      spans += std::size_t{r.last.col} - r.first.col + 1;
      if (spans > max_merge_columns)
        return make_error(ErrorCode::data_error,
                          "merged ranges span more than " + std::to_string(max_merge_columns) +
                              " columns in total (the limit of the merge index)",
                          sheet_.where());
    }
    index.reserve(spans);
    for (std::uint32_t i = 0; i < sheet_.merged_.size(); ++i) {
      const CellRange& r = sheet_.merged_[i];
      for (std::uint32_t c = r.first.col; c <= r.last.col; ++c)
        index.push_back({c, r.first.row, r.last.row, i});
    }
    std::sort(index.begin(), index.end(), [](const Sheet::MergeSpan& a, const Sheet::MergeSpan& b) {
      return std::tie(a.col, a.first_row, a.range) < std::tie(b.col, b.first_row, b.range);
    });
    // Two ranges overlap iff they share a column where their row spans meet; sorted by
    // start, some neighbouring pair then meets too.
    for (std::size_t i = 1; i < index.size(); ++i) {
      const Sheet::MergeSpan& a = index[i - 1];
      const Sheet::MergeSpan& b = index[i];
      if (a.col == b.col && b.first_row <= a.last_row) {
        const CellRange& ra = sheet_.merged_[a.range];
        const CellRange& rb = sheet_.merged_[b.range];
        return make_error(ErrorCode::parse_error,
                          "merged ranges " + cell_ref(ra.first.row, ra.first.col) + ":" +
                              cell_ref(ra.last.row, ra.last.col) + " and " +
                              cell_ref(rb.first.row, rb.first.col) + ":" +
                              cell_ref(rb.last.row, rb.last.col) + " overlap",
                          sheet_.where());
      }
    }
    return ok_status();
  }

 private:
  struct Pending {
    std::uint32_t row;
    std::uint32_t col;
    Cell cell;
  };
  Sheet& sheet_;
  std::vector<Pending> cells_;
};

namespace {

/// Decode one <c> element into `cell` (left empty for a cell with no value).
Status read_cell(pugi::xml_node c, const std::vector<std::string>& shared, const Sheet& sheet,
                 CellPos pos, Cell& cell) {
  std::string_view type = c.attribute("t").value();
  pugi::xml_node v = child_elem(c, "v");
  auto located = [&](std::string message) {
    return make_error(ErrorCode::parse_error, std::move(message), sheet.where(pos.row, pos.col));
  };
  if (type == "inlineStr") {
    pugi::xml_node is = child_elem(c, "is");
    if (!is) return ok_status();
    cell.text = rich_text(is);
    if (!cell.text.empty()) cell.type = CellType::text;
    return ok_status();
  }
  if (!v) return ok_status();  // a styled cell with no value
  std::string raw = node_text(v);
  std::string_view value = trim_ascii(raw);
  if (type == "s") {
    auto index = parse_int(value, 0, static_cast<long long>(shared.size()) - 1);
    if (!index)
      return located("shared string index '" + printable(value) +
                     "' is out of range (the workbook has " + std::to_string(shared.size()) +
                     " shared strings)");
    cell.text = shared[static_cast<std::size_t>(*index)];
    if (!cell.text.empty()) cell.type = CellType::text;
  } else if (type == "str" || type == "d") {
    // "str": the cached result of a string formula; "d": an ISO 8601 date, kept as text.
    cell.text = decode_ooxml_escapes(raw);
    if (!cell.text.empty()) cell.type = CellType::text;
  } else if (type == "b") {
    if (value != "0" && value != "1")
      return located("boolean cell holds '" + printable(value) + "', expected 0 or 1");
    cell.type = CellType::boolean;
    cell.number = value == "1" ? 1.0 : 0.0;
  } else if (type == "e") {
    cell.type = CellType::error;
    cell.text = std::string(value);
  } else if (type.empty() || type == "n") {
    if (value.empty()) return ok_status();
    auto number = parse_double(value);
    if (!number) return located("number cell holds '" + printable(value) + "', not a number");
    cell.type = CellType::number;
    cell.number = *number;
  } else {
    return located("unknown cell type t=\"" + printable(type) +
                   "\" (expected s, inlineStr, str, n, b, e or d)");
  }
  return ok_status();
}

Result<Sheet> parse_sheet_xml(std::string& xml, const std::string& sheet_name,
                              const std::string& location, const std::string& part,
                              const std::vector<std::string>& shared, const XlsxLimits& limits) {
  Sheet sheet(sheet_name, location);
  pugi::xml_document doc;
  if (auto st = parse_xml(doc, xml, sheet.where()); !st)
    return make_error(st.error().code, part + ": " + st.error().message, sheet.where());
  pugi::xml_node root = first_element(doc);
  std::string_view root_name = root ? local_name(root.name()) : std::string_view{};
  if (root_name != "worksheet")
    return make_error(ErrorCode::data_error,
                      "is not a worksheet (its part " + part + " has root element '" +
                          printable(root_name) + "'; chart sheets hold no cells)",
                      sheet.where());
  SheetBuilder builder(sheet);
  std::uint32_t next_row = 0;
  for (pugi::xml_node row = child_elem(child_elem(root, "sheetData"), "row"); row;
       row = row.next_sibling()) {
    if (row.type() != pugi::node_element || local_name(row.name()) != "row") continue;
    std::uint32_t r = next_row;
    if (pugi::xml_attribute ra = row.attribute("r")) {
      auto n = parse_int(trim_ascii(ra.value()), 1, kXlsxMaxRows);
      if (!n)
        return make_error(ErrorCode::parse_error,
                          "row number '" + printable(ra.value()) + "' is not 1..1048576",
                          sheet.where());
      r = static_cast<std::uint32_t>(*n - 1);
    } else if (r >= kXlsxMaxRows) {
      return make_error(ErrorCode::parse_error, "more than 1048576 rows", sheet.where());
    }
    next_row = r + 1;
    std::uint32_t next_col = 0;
    for (pugi::xml_node c = row.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element || local_name(c.name()) != "c") continue;
      CellPos pos{r, next_col};
      if (pugi::xml_attribute ca = c.attribute("r")) {
        auto p = parse_cell_ref(ca.value());
        if (!p)
          return make_error(ErrorCode::parse_error,
                            p.error().message + " (in row " + std::to_string(r + 1) + ")",
                            sheet.where() + "!" + printable(ca.value(), 16));
        if (p->row != r)
          return make_error(
              ErrorCode::parse_error,
              "cell " + cell_ref(p->row, p->col) + " is inside row " + std::to_string(r + 1),
              sheet.where(p->row, p->col));
        pos = *p;
      } else if (next_col >= kXlsxMaxColumns) {
        return make_error(ErrorCode::parse_error,
                          "more than 16384 cells in row " + std::to_string(r + 1), sheet.where());
      }
      next_col = pos.col + 1;
      Cell cell;
      if (auto st = read_cell(c, shared, sheet, pos, cell); !st) return st.error();
      if (!cell.empty()) builder.add(pos, std::move(cell));
    }
  }
  Status merge_status = ok_status();
  for_each_child(child_elem(root, "mergeCells"), "mergeCell", [&](pugi::xml_node m) {
    if (!merge_status) return;
    auto range = parse_range_ref(m.attribute("ref").value());
    if (!range)
      merge_status = make_error(
          ErrorCode::parse_error,
          "bad merged range '" + printable(m.attribute("ref").value()) + "' (expected e.g. A1:D1)",
          sheet.where());
    else
      builder.add_merge(*range);
  });
  if (!merge_status) return merge_status.error();
  if (auto st = builder.finish(limits.max_merge_columns); !st) return st.error();
  return sheet;
}

}  // namespace

// ---------------------------------------------------------------- XlsxReader

struct XlsxReader::Impl {
  std::string name;
  XlsxLimits limits;
  std::string bytes;  // the zip; libzip reads from it, so it lives as long as `zip`
  std::unique_ptr<zip_t, ZipDiscard> zip;
  std::vector<std::string> sheet_names;
  std::vector<std::string> sheet_parts;     // resolved part per sheet; "" when unresolved
  std::vector<std::string> sheet_problems;  // why a sheet cannot be read, "" when fine
  std::vector<std::string> shared_strings;

  std::string where(std::string_view part) const { return name + ":" + std::string(part); }

  /// A part's bytes, decompressed; not_found when the zip has no such entry.
  Result<std::string> read_part(const std::string& part) const {
    zip_int64_t index = zip_name_locate(zip.get(), part.c_str(), ZIP_FL_NOCASE);
    if (index < 0) return make_error(ErrorCode::not_found, "no part " + part + " in the zip", name);
    auto idx = static_cast<zip_uint64_t>(index);
    auto too_big = [&](const std::string& size) {
      return make_error(ErrorCode::data_error,
                        "part expands to " + size + " bytes, over the limit of " +
                            std::to_string(limits.max_part_bytes) +
                            " bytes per part (a zip bomb, or not a workbook fardeau can read)",
                        where(part));
    };
    zip_stat_t st;
    zip_stat_init(&st);
    std::size_t expected = 0;
    if (zip_stat_index(zip.get(), idx, 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE)) {
      if (st.size > limits.max_part_bytes) return too_big(std::to_string(st.size));
      expected = static_cast<std::size_t>(st.size);
    }
    std::unique_ptr<zip_file_t, ZipFileClose> file(zip_fopen_index(zip.get(), idx, 0));
    if (!file)
      return make_error(ErrorCode::parse_error,
                        std::string("damaged zip entry: ") + zip_strerror(zip.get()), where(part));
    std::string out;
    out.reserve(expected);
    char buf[65536];
    while (true) {
      zip_int64_t n = zip_fread(file.get(), buf, sizeof buf);
      if (n < 0)
        return make_error(ErrorCode::parse_error,
                          std::string("damaged zip entry: ") + zip_file_strerror(file.get()),
                          where(part));
      if (n == 0) break;
      // The size in the zip directory may lie; the bound holds on what is actually read.
      if (out.size() + static_cast<std::size_t>(n) > limits.max_part_bytes)
        return too_big("more than " + std::to_string(limits.max_part_bytes));
      out.append(buf, static_cast<std::size_t>(n));
    }
    return out;
  }

  /// The relationships of `part` (empty when it has none).
  Result<std::vector<Relationship>> read_rels(const std::string& part) const {
    std::vector<Relationship> rels;
    std::string rels_part = rels_part_of(part);
    auto text = read_part(rels_part);
    if (!text) {
      if (text.error().code == ErrorCode::not_found) return rels;
      return text.error();
    }
    pugi::xml_document doc;
    if (auto st = parse_xml(doc, *text, where(rels_part)); !st) return st.error();
    for_each_child(first_element(doc), "Relationship", [&](pugi::xml_node r) {
      Relationship rel;
      rel.id = r.attribute("Id").value();
      rel.type = r.attribute("Type").value();
      rel.external = iequals_ascii(r.attribute("TargetMode").value(), "External");
      if (!rel.external) {
        auto resolved = resolve_target(part_dir(part), r.attribute("Target").value());
        if (resolved) rel.target = *resolved;
      }
      rels.push_back(std::move(rel));
    });
    return rels;
  }

  Status open_package() {
    // The workbook part: named by the package relationship "officeDocument"; Excel
    // always writes xl/workbook.xml, which is the fallback when _rels/.rels is absent.
    std::string workbook_part = "xl/workbook.xml";
    auto root_rels = read_rels("");
    if (!root_rels) return root_rels.error();
    for (const Relationship& r : *root_rels)
      if (ends_with(r.type, "/officeDocument") && !r.target.empty()) workbook_part = r.target;
    auto wb_text = read_part(workbook_part);
    if (!wb_text) {
      if (wb_text.error().code == ErrorCode::not_found)
        return make_error(ErrorCode::data_error,
                          "zip without a workbook: no " + workbook_part +
                              " (this zip is not an .xlsx spreadsheet)",
                          name);
      return wb_text.error();
    }
    pugi::xml_document wb;
    if (auto st = parse_xml(wb, *wb_text, where(workbook_part)); !st) return st;
    pugi::xml_node root = first_element(wb);
    if (!root || local_name(root.name()) != "workbook")
      return make_error(ErrorCode::data_error,
                        "not a spreadsheet: the main part's root element is '" +
                            printable(root ? local_name(root.name()) : "") +
                            "', expected 'workbook' (a Word or PowerPoint file?)",
                        where(workbook_part));
    auto rels = read_rels(workbook_part);
    if (!rels) return rels.error();
    auto find_rel = [&](std::string_view id) -> const Relationship* {
      for (const Relationship& r : *rels)
        if (r.id == id) return &r;
      return nullptr;
    };
    Status status = ok_status();
    for_each_child(child_elem(root, "sheets"), "sheet", [&](pugi::xml_node s) {
      if (!status) return;
      std::string sheet_name = s.attribute("name").value();
      if (sheet_name.empty()) {
        status = make_error(ErrorCode::data_error, "a <sheet> has no name", where(workbook_part));
        return;
      }
      if (sheet_names.size() >= limits.max_sheets) {
        status = make_error(ErrorCode::data_error,
                            "more than " + std::to_string(limits.max_sheets) + " sheets",
                            where(workbook_part));
        return;
      }
      for (const std::string& other : sheet_names)
        if (iequals_ascii(other, sheet_name)) {
          status = make_error(ErrorCode::data_error,
                              "two sheets are named '" + printable(sheet_name) + "'",
                              where(workbook_part));
          return;
        }
      std::string part, problem;
      const char* rid = relationship_id(s);
      const Relationship* rel = rid ? find_rel(rid) : nullptr;
      if (!rel)
        problem = "has no relationship to a part (r:id '" + printable(rid ? rid : "") +
                  "' is not in " + rels_part_of(workbook_part) + ")";
      else if (rel->external || rel->target.empty())
        problem = "points outside the workbook";
      else
        part = rel->target;
      sheet_names.push_back(std::move(sheet_name));
      sheet_parts.push_back(std::move(part));
      sheet_problems.push_back(std::move(problem));
    });
    if (!status) return status;

    // Shared strings: named by a relationship; xl/sharedStrings.xml when none is.
    std::string sst_part = "xl/sharedStrings.xml";
    for (const Relationship& r : *rels)
      if (ends_with(r.type, "/sharedStrings") && !r.target.empty()) sst_part = r.target;
    auto sst_text = read_part(sst_part);
    if (!sst_text) {
      if (sst_text.error().code == ErrorCode::not_found) return ok_status();  // no strings
      return sst_text.error();
    }
    pugi::xml_document sst;
    if (auto st = parse_xml(sst, *sst_text, where(sst_part)); !st) return st;
    for_each_child(first_element(sst), "si",
                   [&](pugi::xml_node si) { shared_strings.push_back(rich_text(si)); });
    return ok_status();
  }
};

namespace {

Error out_of_memory(const std::string& where) {
  return make_error(ErrorCode::data_error,
                    "ran out of memory reading the workbook (too large to read)", where);
}

}  // namespace

XlsxReader::XlsxReader(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
XlsxReader::XlsxReader(XlsxReader&&) noexcept = default;
XlsxReader& XlsxReader::operator=(XlsxReader&&) noexcept = default;
XlsxReader::~XlsxReader() = default;

const std::string& XlsxReader::name() const { return impl_->name; }
const std::vector<std::string>& XlsxReader::sheet_names() const { return impl_->sheet_names; }

bool XlsxReader::has_sheet(std::string_view sheet_name) const {
  for (const std::string& s : impl_->sheet_names)
    if (iequals_ascii(s, sheet_name)) return true;
  return false;
}

Result<XlsxReader> XlsxReader::open_file(const std::string& path, const XlsxLimits& limits) {
  try {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f)
      return make_error(ErrorCode::io_error,
                        std::string("cannot open the file: ") + std::strerror(errno), path);
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> closer(f, &std::fclose);
    std::string bytes;
    char buf[65536];
    while (true) {
      std::size_t n = std::fread(buf, 1, sizeof buf, f);
      if (n == 0) break;
      if (bytes.size() + n > limits.max_file_bytes)
        return make_error(
            ErrorCode::data_error,
            "file is larger than the limit of " + std::to_string(limits.max_file_bytes) + " bytes",
            path);
      bytes.append(buf, n);
    }
    if (std::ferror(f))
      return make_error(ErrorCode::io_error,
                        std::string("cannot read the file: ") + std::strerror(errno), path);
    return open_bytes(bytes, path, limits);
  } catch (const std::bad_alloc&) {
    return out_of_memory(path);
  }
}

Result<XlsxReader> XlsxReader::open_bytes(std::string_view bytes, std::string name,
                                          const XlsxLimits& limits) {
  const std::string label = name;  // for errors raised after `name` has been moved
  try {
    if (bytes.empty())
      return make_error(ErrorCode::parse_error, "empty file (0 bytes), not an .xlsx workbook",
                        name);
    if (bytes.size() > limits.max_file_bytes)
      return make_error(
          ErrorCode::data_error,
          "file is larger than the limit of " + std::to_string(limits.max_file_bytes) + " bytes",
          name);
    if (bytes.size() < 2 || bytes[0] != 'P' || bytes[1] != 'K') {
      static constexpr char kOle2[] = "\xD0\xCF\x11\xE0";
      if (bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view(kOle2, 4))
        return make_error(ErrorCode::parse_error,
                          "an old binary Excel (.xls) or other OLE2 file, not .xlsx; "
                          "save it as .xlsx",
                          name);
      return make_error(ErrorCode::parse_error,
                        "not an .xlsx workbook: it is not a zip archive (an .xlsx file "
                        "starts with 'PK')",
                        name);
    }
    auto impl = std::make_unique<Impl>();
    impl->name = std::move(name);
    impl->limits = limits;
    impl->bytes.assign(bytes.data(), bytes.size());
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* src = zip_source_buffer_create(impl->bytes.data(), impl->bytes.size(), 0, &err);
    if (!src) {
      std::string msg = zip_error_strerror(&err);
      zip_error_fini(&err);
      return make_error(ErrorCode::internal, "libzip cannot wrap the buffer: " + msg, impl->name);
    }
    zip_t* za = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err);
    if (!za) {
      std::string msg = zip_error_strerror(&err);
      zip_error_fini(&err);
      zip_source_free(src);
      return make_error(ErrorCode::parse_error, "truncated or damaged zip archive (" + msg + ")",
                        impl->name);
    }
    zip_error_fini(&err);
    impl->zip.reset(za);
    if (auto st = impl->open_package(); !st) return st.error();
    return XlsxReader(std::move(impl));
  } catch (const std::bad_alloc&) {
    return out_of_memory(label);
  } catch (const std::exception& e) {
    return make_error(ErrorCode::internal, std::string("unexpected exception: ") + e.what(), label);
  }
}

Result<Sheet> XlsxReader::read_sheet(std::string_view sheet_name) const {
  try {
    const Impl& im = *impl_;
    std::optional<std::size_t> found;
    for (std::size_t i = 0; i < im.sheet_names.size() && !found; ++i)
      if (im.sheet_names[i] == sheet_name) found = i;
    for (std::size_t i = 0; i < im.sheet_names.size() && !found; ++i)
      if (iequals_ascii(im.sheet_names[i], sheet_name)) found = i;
    if (!found) {
      std::string list;
      for (std::size_t i = 0; i < im.sheet_names.size() && i < 30; ++i)
        list += (i ? ", '" : "'") + im.sheet_names[i] + "'";
      if (im.sheet_names.size() > 30) list += ", ...";
      return make_error(ErrorCode::not_found,
                        "no sheet named '" + printable(sheet_name, 80) + "'; the workbook has " +
                            (list.empty() ? std::string("no sheets") : list),
                        im.name);
    }
    const std::string& real_name = im.sheet_names[*found];
    if (!im.sheet_problems[*found].empty())
      return make_error(ErrorCode::data_error, "sheet " + im.sheet_problems[*found],
                        im.name + ":" + quote_sheet(real_name));
    const std::string& part = im.sheet_parts[*found];
    const std::string sheet_where = im.name + ":" + quote_sheet(real_name);
    auto xml = im.read_part(part);
    if (!xml) {
      if (xml.error().code == ErrorCode::not_found)
        return make_error(ErrorCode::data_error, "sheet part " + part + " is missing from the zip",
                          sheet_where);
      // Located at the sheet the caller asked for; the message names the part.
      return make_error(xml.error().code, part + ": " + xml.error().message, sheet_where);
    }
    return parse_sheet_xml(*xml, real_name, im.name, part, im.shared_strings, im.limits);
  } catch (const std::bad_alloc&) {
    return out_of_memory(impl_->name);
  } catch (const std::exception& e) {
    return make_error(ErrorCode::internal, std::string("unexpected exception: ") + e.what(),
                      impl_->name);
  }
}

}  // namespace fardeau::io

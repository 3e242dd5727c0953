// The worksheet side of the .xlsx reader: a Sheet's sparse grid and its lookups, the
// builder that sorts and indexes cells and merged ranges, and the parser of one
// worksheet part (<sheetData> rows and cells, <mergeCells>).
#include <algorithm>
#include <iterator>
#include <tuple>
#include <utility>

#include "io/number_parse.hpp"
#include "io/xlsx_reader.hpp"
#include "io/xlsx_xml.hpp"

namespace fardeau::io {

using xlsx::child_elem;
using xlsx::decode_ooxml_escapes;
using xlsx::node_text;
using xlsx::printable;
using xlsx::quote_sheet;
using xlsx::rich_text;
using xlsx::trim_ascii;

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

Location Sheet::where() const { return at_cell(location_ + ":" + quote_sheet(name_)); }

Location Sheet::where(std::uint32_t row, std::uint32_t col) const {
  return at_cell(location_ + ":" + quote_sheet(name_), cell_ref(row, col));
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

}  // namespace

namespace xlsx {

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
                            at_cell(sheet.where().sheet, printable(ca.value(), 16)));
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

}  // namespace xlsx
}  // namespace fardeau::io

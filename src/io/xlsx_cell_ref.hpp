// Cell references as Excel writes them ("AB12", "$A$1", "A1:D3") and Excel's grid
// bounds: parsing, and printing a 0-based position back. Part of the .xlsx reader
// (xlsx_reader.hpp), usable on its own, e.g. to name a cell in a message.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace fardeau::io {

/// Excel's own grid bounds: 1,048,576 rows x 16,384 columns (A1..XFD1048576).
constexpr std::uint32_t kXlsxMaxRows = 1048576;
constexpr std::uint32_t kXlsxMaxColumns = 16384;

/// 0-based position of a cell: "A1" is {0, 0}, "AB12" is {11, 27}.
struct CellPos {
  std::uint32_t row = 0;
  std::uint32_t col = 0;
  friend bool operator==(const CellPos&, const CellPos&) = default;
};

/// "AB12" -> {11, 27}. Letters then digits, within XFD1048576 ("$" anchors are accepted);
/// a parse_error naming the reference otherwise.
Result<CellPos> parse_cell_ref(std::string_view ref);
/// 0-based column -> letters: 0 -> "A", 27 -> "AB".
std::string column_name(std::uint32_t col);
/// 0-based (row, col) -> "AB12".
std::string cell_ref(std::uint32_t row, std::uint32_t col);

/// An inclusive rectangle of cells, e.g. a merged range "A1:D1".
struct CellRange {
  CellPos first;  ///< top-left
  CellPos last;   ///< bottom-right
  bool contains(std::uint32_t row, std::uint32_t col) const {
    return row >= first.row && row <= last.row && col >= first.col && col <= last.col;
  }
};

/// "A1:D3" (or a single cell "B2") -> range; corners are normalised so first <= last.
Result<CellRange> parse_range_ref(std::string_view ref);

}  // namespace fardeau::io

#include "io/xlsx_cell_ref.hpp"

#include <algorithm>

#include "io/xlsx_xml.hpp"

namespace fardeau::io {

using xlsx::lower_ascii;
using xlsx::printable;

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

}  // namespace fardeau::io

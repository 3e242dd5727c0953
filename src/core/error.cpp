#include "core/error.hpp"

#include <algorithm>
#include <charconv>
#include <ostream>

namespace fardeau {

namespace {

/// "--min-change": a flag's spelling, read as the parameter min_change.
bool is_flag(std::string_view s) {
  if (s.size() < 3 || s.substr(0, 2) != "--") return false;
  return std::all_of(s.begin() + 2, s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

/// "column 12" -> 12; 0 when `s` is not a claim column.
int claim_column_of(std::string_view s) {
  constexpr std::string_view prefix = "column ";
  if (s.substr(0, prefix.size()) != prefix) return 0;
  s.remove_prefix(prefix.size());
  int col = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), col);
  if (ec != std::errc{} || ptr != s.data() + s.size() || col <= 0 || s.front() == '0') return 0;
  return col;
}

}  // namespace

// The one place a location written as text is read into its kind (for callers and tests
// that still write make_error(code, message, "--year")): a flag is a parameter, "column N"
// a claim column, anything else stays as written, so that text() gives it back unchanged.
Location::Location(std::string text) {
  if (text.empty()) return;
  if (is_flag(text)) {
    *this = at_parameter(text.substr(2));
    std::replace(parameter.begin(), parameter.end(), '-', '_');
  } else if (int column = claim_column_of(text); column > 0) {
    *this = at_claim_column(column);
  } else {
    kind = Kind::text;
    written = std::move(text);
  }
}

Location::Location(const char* text) : Location(std::string(text ? text : "")) {}

std::string Location::text() const {
  switch (kind) {
    case Kind::none:
      return {};
    case Kind::parameter: {
      std::string flag = "--" + parameter;
      std::replace(flag.begin() + 2, flag.end(), '_', '-');
      return flag;
    }
    case Kind::file: {
      std::string s = file;
      if (row > 0) s += ":" + std::to_string(row);
      if (row > 0 && col > 0) s += ":" + std::to_string(col);
      return s;
    }
    case Kind::claim:
      return "column " + std::to_string(claim_column);
    case Kind::cell:
      return cell.empty() ? sheet : sheet + "!" + cell;
    case Kind::text:
      return file.empty() ? written : file + ": " + written;
  }
  return written;
}

std::ostream& operator<<(std::ostream& os, const Location& l) { return os << l.text(); }

Location at_parameter(std::string name) {
  Location l;
  l.kind = Location::Kind::parameter;
  l.parameter = std::move(name);
  return l;
}

Location at_file(std::string file, int row, int col) {
  Location l;
  l.kind = Location::Kind::file;
  l.file = std::move(file);
  l.row = row;
  l.col = col;
  return l;
}

Location at_claim_column(int column) {
  Location l;
  l.kind = Location::Kind::claim;
  l.claim_column = column;
  return l;
}

Location at_cell(std::string sheet, std::string cell) {
  Location l;
  l.kind = Location::Kind::cell;
  l.sheet = std::move(sheet);
  l.cell = std::move(cell);
  return l;
}

}  // namespace fardeau

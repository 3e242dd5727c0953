#include "io/sheet_scan.hpp"

#include <array>
#include <cstdio>
#include <exception>
#include <new>

#include "io/number_parse.hpp"

namespace fardeau::io {
namespace {

constexpr std::string_view kNbsp = "\xC2\xA0";

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string_view trim_text(std::string_view s) {
  while (true) {
    if (!s.empty() && is_space(s.front()))
      s.remove_prefix(1);
    else if (s.substr(0, 2) == kNbsp)
      s.remove_prefix(2);
    else
      break;
  }
  while (true) {
    if (!s.empty() && is_space(s.back()))
      s.remove_suffix(1);
    else if (s.size() >= 2 && s.substr(s.size() - 2) == kNbsp)
      s.remove_suffix(2);
    else
      break;
  }
  return s;
}

std::string_view cell_text(const Cell& c) {
  return c.type == CellType::text ? trim_text(c.text) : std::string_view{};
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

bool equals_icase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

bool starts_with_icase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && equals_icase(s.substr(0, prefix.size()), prefix);
}

bool contains_icase(std::string_view haystack, std::string_view needle) {
  if (needle.empty()) return true;
  for (std::size_t i = 0; i + needle.size() <= haystack.size(); ++i)
    if (equals_icase(haystack.substr(i, needle.size()), needle)) return true;
  return false;
}

std::optional<YearHeader> parse_year_header(const Cell& c) {
  if (c.type == CellType::number) {
    double v = c.number;
    if (v >= 1900 && v <= 2100 && v == static_cast<double>(static_cast<int>(v)))
      return YearHeader{static_cast<int>(v), false};
    return std::nullopt;
  }
  std::string_view t = cell_text(c);
  if (!t.empty() && t.back() == '*') t = trim_text(t.substr(0, t.size() - 1));
  if (t.size() < 4) return std::nullopt;
  auto year = parse_int(t.substr(0, 4), 1900, 2100);
  if (!year) return std::nullopt;
  std::string_view rest = trim_text(t.substr(4));
  if (rest.empty()) return YearHeader{static_cast<int>(*year), false};
  if (rest == "e" || rest == "E") return YearHeader{static_cast<int>(*year), true};
  return std::nullopt;
}

bool is_not_available_marker(std::string_view text) {
  std::string compact;
  for (char c : text)
    if (!is_space(c)) compact += lower(c);
  // NBSPs inside ". ." would survive the loop above; drop them too.
  for (std::size_t p; (p = compact.find(kNbsp)) != std::string::npos;) compact.erase(p, 2);
  return compact == ".." || compact == "..." || compact == "-" || compact == "\xE2\x80\x93" ||
         compact == "n.a." || compact == "n/a" || compact == "na";
}

std::optional<int> price_base_year(std::string_view text) {
  const std::string t = lower_ascii(text);
  for (std::size_t i = 0; i + 4 <= t.size(); ++i) {
    if (!is_digit(t[i]) || (i > 0 && is_digit(t[i - 1]))) continue;
    if (!is_digit(t[i + 1]) || !is_digit(t[i + 2]) || !is_digit(t[i + 3])) continue;
    if (i + 4 < t.size() && is_digit(t[i + 4])) continue;
    int year =
        (t[i] - '0') * 1000 + (t[i + 1] - '0') * 100 + (t[i + 2] - '0') * 10 + (t[i + 3] - '0');
    if (year < 1900 || year > 2100) continue;
    // Before: "constant " or "constant (" ; after: " prices" / ") prices" / " price".
    std::size_t b = i;
    while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '(')) --b;
    bool constant_before = b >= 8 && t.compare(b - 8, 8, "constant") == 0;
    std::size_t a = i + 4;
    while (a < t.size() && (t[a] == ' ' || t[a] == ')')) ++a;
    bool prices_after = t.compare(a, 5, "price") == 0;
    if (constant_before || prices_after) return year;
  }
  return std::nullopt;
}

double round_decimals(double v, int decimals) {
  // glibc's printf is exact: it rounds the binary value's full decimal expansion to
  // nearest, ties to even, which is what Python's round() computes (via dtoa mode 3).
  // 400 bytes hold "%.10f" of the largest double (309 integer digits).
  std::array<char, 400> buf{};
  int n = std::snprintf(buf.data(), buf.size(), "%.*f", decimals, v);
  if (n <= 0 || static_cast<std::size_t>(n) >= buf.size()) return v;
  auto parsed = parse_double(std::string_view(buf.data(), static_cast<std::size_t>(n)));
  return parsed ? *parsed : v;
}

std::string describe_cell(const Cell& c) {
  switch (c.type) {
    case CellType::boolean:
      return c.number != 0 ? "TRUE" : "FALSE";
    case CellType::error:
      return "error value " + c.text;
    default:
      return "'" + std::string(cell_text(c)).substr(0, 60) + "'";
  }
}

Error import_exception_error(const std::string& where) {
  try {
    throw;
  } catch (const std::bad_alloc&) {
    return make_error(ErrorCode::data_error, "ran out of memory importing the workbook", where);
  } catch (const std::exception& e) {
    return make_error(ErrorCode::internal, std::string("unexpected exception: ") + e.what(), where);
  } catch (...) {
    return make_error(ErrorCode::internal, "unexpected exception of an unknown type", where);
  }
}

}  // namespace fardeau::io

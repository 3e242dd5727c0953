#include "io/reference_table.hpp"

#include <fmt/format.h>

#include "io/number_parse.hpp"

namespace fardeau::io {
namespace {

bool digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

/// YYYY-MM-DD, or YYYY-MM when `month_ok`: digits where digits go, a month 01-12, a day 01-31.
bool is_date(std::string_view s, bool month_ok) {
  if (s.size() != 10 && !(month_ok && s.size() == 7)) return false;
  if (!digits(s.substr(0, 4)) || s[4] != '-' || !digits(s.substr(5, 2))) return false;
  const int month = (s[5] - '0') * 10 + (s[6] - '0');
  if (month < 1 || month > 12) return false;
  if (s.size() == 7) return true;
  if (s[7] != '-' || !digits(s.substr(8, 2))) return false;
  const int day = (s[8] - '0') * 10 + (s[9] - '0');
  return day >= 1 && day <= 31;
}

}  // namespace

Result<ReferenceTable> ReferenceTable::open(std::string_view text, const std::string& name,
                                            std::initializer_list<std::string_view> columns) {
  CsvReader reader(text, name);
  FARDEAU_TRY(header, CsvHeader::read(reader));
  std::string layout = "expected the columns";
  for (std::string_view c : columns) layout += " " + std::string(c);
  FARDEAU_TRY(cols, header.require(columns, layout));
  return ReferenceTable(std::move(reader), std::move(header), std::move(cols),
                        std::vector<std::string_view>(columns));
}

Result<bool> ReferenceTable::next() { return header_.next(reader_, row_); }

Error ReferenceTable::invalid(std::size_t k, std::string_view problem) const {
  return make_error(ErrorCode::data_error, fmt::format("{} '{}' {}", names_[k], field(k), problem),
                    reader_.where(cols_[k] + 1));
}

Result<std::string> ReferenceTable::text(std::size_t k) const {
  if (field(k).empty())
    return make_error(ErrorCode::data_error,
                      fmt::format("empty {}; a value is required", names_[k]),
                      reader_.where(cols_[k] + 1));
  return field(k);
}

Result<std::string> ReferenceTable::iso3(std::size_t k) const {
  const std::string& s = field(k);
  bool ok = s.size() == 3;
  for (char c : s) ok = ok && c >= 'A' && c <= 'Z';
  if (!ok) return invalid(k, "is not an ISO 3166-1 alpha-3 code (three capital letters, e.g. FRA)");
  return s;
}

Result<std::string> ReferenceTable::date(std::size_t k, bool optional, bool month_ok) const {
  const std::string& s = field(k);
  if (s.empty() && optional) return s;
  if (!is_date(s, month_ok))
    return invalid(k, month_ok ? "is not a date (expected YYYY-MM-DD or YYYY-MM)"
                               : "is not a date (expected YYYY-MM-DD)");
  return s;
}

Result<int> ReferenceTable::number(std::size_t k, int lo, int hi, int empty_as) const {
  if (field(k).empty() && empty_as >= 0) return empty_as;
  auto v = parse_int(field(k), lo, hi);
  if (!v) return invalid(k, fmt::format("is not a whole number from {} to {}", lo, hi));
  return static_cast<int>(*v);
}

Status ReferenceTable::once(std::size_t k, const std::string& key) {
  auto [it, fresh] = rows_of_.try_emplace(key, reader_.row());
  if (!fresh) return invalid(k, fmt::format("is listed twice (first at row {})", it->second));
  return ok_status();
}

}  // namespace fardeau::io

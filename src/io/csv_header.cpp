#include "io/csv_header.hpp"

namespace fardeau::io {

Result<CsvHeader> CsvHeader::read(CsvReader& reader) {
  std::vector<std::string> names;
  auto got = reader.next(names);
  if (!got) return got.error();
  if (!*got) return make_error(ErrorCode::data_error, "empty file: no header row", reader.name());
  return CsvHeader(std::move(names), reader.where());
}

std::optional<std::size_t> CsvHeader::find(std::string_view name) const {
  for (std::size_t i = 0; i < names_.size(); ++i)
    if (names_[i] == name) return i;
  return std::nullopt;
}

Result<std::vector<std::size_t>> CsvHeader::require(std::initializer_list<std::string_view> names,
                                                    std::string_view layout) const {
  std::vector<std::size_t> cols;
  for (std::string_view name : names) {
    auto c = find(name);
    if (!c)
      return make_error(ErrorCode::data_error,
                        "missing column '" + std::string(name) + "'" +
                            (layout.empty() ? "" : "; " + std::string(layout)),
                        where_);
    cols.push_back(*c);
  }
  return cols;
}

Result<bool> CsvHeader::next(CsvReader& reader, std::vector<std::string>& row) const {
  auto got = reader.next(row);
  if (!got || !*got) return got;
  if (row.size() != names_.size())
    return make_error(ErrorCode::data_error,
                      "row has " + std::to_string(row.size()) + " fields, the header has " +
                          std::to_string(names_.size()),
                      reader.where());
  return true;
}

}  // namespace fardeau::io

#include "io/csv_reader.hpp"

#include <utility>

namespace fardeau::io {

CsvReader::CsvReader(std::string_view text, std::string name)
    : text_(text), name_(std::move(name)) {
  if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
}

Location CsvReader::where(std::size_t column) const {
  return at_file(name_, static_cast<int>(row_), static_cast<int>(column));
}

Result<bool> CsvReader::next(std::vector<std::string>& fields) {
  // Fields are overwritten in place and the vector trimmed at the end, so the strings'
  // buffers are reused from record to record (no allocation per field in steady state).
  std::size_t count = 0;
  auto next_field = [&]() -> std::string& {
    if (count == fields.size()) fields.emplace_back();
    std::string& f = fields[count++];
    f.clear();
    return f;
  };
  // Skip blank lines.
  while (pos_ < text_.size() && (text_[pos_] == '\n' || text_[pos_] == '\r')) {
    if (text_[pos_] == '\n') ++line_;
    ++pos_;
  }
  if (pos_ >= text_.size()) {
    fields.clear();
    return false;
  }
  row_ = line_;
  const std::size_t n = text_.size();
  while (true) {
    const std::size_t column = count + 1;
    std::string& field = next_field();
    if (pos_ < n && text_[pos_] == '"') {
      ++pos_;
      while (true) {
        if (pos_ >= n)
          return make_error(ErrorCode::parse_error,
                            "unterminated quoted field (a closing '\"' is missing)", where(column));
        char c = text_[pos_];
        if (c == '"') {
          if (pos_ + 1 < n && text_[pos_ + 1] == '"') {
            field += '"';
            pos_ += 2;
            continue;
          }
          ++pos_;
          break;
        }
        if (c == '\n') ++line_;
        field += c;
        ++pos_;
      }
      if (pos_ < n && text_[pos_] != ',' && text_[pos_] != '\n' && text_[pos_] != '\r')
        return make_error(ErrorCode::parse_error,
                          "unexpected character after a closing quote; expected ',' or end of "
                          "line",
                          where(column));
    } else {
      std::size_t start = pos_;
      // A quote inside an unquoted field is taken literally, as Python's csv module and
      // spreadsheet programs do (nato_members.csv has one: NATO tables call it "...").
      while (pos_ < n && text_[pos_] != ',' && text_[pos_] != '\n' && text_[pos_] != '\r') ++pos_;
      field.assign(text_.data() + start, pos_ - start);
    }
    if (pos_ >= n) break;
    if (text_[pos_] == ',') {
      ++pos_;
      continue;
    }
    // End of record: CRLF or LF (a lone CR also ends it).
    if (text_[pos_] == '\r') ++pos_;
    if (pos_ < n && text_[pos_] == '\n') ++pos_;
    ++line_;
    break;
  }
  fields.resize(count);
  return true;
}

}  // namespace fardeau::io

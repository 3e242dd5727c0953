#include "io/data_source.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "embedded_data.hpp"

namespace fardeau::io {

Result<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return make_error(ErrorCode::io_error, std::string("cannot open file: ") + std::strerror(errno),
                      path);
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return make_error(ErrorCode::io_error, "error while reading file", path);
  return ss.str();
}

std::string DataSource::location(std::string_view name) const {
  if (is_embedded()) return std::string(name);
  return dir_ + "/" + std::string(name);
}

Result<FileText> DataSource::read(std::string_view name) const {
  if (is_embedded()) {
    if (auto blob = embedded::find(name)) return FileText::borrowed(*blob);
    return make_error(ErrorCode::internal, "no embedded data file named " + std::string(name));
  }
  auto text = read_file(location(name));
  if (!text) return text.error();
  return FileText::owned(std::move(*text));
}

}  // namespace fardeau::io

#include "io/data_source.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "embedded_data.hpp"

namespace fardeau::io {

Result<std::string> read_file(const std::string& path, std::uint64_t max_bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return make_error(ErrorCode::io_error, std::string("cannot open file: ") + std::strerror(errno),
                      path);
  auto too_big = [&] {
    return make_error(ErrorCode::limit_exceeded,
                      fmt::format("the file is larger than the limit of {} MiB ({} bytes); "
                                  "nothing was read past it",
                                  max_bytes >> 20, max_bytes),
                      path);
  };
  // A regular file's size is known before reading; pipes and devices are read in chunks.
  std::error_code ec;
  const auto size = std::filesystem::is_regular_file(path, ec)
                        ? std::filesystem::file_size(path, ec)
                        : std::uintmax_t{0};
  if (!ec && size > max_bytes) return too_big();
  std::string text;
  if (!ec && size > 0) text.reserve(static_cast<std::size_t>(size));
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    if (text.size() + static_cast<std::size_t>(in.gcount()) > max_bytes) return too_big();
    text.append(buf, static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) return make_error(ErrorCode::io_error, "error while reading file", path);
  return text;
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

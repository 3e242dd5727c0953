#include "commands/read_input.hpp"

#include "io/data_source.hpp"

namespace fardeau::cli {

Result<std::string> read_input(const std::string& path, std::size_t max_bytes,
                               const Location& flag) {
  auto text = io::read_file(path == "-" ? "/dev/stdin" : path, max_bytes);
  if (text) return text;
  // The command's wording, the flag named: io::read_file names the path only.
  if (text.error().code == ErrorCode::limit_exceeded)
    return make_error(
        ErrorCode::limit_exceeded,
        "'" + path + "' is larger than " + std::to_string(max_bytes) + " bytes; split it", flag);
  return make_error(ErrorCode::io_error, "cannot read '" + path + "': no such file or not readable",
                    flag);
}

}  // namespace fardeau::cli

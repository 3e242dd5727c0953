// Reading a text input of a command (a claims file, an article): a file or - (standard
// input), at most `max_bytes`, with the error naming the flag. Built on io::read_file, which
// stops at the limit without reading past it (pipes and devices too).
#pragma once
#include <cstddef>
#include <string>

#include "core/error.hpp"

namespace fardeau::cli {

/// The bytes of `path` ("-": standard input); io_error or limit_exceeded naming `flag`.
Result<std::string> read_input(const std::string& path, std::size_t max_bytes,
                               const Location& flag);

}  // namespace fardeau::cli

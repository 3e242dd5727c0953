// Reading an article for `extract` and `check --article`: a file or - (standard input),
// at most extract::kMaxTextBytes.
#pragma once
#include <string>

#include "core/error.hpp"
#include "extract/text.hpp"

namespace fardeau::cli {

/// The bytes of the file (or of standard input for "-"); errors name `flag`.
Result<std::string> read_article(const std::string& path, const char* flag);

}  // namespace fardeau::cli

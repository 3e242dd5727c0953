// Strict number parsing for data files and flags: the whole text must be a number.
#pragma once
#include <optional>
#include <string_view>

namespace fardeau::io {

/// A finite double from plain or exponent notation ("1.715e-05"); nullopt otherwise.
std::optional<double> parse_double(std::string_view text);
/// A whole number within [lo, hi]; nullopt otherwise.
std::optional<long long> parse_int(std::string_view text, long long lo, long long hi);

}  // namespace fardeau::io

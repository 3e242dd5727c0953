// Locating errors in a claim: columns counted in characters (so that `±` or `≥` count
// as one), the Error value every pass returns, and the two-line caret display.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace fardeau::claims {

/// 1-based column of `byte_offset` in `text`: one per UTF-8 code point before it.
std::size_t column_of(std::string_view text, std::size_t byte_offset);

/// Error{code, message, where = "column N"} for the character at `byte_offset`.
Error error_at(ErrorCode code, std::string_view text, std::size_t byte_offset, std::string message);
/// Same, with the message in French too (Error::message_fr).
Error error_at(ErrorCode code, std::string_view text, std::size_t byte_offset, std::string message,
               std::string message_fr);

/// The claim column of an error's location (Location::Kind::claim), if any.
std::optional<std::size_t> error_column(const Error& e);

/// Two lines: the claim (tabs and newlines shown as spaces so the caret lines up), then
/// spaces and a `^` under `column`. No trailing newline.
std::string caret_display(std::string_view claim, std::size_t column);
/// Same, at the column of `e`; the claim alone when `e` has no column.
std::string caret_display(std::string_view claim, const Error& e);

}  // namespace fardeau::claims

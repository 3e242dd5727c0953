// The characters of the claim language, shared by the lexer (lexer.cpp) and the
// number literals (number_literal.cpp): ASCII classes, UTF-8 decoding, spaces.
#pragma once
#include <cstddef>
#include <string_view>

#include "claims/token.hpp"
#include "core/error.hpp"

namespace fardeau::claims {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_ident_start(char c) { return is_alpha(c) || c == '_'; }
inline bool is_ident_char(char c) { return is_alpha(c) || is_digit(c) || c == '_'; }

inline char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

inline bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

// One decoded code point; len == 0 marks invalid UTF-8 at that byte.
struct CodePoint {
  char32_t cp = 0;
  std::size_t len = 0;
};

/// The code point starting at byte `i` of `s` (len == 0 when it is not valid UTF-8).
CodePoint decode(std::string_view s, std::size_t i);
/// ASCII spaces and the no-break spaces of French typography.
bool is_space_cp(char32_t cp);
/// Bytes of spaces starting at `i`; invalid UTF-8 stops the run (the lexer reports it).
std::size_t spaces_at(std::string_view s, std::size_t i);

/// The number literal starting at byte `start` of `claim` (a digit): digits, an optional
/// scale word and `%` or `pp` (number_literal.cpp). A parse_error located in `claim`.
Result<Token> lex_number(std::string_view claim, std::size_t start);

}  // namespace fardeau::claims

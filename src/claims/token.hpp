// Tokens of the claim language. Each token keeps its byte offset into the claim so that
// every later error can point at a column.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace fardeau::claims {

enum class TokenKind : std::uint8_t {
  end,         ///< end of the claim
  number,      ///< 41, 4.5, 41e9, 41bn, 41 milliards, 12.5%, 0.2pp
  identifier,  ///< pct_gdp, USA, europe-canada, nato-2019, current, as-of
  kw_and,      ///< and
  kw_or,       ///< or
  kw_not,      ///< not
  lparen,      ///< (
  rparen,      ///< )
  lbracket,    ///< [
  rbracket,    ///< ]
  comma,       ///< ,
  colon,       ///< :  (group membership: europe-canada:current)
  at,          ///< @  (vintage: @nato-2019)
  dotdot,      ///< .. or an en dash –  (year range 2016..2018)
  plus,        ///< +
  minus,       ///< - or U+2212 −
  star,        ///< * or ×
  slash,       ///< / or ÷
  eq,          ///< = or ==
  ne,          ///< != or ≠
  lt,          ///< <
  le,          ///< <= or ≤
  gt,          ///< >
  ge,          ///< >= or ≥
  approx,      ///< ~ or ≈
  plusminus,   ///< ± or +-  (tolerance)
};

/// Power-of-ten word written after a number.
enum class Scale : std::uint8_t { none, thousand, million, billion, trillion };

/// Unit marker written after a number. `%` does not divide by 100: every ratio in the
/// language is already a percentage (pct_gdp = 2 means 2 %). In a tolerance, `%` means
/// relative and `pp` (percentage points) or nothing means absolute.
enum class NumberUnit : std::uint8_t { none, percent, points };

struct Token {
  TokenKind kind = TokenKind::end;
  std::uint32_t offset = 0;  ///< byte offset of the first byte in the claim
  std::uint32_t length = 0;  ///< bytes, including a number's suffix
  std::string_view text;     ///< the bytes of the token, a view into the claim

  // Numbers only.
  double value = 0.0;  ///< after the scale word: 41bn -> 4.1e10
  Scale scale = Scale::none;
  NumberUnit unit = NumberUnit::none;
};

/// Words for messages: "number", "')'", "end of claim", ...
const char* describe(TokenKind kind);
/// The same in French ("fin de l’affirmation", "nombre", "nom"; symbols are unchanged).
const char* describe_fr(TokenKind kind);
/// Multiplier of a scale word (1, 1e3, 1e6, 1e9, 1e12).
double multiplier(Scale s);

}  // namespace fardeau::claims

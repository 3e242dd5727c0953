// The claim lexer: UTF-8 text to tokens with byte offsets.
//
// Accepted synonyms: ± for +-, ≥ ≤ ≠ ≈ for >= <= != ~, − (U+2212) for -, × for *, ÷ for /,
// an en dash – for the range `..`. No-break spaces (U+00A0, U+202F, U+2009) are spaces, as
// French typography puts them before % and between a number and its unit.
//
// Numbers: digits with an optional decimal point and exponent (41, 4.5, 41e9, 1.5E-3),
// then an optional scale word, attached or after spaces (41bn, 41 milliards, 41 Md,
// 12 k, 3 tn), then an optional `%` or `pp`. The decimal comma is NOT accepted: `41,7`
// is two numbers, because the comma already separates call arguments
// (`f(2016,2018)`); the parser says so when it meets one.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "claims/token.hpp"
#include "core/error.hpp"

namespace fardeau::claims {

/// Tokens of `claim`, ending with one TokenKind::end token at offset claim.size().
/// Errors are parse_error with where = "column N": invalid UTF-8, a character the
/// language does not use, an unknown number suffix, a number out of range, a claim
/// longer than kMaxClaimBytes.
Result<std::vector<Token>> lex(std::string_view claim);

/// The scale of a word written after a number, or nullopt. Short forms are
/// case-sensitive (k, M, m, mn, bn, Md, Mds, Mrd, tn); long forms are not
/// (thousand(s), million(s), billion(s), milliard(s), trillion(s)). `billion` is the
/// English 10^9; a French "billion" (10^12) must be written 1000 milliards.
std::optional<Scale> scale_word(std::string_view word);

}  // namespace fardeau::claims

// Hard limits of the claim language. A claim is one sentence typed by a person or sent
// to the server; the limits keep every pass (lexer, parser, checker, evaluator,
// printer) bounded in time and stack whatever the input, so hostile input is an error,
// never a crash.
#pragma once
#include <cstddef>

namespace fardeau::claims {

/// Longest claim accepted, in bytes of UTF-8.
inline constexpr std::size_t kMaxClaimBytes = 4096;
/// Deepest syntactic nesting: parentheses, brackets, call arguments, unary minus, `not`.
inline constexpr int kMaxNesting = 64;
/// Tallest expression tree, counting chained operators (`1+1+1+...`) as levels too.
/// Every recursive pass walks at most this many frames.
inline constexpr int kMaxTreeHeight = 256;

}  // namespace fardeau::claims

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
/// Most values one evaluation may ask the DataContext for. The largest honest claims
/// (a 75-year trend of a 32-ally sum, a count over 32 allies) need a few thousand; the
/// budget stops a 4 KB claim made of many group sums from tying up a server thread.
inline constexpr int kMaxValueRequests = 100000;
/// Most combinations of open years (the product of the years each either(...) lists): each
/// is a reading, times the other open dimensions (method, prices, editions, membership).
inline constexpr std::size_t kMaxOpenYearReadings = 64;

}  // namespace fardeau::claims

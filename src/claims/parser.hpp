// The claim parser: recursive descent from tokens to a Claim (see docs/claims.md for the
// grammar). It checks syntax only; claims/check.hpp checks names, arities and kinds.
#pragma once
#include <string_view>

#include "claims/ast.hpp"
#include "core/error.hpp"

namespace fardeau::claims {

/// Parse one claim. Errors are Error{parse_error, "what was expected, what was found",
/// where = "column N"}; render them with caret_display(). Claims longer than
/// kMaxClaimBytes, nested deeper than kMaxNesting or taller than kMaxTreeHeight are
/// errors too, so no input can exhaust the stack.
Result<Claim> parse(std::string_view text);

}  // namespace fardeau::claims

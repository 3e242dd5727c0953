// The semantic check: every function and indicator exists, calls have the right number
// and kinds of arguments, names stand where names go and numbers where numbers go, the
// per-ally forms (indicator[year], meets(year)) appear only inside count(...), and the
// claim as a whole is true or false. The evaluator runs it first, so it can rely on it.
#pragma once
#include <optional>

#include "claims/ast.hpp"
#include "core/error.hpp"

namespace fardeau::claims {

/// The first problem, as Error{invalid_argument or not_found, message,
/// where = "column N"} pointing at the offending call, name or argument.
Status check(const Claim& claim);

/// The node giving the membership year of a count(...) call: its third argument, or the
/// year the per-ally forms of its predicate name (check() makes sure there is one).
std::optional<NodeId> count_year(const Claim& claim, NodeId count_call);

/// Whether a meets(...) call is the per-ally form meets(year[, target]) (first argument
/// is not a name); only valid inside count(...).
bool is_per_ally_meets(const Claim& claim, const Call& call);

}  // namespace fardeau::claims

// The checker's rules that need no recursion into expressions (internal to check*.cpp):
// what a name may stand for (check_names.cpp) and where count(...) takes its year of
// membership from (check_count.cpp). check.cpp walks the claim and calls them.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claims/ast.hpp"
#include "claims/diagnostic.hpp"
#include "claims/function_table.hpp"
#include "core/error.hpp"

namespace fardeau::claims {

/// An error pointing at node `id` of `claim`; every message has its French version, so
/// that a French reader never gets English.
inline Error check_error(const Claim& claim, NodeId id, std::string msg, std::string msg_fr,
                         ErrorCode code = ErrorCode::invalid_argument) {
  return error_at(code, claim.text, claim.at(id).span.offset, std::move(msg), std::move(msg_fr));
}

// ---------------------------------------------------------------- names (check_names.cpp)

/// Argument `i` of `f` must name an indicator (not a group, an ally or a membership).
Result<const IndicatorName*> indicator_arg(const Claim& claim, NodeId a, const FunctionInfo& f,
                                           std::size_t i);
/// Argument `i` of `f` (or the series' first argument when `f` is null) must name an ally
/// or a group as `kind` asks.
Status entity_arg(const Claim& claim, NodeId a, ArgKind kind, const FunctionInfo* f = nullptr,
                  std::size_t i = 0);
/// Why a ratio cannot be summed over `group`, in English and in French.
std::string not_additive(const IndicatorName& ind, std::string_view group);
std::string not_additive_fr(const IndicatorName& ind, std::string_view group);
/// A ratio indicator may not be taken over a group (only avg(...) averages it).
Status additive_for_group(const Claim& claim, const IndicatorName& ind, NodeId a);

// ---------------------------------------------------------------- count(...) (check_count.cpp)

/// Year nodes of the per-ally forms in a count predicate, not entering nested counts.
void collect_per_ally_years(const Claim& claim, NodeId id, std::vector<NodeId>& out);
/// A count(...) without its third argument: the predicate must name one literal year.
Status count_year_check(const Claim& claim, NodeId id, const Call& d);

}  // namespace fardeau::claims

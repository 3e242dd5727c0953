// Claims back to text, in a canonical spelling: what `--explain` and the readings show,
// and what the fuzzer re-parses (printing is a fixed point after one round trip).
#pragma once
#include <string>

#include "claims/ast.hpp"

namespace fardeau::claims {

/// The whole claim, e.g. "cumulative(defexp_usd_const, europe-canada, 2016..2018) ~ 41e9
/// @nato-2019".
std::string to_source(const Claim& claim);
/// One node and its children.
std::string to_source(const Claim& claim, NodeId node);

}  // namespace fardeau::claims

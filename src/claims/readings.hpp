// Alternative readings of a claim that does not pin its method, price basis, vintage or
// membership. "European Allies and Canada have added 41 billion dollars" can mean a level
// difference or a cumulative sum over the base year, in current or constant prices, in
// this edition or that one, with the members of each year or today's: the checker
// evaluates every reading and reports which ones reproduce the figure.
#pragma once
#include <string>
#include <vector>

#include "claims/ast.hpp"
#include "claims/data_context.hpp"

namespace fardeau::claims {

struct ReadingOptions {
  /// Vintages to try, each as the vintage of the whole claim. Used only when the claim
  /// names no vintage anywhere (no @).
  std::vector<std::string> vintages;
  bool vary_method = true;      ///< cumulative(...) <-> level_change(...)
  bool vary_prices = true;      ///< *_const <-> *_current
  bool vary_membership = true;  ///< as-of <-> current, for groups written without ':'
};

struct Reading {
  std::string
      label;    ///< "cumulative over the base year, constant prices, nato-2019, as-of membership"
  Claim claim;  ///< the rewritten claim; error columns still refer to the original text
  std::string text;  ///< to_source(claim)
  /// The same reading in another edition has the same key: the options of every dimension
  /// but the vintage (so that a checker can pick, among editions, the one that reproduces
  /// a figure best).
  std::vector<std::size_t> key_without_vintage;
};

/// Every combination of the dimensions the claim leaves open, the claim's own reading
/// first (with the first vintage of the list when vintages vary). A claim with nothing
/// to vary gives one reading labelled "as written". Dimensions:
///  - open years: each either(y1, y2, ...) of a range becomes each of its years, in the
///    order written ("base year 2016", "from 2012", "to 2018"), whatever the options: a
///    claim with an open year cannot be evaluated as written;
///  - method: when the claim uses cumulative or level_change, all such calls become one,
///    then the other;
///  - prices: when it uses a money indicator (defexp_usd_*, gdp_usd_*), all become
///    constant, then current (written basis first);
///  - vintage: when it names none and options.vintages is not empty;
///  - membership: groups that are summed (not those of members/count), as-of then current.
std::vector<Reading> readings(const Claim& claim, const ReadingOptions& options);

/// Same, with the vintages the context lists.
std::vector<Reading> readings(const Claim& claim, const DataContext& ctx);

}  // namespace fardeau::claims

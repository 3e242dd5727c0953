// Alternative readings of a claim that does not pin its method, price basis, vintage or
// membership. "European Allies and Canada have added 41 billion dollars" can mean a level
// difference or a cumulative sum over the base year, in current or constant prices, in
// this edition or that one, with the members of each year or today's: the checker
// evaluates every reading and reports which ones reproduce the figure.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claims/ast.hpp"
#include "claims/data_context.hpp"
#include "claims/function_table.hpp"
#include "core/group.hpp"
#include "core/indicator.hpp"

namespace fardeau::claims {

struct ReadingOptions {
  /// Vintages to try, each as the vintage of the whole claim. Used only when the claim
  /// names no vintage anywhere (no @).
  std::vector<std::string> vintages;
  bool vary_method = true;      ///< cumulative(...) <-> level_change(...)
  bool vary_prices = true;      ///< *_const <-> *_current
  bool vary_membership = true;  ///< as-of <-> current, for groups written without ':'
};

/// A year the claim left open (either(2016, 2014)) and the one a reading chose.
struct OpenYearChoice {
  enum class Role { base_year, from, to };  ///< "base year 2016", "from 2012", "to 2018"
  Role role = Role::base_year;
  std::string year;  ///< as written in the claim: "2016"
};

/// What a reading chose in each dimension the claim left open; an empty optional is a
/// dimension the claim pins (or that was not varied). Render and the page label a
/// reading from these fields, in either language.
struct ReadingChoices {
  std::vector<OpenYearChoice> years;  ///< in the order written
  std::optional<FunctionId> method;   ///< FunctionId::cumulative or FunctionId::level_change
  std::optional<PriceBasis> prices;
  std::optional<std::string> vintage;  ///< the edition's id: "nato-2019"
  std::optional<Membership> membership;

  bool as_written() const { return years.empty() && !method && !prices && !vintage && !membership; }
};

/// The words a reading's label is made of, in one language.
struct ReadingWords {
  std::string_view as_written;                      ///< the label of a reading that chose nothing
  std::string_view base_year, from, to;             ///< each followed by the year: "base year 2016"
  std::string_view cumulative, level_change;        ///< the methods
  std::string_view constant, current;               ///< the price bases
  std::string_view as_of_members, current_members;  ///< the memberships
};
extern const ReadingWords kReadingWordsEn;

/// A reading's label: its choices in the order above joined by ", " (the vintage as its
/// id), `words.as_written` when it chose nothing.
std::string reading_label(const ReadingChoices& c, const ReadingWords& words);
/// The English label ("cumulative over the base year, constant prices, nato-2019, as-of
/// membership"), which JSON "label" and the CSV carry.
std::string label_en(const ReadingChoices& c);

struct Reading {
  ReadingChoices choices;
  std::string label;  ///< label_en(choices)
  Claim claim;        ///< the rewritten claim; error columns still refer to the original text
  std::string text;   ///< to_source(claim)
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

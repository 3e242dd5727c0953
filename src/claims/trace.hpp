// The steps of a claim's evaluation (`fardeau check --explain`), as data rather than
// words: the render layer words each step in English or French and writes its numbers in
// the language's style. Names (indicators, allies, groups, editions) and the claim's own
// source text are the claim language's and stay as they are.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "claims/ast.hpp"
#include "core/group.hpp"

namespace fardeau::claims {

/// The edition a claim is evaluated on, and what chose it.
struct VintageStep {
  enum class Why { named, default_, reading };  ///< by the claim, by default, by a reading
  std::string id;
  Why why = Why::default_;
};
/// A group's sum of an indicator in a year.
struct AggregateStep {
  std::string indicator, group;
  Membership membership = Membership::as_of;
  int year = 0;
  double total = 0.0;
  std::size_t reporting = 0, members = 0;
  std::vector<std::string> skipped;  ///< members that publish no value
  std::string vintage;
};
/// One ally's value.
struct ValueStep {
  std::string indicator, ally;
  int year = 0;
  double value = 0.0;
  std::string vintage;
};
/// avg(...) over a group.
struct MeanStep {
  std::string source;
  double mean = 0.0;
  std::size_t allies = 0;
};
/// members(year, group).
struct MembersStep {
  int year = 0;
  std::string group;
  Membership membership = Membership::as_of;
  std::size_t count = 0;
};
/// count(...) over a group: the allies for which the condition holds.
struct CountStep {
  std::string group;
  Membership membership = Membership::as_of;
  int year = 0;
  std::size_t allies = 0;
  std::vector<std::string> holding, skipped;
};
/// share(indicator, ally, group, year).
struct ShareStep {
  std::string ally;
  double value = 0.0, total = 0.0, share_pct = 0.0;
};
/// level_change / pct_change between the first and last year of a range.
struct ChangeStep {
  bool percent = false;  ///< pct_change: 100 * (x(to) / x(from) - 1)
  std::string source;
  int from = 0, to = 0;
  double value = 0.0;
};
/// cumulative(...): the sum of each year's difference from the base year.
struct CumulativeStep {
  struct Term {
    int year = 0;
    double difference = 0.0;
  };
  std::string source;
  int base_year = 0;
  std::vector<Term> terms;
  double total = 0.0;
};
/// trend(...): the least-squares slope.
struct TrendStep {
  std::string source;
  double slope = 0.0;
  std::size_t years = 0;
};
/// `and` / `or` of two conditions.
struct LogicStep {
  bool lhs = false;
  LogicOp op = LogicOp::and_;
  bool rhs = false, holds = false;
};
/// meets(ally, year, target): the published % of GDP, rounded as NATO does.
struct MeetsStep {
  std::string ally;
  int year = 0;
  double target_pct = 0.0, value_pct = 0.0, rounded_pct = 0.0;
  bool meets = false;
};
/// A comparison, with the band of a `~`.
struct CompareStep {
  struct Band {
    double difference = 0.0, band = 0.0;
    bool relative = false, is_default = false;
    double amount = 0.0;  ///< relative: the % of `of`
    double of = 0.0;      ///< relative: |right-hand value|
  };
  std::string source;
  double left = 0.0;
  CompareOp op = CompareOp::eq;
  double right = 0.0;
  std::optional<Band> band;
  bool holds = false;
};
/// The verdict.
struct ResultStep {
  bool holds = false;
};

using TraceStep = std::variant<VintageStep, AggregateStep, ValueStep, MeanStep, MembersStep,
                               CountStep, ShareStep, ChangeStep, CumulativeStep, TrendStep,
                               LogicStep, MeetsStep, CompareStep, ResultStep>;

}  // namespace fardeau::claims

// The vocabulary of the claim language: functions (name, arity, argument kinds, result,
// meaning and unit), indicator short names (bound to core Measures), group ids and ally
// codes. One table read by the checker, the evaluator, the readings and docs/claims.md.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/indicator.hpp"

namespace fardeau::claims {

/// What an argument position accepts.
enum class ArgKind : std::uint8_t {
  indicator,  ///< an indicator short name: pct_gdp, defexp_usd_const, ...
  entity,     ///< an ally (USA) or a group (europe-canada, nato:current)
  ally,       ///< an ally ISO3 code
  group,      ///< a group id (nato, europe-canada, european-allies, eu)
  year,       ///< a whole-number expression: 2018
  range,      ///< a year range A..B with A < B
  predicate,  ///< a comparison or boolean combination, evaluated once per ally
  number,     ///< any numeric expression (a target in %)
};
const char* describe(ArgKind k);
/// The same in French, for error messages.
const char* describe_fr(ArgKind k);

enum class ValueType : std::uint8_t { number, boolean };

/// Functions the evaluator knows (FunctionId) so that it never compares strings.
enum class FunctionId : std::uint8_t {
  members,
  count,
  value,
  sum,
  avg,
  share,
  level_change,
  cumulative,
  pct_change,
  trend,
  real_change,
  meets,
  abs,
  either,
};

struct FunctionInfo {
  FunctionId id;
  std::string_view name;
  std::vector<ArgKind> params;  ///< in order; the last (max - min) are optional
  std::uint8_t min_args;
  ValueType result;
  /// Inside count(...), the first (ally) parameter is left out: meets(2014) means "this
  /// ally meets 2 % in 2014".
  bool implicit_ally_in_count;
  std::string_view signature;  ///< "cumulative(indicator, entity, A..B)"
  std::string_view unit;       ///< unit of the result
  std::string_view meaning;    ///< one sentence
};

/// Every function, in documentation order.
const std::vector<FunctionInfo>& functions();
/// A function by name (`mean` is an alias of `avg`), or nullptr.
const FunctionInfo* find_function(std::string_view name);

/// An indicator as the language names it, bound to the core Measure the DataContext
/// serves. Values are converted from the measure's unit to `unit` by `scale`.
struct IndicatorName {
  std::string_view name;         ///< "defexp_usd_const"
  Measure measure;               ///< Measure::defexp_usd_const_m
  double scale;                  ///< 1e6: the measure is in millions, the language in USD
  std::string_view unit;         ///< "USD (constant prices of the vintage's base year)"
  bool additive;                 ///< may be summed over a group (money, people: yes; ratios: no)
  std::string_view other_basis;  ///< same series at the other price basis, "" if none
  bool constant_prices;          ///< true for *_const
  std::string_view meaning;
};
const std::vector<IndicatorName>& indicators();
const IndicatorName* find_indicator(std::string_view name);

/// A built-in group id (from core: nato, europe-canada, european-allies, eu).
bool is_group(std::string_view name);
/// Three ASCII letters: an ISO3 ally code; whether the ally exists is the context's call.
bool is_ally_code(std::string_view name);
/// "usa" -> "USA".
std::string normalize_ally(std::string_view name);

/// Comma-separated names for messages.
std::string function_names();
std::string indicator_names();
std::string group_names();

/// The closest of `candidates` to `word` (edit distance <= 2), for "did you mean".
std::optional<std::string> closest(std::string_view word,
                                   const std::vector<std::string_view>& candidates);

}  // namespace fardeau::claims

// `fardeau check`: the verdict on a claim (docs/claims.md), with the figure behind it,
// the edition it comes from, the steps, and, when the claim leaves its reading open
// (method, prices, edition, membership), every reading with its value and verdict.
#pragma once
#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "claims/evaluator.hpp"
#include "claims/readings.hpp"
#include "core/error.hpp"
#include "core/vintage.hpp"
#include "service/claims_file.hpp"
#include "service/engine.hpp"
#include "service/queries.hpp"

namespace fardeau::service {

/// The verdict on a claim. JSON strings: "true", "false", "true under some readings",
/// "not checkable".
///  - true: every reading the data allows holds (one reading when nothing is left open);
///  - false: no reading holds;
///  - true under some readings: some hold, some do not (see `reproduced_by`);
///  - not checkable: no reading could be evaluated for lack of data: a year outside every
///    edition tried, or a value no edition tried publishes.
/// A claim that cannot be read (syntax, unknown name or ally, wrong arguments, division
/// by zero, limits) is an Error, not a verdict.
enum class ClaimVerdict { true_, false_, true_under_some_readings, not_checkable };
const char* to_string(ClaimVerdict v);

struct CheckQuery {
  /// vintage: the edition of claims that name none ("" = the latest NATO edition); when
  /// set, it pins the edition (readings do not vary it). membership must stay as-of:
  /// claims write theirs on the group (europe-canada:current).
  Scope scope;
  std::string claim;
  bool explain = false;      ///< the renderers show the steps
  bool try_readings = true;  ///< false: evaluate the claim as written only
};

/// One reading of the claim and what it gave.
struct ReadingOutcome {
  claims::ReadingChoices choices;  ///< what the reading chose; empty: as written
  std::string label;  ///< claims::label_en(choices): "as written", or "cumulative over the
                      ///< base year, constant prices, nato-2019, as-of membership"
  std::string claim;  ///< the reading as a claim (canonical text)
  bool checkable = false;
  bool holds = false;
  double value = std::numeric_limits<double>::quiet_NaN();  ///< left of the (first) comparison
  double compared_with = std::numeric_limits<double>::quiet_NaN();  ///< right of it
  std::optional<claims::ComparisonOutcome> comparison;              ///< the first comparison
  std::vector<claims::ComparisonOutcome> comparisons;
  std::vector<std::string> vintages;  ///< editions read
  bool uses_estimates = false;
  std::vector<claims::TraceStep> trace;  ///< the steps, worded by render::trace_line
  std::optional<Error> reason;           ///< why it is not checkable
};

struct CheckResult {
  VintageInfo vintage;  ///< the edition of claims that name none
  CheckQuery query;     ///< with scope.vintage resolved
  std::string claim;    ///< the claim as written, canonical text
  ClaimVerdict verdict = ClaimVerdict::not_checkable;
  /// The readings, the claim's own first (its method, prices and membership, the default
  /// edition); one labelled "as written" when nothing is left open or readings are off.
  std::vector<ReadingOutcome> readings;
  /// The reading whose figure the verdict shows: the first that holds for "true under
  /// some readings" (the claim's own choices first, then as-of membership, NATO's rule,
  /// and editions newest first); the first evaluated otherwise; none if not checkable.
  std::optional<std::size_t> shown;
  std::vector<VintageInfo>
      editions;               ///< editions read by the reading shown; if not checkable, those tried
  std::size_t checkable = 0;  ///< readings evaluated
  std::size_t holding = 0;    ///< readings that hold

  const ReadingOutcome* figure() const { return shown ? &readings[*shown] : nullptr; }
};

/// Parse, check and evaluate one claim and its readings. Errors carry where =
/// "column N" (render with claims::caret_display) or name --vintage / --membership.
Result<CheckResult> check(const Engine& engine, const CheckQuery& q);

struct CheckFileQuery {
  Scope scope;
  std::string text;    ///< the file's content
  std::string source;  ///< its name in messages ("examples/otan-2018.claims")
  bool explain = false;
  bool try_readings = true;
};

struct FileClaimOutcome {
  ClaimLine line;
  std::optional<CheckResult> result;  ///< when the claim could be read
  std::optional<Error> error;         ///< otherwise, where = "SOURCE:LINE:COL"
  std::size_t error_column = 0;       ///< COL of that error: the column in the file
};

struct CheckFileResult {
  VintageInfo vintage;
  CheckFileQuery query;  ///< text cleared
  std::vector<FileClaimOutcome> claims;
  std::size_t count(ClaimVerdict v) const;
  std::size_t errors() const;
};

/// The edition that claims naming none are read in (the scope's vintage, else the latest
/// NATO edition); errors as check's for a bad vintage or membership.
Result<VintageInfo> check_edition(const Engine& engine, const Scope& scope);

/// Every claim of a claims file (claims_file.hpp). A claim that cannot be read is kept
/// with its error (SOURCE:LINE:COL); the file itself failing to parse is an Error.
Result<CheckFileResult> check_file(const Engine& engine, const CheckFileQuery& q);

}  // namespace fardeau::service

// Evaluating a checked claim against a DataContext: the verdict, the two values it
// compared, the tolerance applied, the vintages read and a step-by-step trace for
// `fardeau check --explain`.
#pragma once
#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claims/ast.hpp"
#include "claims/data_context.hpp"
#include "claims/trace.hpp"
#include "core/error.hpp"

namespace fardeau::claims {

struct EvalOptions {
  /// Relative tolerance of `~` when the claim writes none, in % of |right-hand value|.
  double default_tolerance_pct = 5.0;
};

/// The band a `~` comparison used.
struct AppliedTolerance {
  ToleranceKind kind = ToleranceKind::relative;
  double amount = 0.0;      ///< as written: 0.2 (absolute) or 5 (meaning 5 %)
  double band = 0.0;        ///< the half-width applied: holds when |left - right| <= band
  bool is_default = false;  ///< the claim wrote no tolerance; EvalOptions' default was used
};

/// One comparison of the claim (those inside count(...) are not listed: they run once
/// per ally and are summarised in the trace).
struct ComparisonOutcome {
  std::string text;  ///< canonical source of the comparison
  CompareOp op = CompareOp::eq;
  double left = 0.0;
  double right = 0.0;
  std::optional<AppliedTolerance> tolerance;  ///< only for ~
  bool holds = false;
  std::size_t column = 0;
  /// For ~ only: how far the data is from the speaker's figure, 100 (left - right) / |right|
  /// (analysis::difference_pct); none when right is 0 or either side is not finite.
  std::optional<double> difference_pct;
};

struct Verdict {
  bool holds = false;
  /// The values compared: of the claim's comparison, or of its first comparison when it
  /// combines several with and / or / not (all are in `comparisons`). NaN when the claim
  /// has no comparison outside count(...), e.g. `meets(USA, 2018)`.
  double left = std::numeric_limits<double>::quiet_NaN();
  double right = std::numeric_limits<double>::quiet_NaN();
  std::optional<AppliedTolerance> tolerance;
  std::vector<std::string> vintages;  ///< every vintage a value was read from, sorted
  bool uses_estimates = false;        ///< at least one value was a publisher's estimate
  std::vector<ComparisonOutcome> comparisons;
  std::vector<TraceStep> trace;  ///< the steps, in evaluation order
};

/// Check then evaluate. Evaluation errors carry where = "column N" of the offending
/// call, series, operator or vintage: an unknown ally or a year outside the vintage
/// (as reported by the context), division by zero, an unknown vintage.
Result<Verdict> evaluate(const Claim& claim, const DataContext& ctx, const EvalOptions& opts = {});

/// Parse, check and evaluate one claim text.
Result<Verdict> evaluate(std::string_view claim, const DataContext& ctx,
                         const EvalOptions& opts = {});

}  // namespace fardeau::claims

// NATO's counting rule for guidelines: an ally meets a %-of-GDP (or % of expenditure)
// target when its published value, rounded to two decimals, is at or above it.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace fardeau {

/// Value rounded half away from zero to two decimals, as NATO prints it.
double round2(double value);
/// NATO's rule: round2(value_pct) >= target_pct (in hundredths, free of binary noise).
bool meets_target(double value_pct, double target_pct);
/// The lowest double that meets_target counts at `target_pct` (about target - 0.005): for
/// code that compares many values against one threshold, such as the Monte Carlo kernel.
double lowest_meeting_pct(double target_pct);
/// A target in percent: finite, > 0 and <= 100; `param` names the flag in the error.
Result<double> check_target_pct(double target_pct, const Location& param);

/// The guidelines the alliance has adopted, for reports and presets.
struct Guideline {
  std::string_view id;
  double target_pct;
  std::string_view basis;  ///< "gdp" or "defexp" (share of defence expenditure)
  std::string_view label_en;
  std::string_view label_fr;
};
const std::vector<Guideline>& guidelines();

}  // namespace fardeau

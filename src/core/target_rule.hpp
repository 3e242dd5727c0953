// NATO's counting rule for guidelines: an ally meets a %-of-GDP (or % of expenditure)
// target when its published value, rounded to two decimals, is at or above it.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/indicator.hpp"

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

enum class GuidelineId { two_pct_gdp, equipment_20, hague_core_3_5 };

/// A guideline the alliance has adopted: the one table that reports, presets and views
/// read their targets and names from.
struct Guideline {
  GuidelineId key;
  std::string_view id;  ///< as in JSON: "two-pct-gdp"
  double target_pct;
  Measure measure;  ///< what it is a share of: defexp_pct_gdp (GDP) or equipment_share_pct
  std::string_view short_en;  ///< "2% of GDP", a report's row heading
  std::string_view short_fr;
  std::string_view label_en;  ///< with its summit: "2% of GDP (Wales 2014; ...)"
  std::string_view label_fr;
};
const std::vector<Guideline>& guidelines();
const Guideline& guideline(GuidelineId key);

}  // namespace fardeau

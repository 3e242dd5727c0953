// How a series moved between its first and its last value: the formulas behind `trend`,
// `series --change-from` and the claim functions level_change, pct_change, real_change,
// cumulative and trend. Plain functions over values of consecutive years, oldest first.
#pragma once
#include <optional>
#include <vector>

namespace fardeau::analysis {

/// last - first.
double level_change(double first, double last);
/// (last / first - 1) x 100. The caller rules out first == 0 (its message names the year).
double pct_change(double first, double last);
/// 100 (value - reference) / |reference|: how far a value is from a figure it is compared
/// with. None when reference is 0 or either is not finite.
std::optional<double> difference_pct(double value, double reference);
/// The terms of the cumulative sum: values[t] - values[0] for t = 1..n-1 (n - 1 terms).
std::vector<double> over_base_terms(const std::vector<double>& values);
/// NATO's "added X billion" reading: sum over t = 1..n-1 of (values[t] - values[0]),
/// added in year order. Not the level change: over 2014, 2015, 2016 at 100, 110, 130 the
/// level change is 30 and the cumulative sum over the base is 10 + 30 = 40.
double cumulative_over_base(const std::vector<double>& values);
/// Least-squares slope per year of values over equally spaced years (n >= 2).
double slope_per_year(const std::vector<double>& values);

}  // namespace fardeau::analysis

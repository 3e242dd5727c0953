#include "analysis/concentration.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "analysis/sample_checks.hpp"

namespace fardeau::analysis {

namespace {

Status check_amounts(std::span<const double> values, std::size_t min_n, std::string_view what,
                     std::string_view name) {
  if (auto s = detail::check_sample(values, min_n, what, name); !s) return s;
  double sum = 0.0;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (values[i] < 0.0)
      return make_error(ErrorCode::invalid_argument,
                        fmt::format("{}: {}[{}] = {} is negative; amounts must be >= 0", what, name,
                                    i, values[i]),
                        std::string(name));
    sum += values[i];
  }
  if (!(sum > 0.0))
    return make_error(ErrorCode::invalid_argument,
                      fmt::format("{}: all {} values are zero; shares of a zero total are "
                                  "undefined",
                                  what, values.size()),
                      std::string(name));
  return ok_status();
}

}  // namespace

Result<HhiResult> hhi(std::span<const double> values) {
  if (auto s = check_amounts(values, 2, "hhi", "values"); !s) return s.error();
  double total = 0.0;
  for (double v : values) total += v;
  double sum_sq = 0.0;
  for (double v : values) {
    const double share = v / total;
    sum_sq += share * share;
  }
  const double n = static_cast<double>(values.size());
  HhiResult out;
  out.n = values.size();
  out.hhi = sum_sq;
  out.hhi_points = sum_sq * 10000.0;
  out.hhi_normalized = (sum_sq - 1.0 / n) / (1.0 - 1.0 / n);
  out.equivalent_number = 1.0 / sum_sq;
  return out;
}

Result<double> hhi_of_shares_pct(std::span<const double> shares_pct) {
  constexpr std::string_view what = "hhi of shares";
  if (auto s = detail::check_sample(shares_pct, 1, what, "shares_pct"); !s) return s.error();
  double sum = 0.0, sum_sq = 0.0;
  for (std::size_t i = 0; i < shares_pct.size(); ++i) {
    const double s = shares_pct[i];
    if (s < 0.0 || s > 100.0)
      return make_error(
          ErrorCode::invalid_argument,
          fmt::format("{}: shares_pct[{}] = {} is not a percentage in [0, 100]", what, i, s),
          "shares_pct");
    sum += s;
    sum_sq += s * s;
  }
  if (sum > 100.0 + 1e-9)
    return make_error(ErrorCode::invalid_argument,
                      fmt::format("{}: the shares add up to {}%, more than 100%", what, sum),
                      "shares_pct");
  return sum_sq;
}

Result<GiniResult> gini(std::span<const double> values) {
  if (auto s = check_amounts(values, 2, "gini", "values"); !s) return s.error();
  std::vector<double> sorted(values.begin(), values.end());
  std::sort(sorted.begin(), sorted.end());
  // With x sorted ascending and i = 1..n: sum_i sum_j |x_i - x_j| = 2 sum_i (2i - n - 1) x_i.
  const double n = static_cast<double>(sorted.size());
  double weighted = 0.0, total = 0.0;
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    weighted += (2.0 * static_cast<double>(i + 1) - n - 1.0) * sorted[i];
    total += sorted[i];
  }
  GiniResult out;
  out.n = sorted.size();
  out.gini = weighted / (n * total);
  out.gini_corrected = out.gini * n / (n - 1.0);
  return out;
}

}  // namespace fardeau::analysis

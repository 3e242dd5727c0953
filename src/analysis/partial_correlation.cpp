#include "analysis/partial_correlation.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include <fmt/format.h>

#include "analysis/rank_correlation.hpp"
#include "analysis/sample_checks.hpp"

namespace fardeau::analysis {

namespace {

std::string variable_name(std::size_t v) {
  if (v == 0) return "x";
  if (v == 1) return "y";
  return fmt::format("controls[{}]", v - 2);
}

// Partial correlation of variables i and j given the first `given` controls (variables
// 2 .. given+1), by the recursion on the last control. r is the Spearman rho matrix.
Result<double> partial(const std::vector<std::vector<double>>& r, std::size_t i, std::size_t j,
                       std::size_t given) {
  if (given == 0) return r[i][j];
  const std::size_t z = given + 1;
  FARDEAU_TRY(rij, partial(r, i, j, given - 1));
  FARDEAU_TRY(riz, partial(r, i, z, given - 1));
  FARDEAU_TRY(rjz, partial(r, j, z, given - 1));
  const double denom = (1.0 - riz * riz) * (1.0 - rjz * rjz);
  if (!(denom > 0.0))
    return make_error(
        ErrorCode::invalid_argument,
        fmt::format("partial spearman: {} is perfectly rank-correlated with {} "
                    "(given the earlier controls); the partial correlation is "
                    "undefined",
                    variable_name(z), std::fabs(riz) >= 1.0 ? variable_name(i) : variable_name(j)),
        "controls");
  return std::clamp((rij - riz * rjz) / std::sqrt(denom), -1.0, 1.0);
}

}  // namespace

Result<double> partial_correlation(double r12, double r13, double r23) {
  const double rs[] = {r12, r13, r23};
  const char* names[] = {"r12", "r13", "r23"};
  for (int i = 0; i < 3; ++i) {
    if (!std::isfinite(rs[i]) || rs[i] < -1.0 || rs[i] > 1.0)
      return make_error(
          ErrorCode::invalid_argument,
          fmt::format("partial correlation: {} must be in [-1, 1], got {}", names[i], rs[i]),
          names[i]);
  }
  const double denom = (1.0 - r13 * r13) * (1.0 - r23 * r23);
  if (!(denom > 0.0))
    return make_error(ErrorCode::invalid_argument,
                      "partial correlation: |r13| or |r23| is 1, so the control explains one "
                      "variable entirely and the partial correlation is undefined",
                      "r13");
  return std::clamp((r12 - r13 * r23) / std::sqrt(denom), -1.0, 1.0);
}

Result<PartialCorrelationResult> partial_spearman(std::span<const double> x,
                                                  std::span<const double> y,
                                                  std::span<const std::vector<double>> controls,
                                                  Alternative alternative) {
  constexpr std::string_view what = "partial spearman";
  if (controls.empty())
    return make_error(ErrorCode::invalid_argument,
                      "partial spearman: no control variable given; need at least one (use "
                      "spearman() for the simple correlation)",
                      "controls");
  const std::size_t k = controls.size();
  std::vector<std::span<const double>> vars{x, y};
  for (const auto& c : controls) vars.emplace_back(c);
  if (auto s = detail::check_min_size(x, k + 3, what, "x"); !s) return s.error();
  for (std::size_t v = 0; v < vars.size(); ++v) {
    const std::string name = variable_name(v);
    if (auto s = detail::check_same_size(x, vars[v], what, "x", name); !s) return s.error();
    if (auto s = detail::check_finite(vars[v], what, name); !s) return s.error();
    if (auto s = detail::check_not_constant(vars[v], what, name); !s) return s.error();
  }

  // The matrix of simple Spearman rhos (the t method skips the exact enumeration).
  const std::size_t m = vars.size();
  std::vector<std::vector<double>> r(m, std::vector<double>(m, 1.0));
  for (std::size_t i = 0; i < m; ++i) {
    for (std::size_t j = i + 1; j < m; ++j) {
      FARDEAU_TRY(rho_ij,
                  spearman(vars[i], vars[j], {Alternative::greater, MethodChoice::asymptotic}));
      r[i][j] = r[j][i] = rho_ij.statistic;
    }
  }

  PartialCorrelationResult out;
  out.n = x.size();
  out.controls = k;
  out.alternative = alternative;
  out.zero_order = r[0][1];
  FARDEAU_TRY(rho, partial(r, 0, 1, k));
  out.statistic = rho;
  FARDEAU_TRY(tt, correlation_t_test(rho, out.n, k));
  out.df = tt.df;
  out.t = tt.t;
  out.p_value_one_sided = tt.p.one_sided(alternative);
  out.p_value_two_sided = tt.p.two_sided;
  return out;
}

Result<PartialCorrelationResult> partial_spearman(std::span<const double> x,
                                                  std::span<const double> y,
                                                  std::span<const double> z,
                                                  Alternative alternative) {
  const std::vector<std::vector<double>> controls{std::vector<double>(z.begin(), z.end())};
  return partial_spearman(x, y, controls, alternative);
}

}  // namespace fardeau::analysis

#include "analysis/concordance.hpp"

#include <string>

#include <fmt/format.h>

#include "analysis/ranks.hpp"
#include "analysis/sample_checks.hpp"

namespace fardeau::analysis {

Result<ConcordanceResult> kendall_w(std::span<const std::vector<double>> ratings) {
  constexpr std::string_view what = "kendall W";
  if (ratings.size() < 2)
    return make_error(
        ErrorCode::invalid_argument,
        fmt::format("{}: {} rating(s) given; concordance needs at least 2", what, ratings.size()),
        "ratings");
  const std::size_t m = ratings.size();
  const std::size_t n = ratings.front().size();
  if (auto s = detail::check_min_size(ratings.front(), 3, what, "ratings[0]"); !s) return s.error();

  std::vector<double> rank_sums(n, 0.0);
  double ties = 0.0;
  for (std::size_t j = 0; j < m; ++j) {
    const std::string name = fmt::format("ratings[{}]", j);
    if (auto s = detail::check_same_size(ratings.front(), ratings[j], what, "ratings[0]", name); !s)
      return s.error();
    if (auto s = detail::check_finite(ratings[j], what, name); !s) return s.error();
    FARDEAU_TRY(rk, average_ranks(ratings[j]));
    for (std::size_t i = 0; i < n; ++i) rank_sums[i] += rk.ranks[i];
    ties += tie_correction(rk.tie_group_sizes);
  }

  const double md = static_cast<double>(m);
  const double nd = static_cast<double>(n);
  const double mean = md * (nd + 1.0) / 2.0;
  double s = 0.0;
  for (double r : rank_sums) s += (r - mean) * (r - mean);
  const double denom = md * md * (nd * nd * nd - nd) - md * ties;
  if (!(denom > 0.0))
    return make_error(ErrorCode::invalid_argument,
                      fmt::format("{}: every rating is constant (all objects tied), so there is "
                                  "no ranking to agree on",
                                  what),
                      "ratings");

  ConcordanceResult out;
  out.n = n;
  out.m = m;
  out.statistic = 12.0 * s / denom;
  out.df = n - 1;
  out.chi_square = md * (nd - 1.0) * out.statistic;
  out.p_value = detail::chi_square_upper_tail(out.chi_square, static_cast<double>(out.df));
  return out;
}

}  // namespace fardeau::analysis

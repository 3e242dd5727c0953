#include "analysis/ranks.hpp"

#include <algorithm>
#include <numeric>

#include "analysis/sample_checks.hpp"

namespace fardeau::analysis {

Result<Ranks> average_ranks(std::span<const double> values) {
  if (auto s = detail::check_finite(values, "average ranks", "values"); !s) return s.error();
  const std::size_t n = values.size();
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });

  Ranks out;
  out.ranks.resize(n);
  for (std::size_t i = 0; i < n;) {
    std::size_t j = i + 1;
    while (j < n && values[order[j]] == values[order[i]]) ++j;
    // Positions i..j-1 (0-based) hold ranks i+1..j: their average is (i + 1 + j) / 2.
    const double rank = static_cast<double>(i + 1 + j) / 2.0;
    for (std::size_t k = i; k < j; ++k) out.ranks[order[k]] = rank;
    if (j - i > 1) out.tie_group_sizes.push_back(j - i);
    i = j;
  }
  return out;
}

double tie_correction(std::span<const std::size_t> tie_group_sizes) {
  double sum = 0.0;
  for (std::size_t t : tie_group_sizes) {
    const double d = static_cast<double>(t);
    sum += d * d * d - d;
  }
  return sum;
}

}  // namespace fardeau::analysis

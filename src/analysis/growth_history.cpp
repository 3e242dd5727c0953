#include "analysis/growth_history.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

namespace fardeau::analysis {
namespace {

void mean_sd(const std::vector<double>& x, double& mean, double& sd) {
  mean = 0.0;
  sd = 0.0;
  if (x.empty()) return;
  for (double v : x) mean += v;
  mean /= static_cast<double>(x.size());
  if (x.size() < 2) return;
  double ss = 0.0;
  for (double v : x) ss += (v - mean) * (v - mean);
  sd = std::sqrt(ss / static_cast<double>(x.size() - 1));
}

}  // namespace

AllyHistory ally_history(const Dataset& d, const Ally& a) {
  AllyHistory h;
  h.ally = &a;
  auto [first, last] = d.span();
  const bool gdp_current = d.has(Measure::gdp_usd_current_m);
  auto deflator = [&](int y) -> std::optional<double> {
    const Measure num = gdp_current ? Measure::gdp_usd_current_m : Measure::defexp_usd_current_m;
    const Measure den = gdp_current ? Measure::gdp_usd_const_m : Measure::defexp_usd_const_m;
    auto n = d.get(a.iso3, num, y);
    auto k = d.get(a.iso3, den, y);
    if (!n || !k || k->value <= 0.0 || n->value <= 0.0) return std::nullopt;
    return n->value / k->value;
  };
  for (int y = first + 1; y <= last; ++y) {
    auto g0 = d.get(a.iso3, Measure::gdp_usd_const_m, y - 1);
    auto g1 = d.get(a.iso3, Measure::gdp_usd_const_m, y);
    if (g0 && g1 && g0->value > 0.0) {
      h.growth_years.push_back(y);
      h.real_growth.push_back(g1->value / g0->value - 1.0);
    }
    auto d0 = deflator(y - 1);
    auto d1 = deflator(y);
    if (d0 && d1) {
      h.deflator_years.push_back(y);
      h.deflator_growth.push_back(*d1 / *d0 - 1.0);
    }
  }
  mean_sd(h.real_growth, h.mean_real_growth, h.sd_real_growth);
  mean_sd(h.deflator_growth, h.mean_deflator_growth, h.sd_deflator_growth);
  return h;
}

double mean_pairwise_correlation(const std::vector<std::vector<int>>& years,
                                 const std::vector<std::vector<double>>& values) {
  std::vector<std::map<int, double>> by_year(years.size());
  for (std::size_t i = 0; i < years.size(); ++i)
    for (std::size_t k = 0; k < years[i].size(); ++k) by_year[i][years[i][k]] = values[i][k];
  double sum = 0.0;
  int pairs = 0;
  for (std::size_t i = 0; i < by_year.size(); ++i)
    for (std::size_t j = i + 1; j < by_year.size(); ++j) {
      std::vector<double> x, y;
      for (const auto& [yr, v] : by_year[i]) {
        auto it = by_year[j].find(yr);
        if (it != by_year[j].end()) {
          x.push_back(v);
          y.push_back(it->second);
        }
      }
      if (x.size() < 3) continue;
      double mx = 0, my = 0;
      for (std::size_t k = 0; k < x.size(); ++k) mx += x[k], my += y[k];
      mx /= static_cast<double>(x.size());
      my /= static_cast<double>(y.size());
      double sxy = 0, sxx = 0, syy = 0;
      for (std::size_t k = 0; k < x.size(); ++k) {
        sxy += (x[k] - mx) * (y[k] - my);
        sxx += (x[k] - mx) * (x[k] - mx);
        syy += (y[k] - my) * (y[k] - my);
      }
      if (sxx <= 0.0 || syy <= 0.0) continue;
      sum += sxy / std::sqrt(sxx * syy);
      ++pairs;
    }
  if (pairs == 0) return 0.0;
  return std::clamp(sum / pairs, 0.0, 0.95);
}

}  // namespace fardeau::analysis

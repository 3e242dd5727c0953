// Who carries the alliance: shares of spending against shares of GDP or population
// (the US Defense Department's "share ratio"), the US share and concentration (HHI).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/ally.hpp"
#include "core/vintage.hpp"

namespace fardeau::analysis {

/// part / total x 100: a share in percent. The caller rules out total == 0 (or decides
/// what a share of nothing is). The one formula behind every share fardeau prints: of
/// spending, GDP or population, the US (any ally's) share, a claim's share(...).
double share_pct(double part, double total);
/// Each value's share of their sum, in percent; all 0 when the sum is not positive.
std::vector<double> shares_pct(const std::vector<double>& values);
struct AllyShare {
  double value = 0.0;      ///< the ally's value of the measure
  double share_pct = 0.0;  ///< of the total
};
/// The ally `iso3`'s value of `m` in `year` and its share of `total` (a sum over a set of
/// allies that counts it): the US share of the report and of each trend point. None when
/// the ally publishes no value or the total is not positive.
std::optional<AllyShare> ally_share(const Dataset& d, std::string_view iso3, Measure m, int year,
                                    double total);

enum class ShareBase { gdp, population };

struct ShareRow {
  const Ally* ally = nullptr;
  double defexp_usd_m = 0.0;
  double defexp_share_pct = 0.0;  ///< % of the group's spending
  double base_value = 0.0;        ///< GDP (million US$) or population (thousands)
  double base_share_pct = 0.0;    ///< % of the group's GDP or population
  double ratio = 0.0;             ///< defexp_share_pct / base_share_pct (1 = in balance)
  bool estimate = false;
};

struct SharesResult {
  int year = 0;
  PriceBasis basis = PriceBasis::current;
  ShareBase by = ShareBase::gdp;
  std::vector<ShareRow> rows;  ///< allies with both values, largest spender first
  double total_defexp_usd_m = 0.0;
  double total_base = 0.0;
  std::optional<double> us_share_pct;  ///< when the United States is in the group
  double hhi = 0.0;                    ///< sum of squared % shares, 0-10,000
  std::vector<std::string> missing;
};

/// GDP in the basis's prices when the vintage has it, otherwise the other basis (the
/// ratio of shares is the same to rounding); population needs population_k.
SharesResult shares(const Dataset& d, const std::vector<const Ally*>& members, int year,
                    PriceBasis basis, ShareBase by);

}  // namespace fardeau::analysis

// Who carries the alliance: shares of spending against shares of GDP or population
// (the US Defense Department's "share ratio"), the US share and concentration (HHI).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/ally.hpp"
#include "core/vintage.hpp"

namespace fardeau::analysis {

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

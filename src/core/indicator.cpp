#include "core/indicator.hpp"

namespace fardeau {

const char* to_string(Measure m) {
  switch (m) {
    case Measure::defexp_usd_current_m: return "defexp_usd_current_m";
    case Measure::defexp_usd_const_m: return "defexp_usd_const_m";
    case Measure::defexp_pct_gdp: return "defexp_pct_gdp";
    case Measure::gdp_usd_current_m: return "gdp_usd_current_m";
    case Measure::gdp_usd_const_m: return "gdp_usd_const_m";
    case Measure::equipment_share_pct: return "equipment_share_pct";
    case Measure::population_k: return "population_k";
  }
  return "?";
}

Result<PriceBasis> parse_price_basis(std::string_view s) {
  if (s == "current") return PriceBasis::current;
  if (s == "constant") return PriceBasis::constant;
  return make_error(ErrorCode::invalid_argument,
                    "unknown price basis '" + std::string(s) + "'; valid: current, constant",
                    "--basis");
}

const char* to_string(PriceBasis b) { return b == PriceBasis::current ? "current" : "constant"; }

}  // namespace fardeau

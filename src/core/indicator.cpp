#include "core/indicator.hpp"

#include <utility>

namespace fardeau {

const char* to_string(Measure m) {
  switch (m) {
    case Measure::defexp_usd_current_m:
      return "defexp_usd_current_m";
    case Measure::defexp_usd_const_m:
      return "defexp_usd_const_m";
    case Measure::defexp_pct_gdp:
      return "defexp_pct_gdp";
    case Measure::gdp_usd_current_m:
      return "gdp_usd_current_m";
    case Measure::gdp_usd_const_m:
      return "gdp_usd_const_m";
    case Measure::equipment_share_pct:
      return "equipment_share_pct";
    case Measure::population_k:
      return "population_k";
  }
  return "?";
}

std::optional<int> constant_price_base(std::string_view id) {
  for (std::size_t p = id.find("const"); p != std::string_view::npos; p = id.find("const", p + 1)) {
    const std::string_view digits = id.substr(p + 5, 4);
    if (digits.size() != 4 || id.substr(p + 9, 1) != "_") continue;
    int year = 0;
    bool all_digits = true;
    for (char c : digits) {
      all_digits = all_digits && c >= '0' && c <= '9';
      year = year * 10 + (c - '0');
    }
    if (all_digits) return year;
  }
  return std::nullopt;
}

std::optional<Measure> measure_from_name(std::string_view name) {
  static constexpr std::pair<std::string_view, Measure> kAliases[] = {
      {"pct_gdp", Measure::defexp_pct_gdp},
      {"defexp_usd_current", Measure::defexp_usd_current_m},
      {"defexp_usd_const", Measure::defexp_usd_const_m},
      {"gdp_usd_current", Measure::gdp_usd_current_m},
      {"gdp_usd_const", Measure::gdp_usd_const_m},
      {"equipment_share", Measure::equipment_share_pct}};
  for (Measure x : kAllMeasures)
    if (name == to_string(x)) return x;
  for (const auto& [alias, x] : kAliases)
    if (name == alias) return x;
  return std::nullopt;
}

Result<PriceBasis> parse_price_basis(std::string_view s) {
  if (s == "current") return PriceBasis::current;
  if (s == "constant") return PriceBasis::constant;
  return make_error(ErrorCode::invalid_argument,
                    "unknown price basis '" + std::string(s) + "'; valid: current, constant",
                    at_parameter("basis"));
}

const char* to_string(PriceBasis b) { return b == PriceBasis::current ? "current" : "constant"; }

}  // namespace fardeau

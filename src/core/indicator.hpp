// Indicators (published series with their units) and measures (what an analysis
// needs, bound per vintage to that vintage's own indicator ids).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace fardeau {

/// What analyses ask for, whatever the edition calls it. Each vintage binds a measure
/// to its own indicator (nato-2026: defexp_usd_const2021_m; sipri-2025:
/// milex_usd_const2023_m), so price bases are never mixed silently.
enum class Measure {
  defexp_usd_current_m,  ///< defence expenditure, million US$, current prices and exchange rates
  defexp_usd_const_m,    ///< same, constant prices and exchange rates of the vintage's base year
  defexp_pct_gdp,        ///< defence expenditure as % of GDP, as published
  gdp_usd_current_m,     ///< GDP, million US$, current prices
  gdp_usd_const_m,       ///< GDP, million US$, constant prices of the base year
  equipment_share_pct,   ///< major equipment incl. related R&D, % of defence expenditure
  population_k,          ///< population, thousands (derived where not published)
};
constexpr Measure kAllMeasures[] = {Measure::defexp_usd_current_m, Measure::defexp_usd_const_m,
                                    Measure::defexp_pct_gdp,       Measure::gdp_usd_current_m,
                                    Measure::gdp_usd_const_m,      Measure::equipment_share_pct,
                                    Measure::population_k};

const char* to_string(Measure m);
/// A measure by its name ("defexp_usd_const_m") or its short alias as users type it
/// ("defexp_usd_const", "pct_gdp", "equipment_share"); nullopt for anything else.
std::optional<Measure> measure_from_name(std::string_view name);

/// "current" or "constant": the price basis of a money measure.
enum class PriceBasis { current, constant };
Result<PriceBasis> parse_price_basis(std::string_view s);
const char* to_string(PriceBasis b);
inline Measure spending_measure(PriceBasis b) {
  return b == PriceBasis::current ? Measure::defexp_usd_current_m : Measure::defexp_usd_const_m;
}
inline Measure gdp_measure(PriceBasis b) {
  return b == PriceBasis::current ? Measure::gdp_usd_current_m : Measure::gdp_usd_const_m;
}

/// How a vintage provides a measure: one published indicator times a scale, or the
/// ratio of two (num / den * scale) when it is derived.
struct MeasureBinding {
  Measure measure;
  std::string indicator;  ///< published indicator id (numerator when derived)
  double scale = 1.0;
  std::string denominator{};  ///< non-empty: derived as indicator / denominator * scale
  bool derived() const { return !denominator.empty(); }
};

/// The base year a constant-price indicator id names ("defexp_usd_const2015_m",
/// "gdp_per_capita_const2021_kusd" -> 2015, 2021): "const" followed by four digits and
/// '_'; nullopt for any other id. Two such ids of different bases are two series.
std::optional<int> constant_price_base(std::string_view indicator_id);

/// A published indicator and what its values mean.
struct IndicatorInfo {
  std::string id;
  std::string unit;  ///< unit in words, including the price base, as in the data files
};

}  // namespace fardeau

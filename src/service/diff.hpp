// `fardeau diff`: what changed between two editions, ally by ally. NATO restates its
// whole history every year: the same ally-year can carry another value in the next
// edition, and an ally can cross the 2% line by revision alone.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "analysis/revision.hpp"
#include "core/error.hpp"
#include "service/engine.hpp"

namespace fardeau::service {

struct DiffQuery {
  Scope scope;                        ///< membership only (vintages are from/to)
  std::string from, to;               ///< vintage ids
  std::string indicator = "pct_gdp";  ///< published id, measure name or alias (as in series)
  std::optional<int> year;            ///< one year; default: every year both editions cover
  double min_change = 0.0;            ///< report revisions of at least this size (indicator unit)
  double target_pct = 2.0;            ///< compliance line for %-of-GDP indicators
};

using DiffStatus = analysis::RevisionStatus;  ///< revised, added, dropped
const char* to_string(DiffStatus s);

struct DiffRow {
  std::string iso3;            ///< ally ISO3 or NATO_TOTAL / NATO_EUR_CAN
  const Ally* ally = nullptr;  ///< nullptr for aggregates
  int year = 0;
  DiffStatus status = DiffStatus::revised;
  std::optional<Observation> from, to;
  std::optional<double> change;      ///< to - from
  std::optional<double> change_pct;  ///< relative change, % of the old value
  /// For %-of-GDP indicators: whether the ally meets the target in each edition, and a
  /// change of status ("now meets" / "no longer meets").
  std::optional<bool> from_meets, to_meets;
};

struct DiffResult {
  VintageInfo from, to;
  DiffQuery query;  ///< with defaults resolved
  std::string from_indicator, to_indicator, unit;
  bool compliance = false;  ///< the indicator is % of GDP: meets flags are set
  int first_year = 0, last_year = 0;
  std::size_t compared = 0;  ///< ally-years present in both editions
  std::size_t revised = 0, added = 0, dropped = 0, status_changes = 0;
  std::vector<DiffRow> rows;  ///< changes only, by entity (registry order) then year
};

Result<DiffResult> diff(const Engine& engine, const DiffQuery& q);

}  // namespace fardeau::service

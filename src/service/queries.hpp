// Typed queries in, typed results out: the CLI and the server both go through these,
// so they answer the same question identically. Every result names its vintage and
// carries the query with its defaults resolved.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "analysis/burden_report.hpp"
#include "analysis/compliance.hpp"
#include "analysis/gap.hpp"
#include "analysis/shares.hpp"
#include "analysis/trend.hpp"
#include "core/group.hpp"
#include "core/vintage.hpp"

namespace fardeau::service {

/// Options every query shares.
struct Scope {
  /// The edition asked for; none: the default (kDefaultVintage, the latest NATO edition).
  /// A value given must name an edition: an empty one is an error (Engine::dataset), never
  /// the default, so that `--vintage "$UNSET"` cannot answer from the wrong edition.
  std::optional<std::string> vintage;
  Membership membership = Membership::as_of;
};

struct ReportQuery {
  Scope scope;
  std::optional<int> year;  ///< default: the last year of the vintage
};
struct ReportResult {
  VintageInfo vintage;
  ReportQuery query;
  analysis::BurdenReport report;
};

struct AlliesQuery {
  Scope scope;
  std::optional<int> year;  ///< default: every ally of the registry
  /// With a year: every ally of the registry, those that were not members that year too
  /// (member = false); without it, only that year's members. No effect without a year.
  bool all = false;
};
struct AllyRow {
  const Ally* ally = nullptr;
  bool member = true;      ///< member in the year asked (true without a year)
  bool reporting = false;  ///< has a defence-expenditure value in the vintage and year
};
struct AlliesResult {
  VintageInfo vintage;
  AlliesQuery query;
  int members = 0;
  std::vector<AllyRow> rows;  ///< the year's members; with `all`, every ally of the registry
};

struct ComplianceQuery {
  Scope scope;
  std::optional<int> year;
  std::string group = "nato";
  double target_pct = 2.0;
  std::optional<double> equipment_pct;  ///< also check the equipment guideline
};
struct ComplianceResultSet {
  VintageInfo vintage;
  ComplianceQuery query;
  GroupSpec group;
  analysis::ComplianceResult gdp;
  std::optional<analysis::ComplianceResult> equipment;
};

struct GapQuery {
  Scope scope;
  std::optional<int> year;
  std::string group = "nato";
  double target_pct = 2.0;
  PriceBasis basis = PriceBasis::current;
};
struct GapResultSet {
  VintageInfo vintage;
  GapQuery query;
  GroupSpec group;
  analysis::GapResult gap;
};

struct SharesQuery {
  Scope scope;
  std::optional<int> year;
  std::string group = "nato";
  PriceBasis basis = PriceBasis::current;
  analysis::ShareBase by = analysis::ShareBase::gdp;
};
struct SharesResultSet {
  VintageInfo vintage;
  SharesQuery query;
  GroupSpec group;
  analysis::SharesResult shares;
};

struct TrendQuery {
  Scope scope;
  std::string group = "europe-canada";
  std::optional<int> from;  ///< default: first year of the vintage
  std::optional<int> to;    ///< default: last year of the vintage
  PriceBasis basis = PriceBasis::constant;
};
struct TrendResultSet {
  VintageInfo vintage;
  TrendQuery query;
  GroupSpec group;
  analysis::TrendResult trend;
};

struct SeriesQuery {
  Scope scope;
  /// An ally (ISO3, ISO2 or name) or NATO_TOTAL / NATO_EUR_CAN; or several of them
  /// separated by commas ("POL,DEU,USA"), each named once.
  std::string entity;
  std::string indicator;  ///< published id, measure name or short alias
  std::optional<int> from, to;
  /// Also give each value's % change from its value in this year (with constant-price
  /// spending: the real change since that year).
  std::optional<int> change_from;
};
struct SeriesPoint {
  int year = 0;
  Observation obs;
  std::optional<double> change_pct;  ///< with SeriesQuery::change_from
};
/// One entity's values.
struct SeriesLine {
  std::string iso3;
  std::string name_en, name_fr;
  std::vector<SeriesPoint> points;
};
struct SeriesResult {
  VintageInfo vintage;
  SeriesQuery query;
  std::string indicator;  ///< the published indicator id
  std::string unit;
  std::vector<SeriesLine> lines;  ///< one per entity named, in the order named
};

struct IndicatorRow {
  IndicatorInfo info;
  int first_year = 0, last_year = 0;
  std::vector<std::string> measures;  ///< measure names bound to this indicator
};
struct IndicatorsResult {
  VintageInfo vintage;
  std::vector<IndicatorRow> rows;
};

struct VintageRow {
  VintageInfo info;
  int first_year = 0, last_year = 0;
  std::vector<std::string> indicators;
};
struct VintagesResult {
  std::string default_vintage;
  std::vector<VintageRow> rows;
};

}  // namespace fardeau::service

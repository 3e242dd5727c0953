// Burden-sharing statistics over an edition, year by year: the Olson-Zeckhauser
// exploitation test, the Sandler-Forbes benefit-burden concordance, concentration (HHI,
// Gini, US share) and the share ratio ("fair share"). The statistics themselves are the
// kernels of src/analysis; this layer picks the allies of each year (as-of membership,
// allies without armed forces or without a value excluded and listed), the edition and
// its measures, and validates every parameter (docs/methodology.md, "Statistics").
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/concentration.hpp"
#include "analysis/concordance.hpp"
#include "analysis/exploitation.hpp"
#include "analysis/partial_correlation.hpp"
#include "analysis/rank_correlation.hpp"
#include "analysis/shares.hpp"
#include "analysis/wilcoxon.hpp"
#include "core/ally.hpp"
#include "core/vintage.hpp"
#include "service/engine.hpp"
#include "service/queries.hpp"

namespace fardeau::service {

/// A year is tested only with at least this many allies with values: below it a rank test
/// has too few pairings to say anything (at n = 4 the smallest one-sided exact Spearman
/// p-value is 1/24 = 0.042) and a single ally decides the result.
inline constexpr std::size_t kStatsMinAllies = 5;
/// Concentration is a description, not a test: it needs two allies.
inline constexpr std::size_t kConcentrationMinAllies = 2;
/// The edition `--definition sipri` stands for.
inline constexpr std::string_view kSipriVintage = "sipri-2025";

/// Options of every stats query: the scope, plus `definition` ("nato" or "sipri", empty =
/// none) which picks an edition family when `scope.vintage` is not given.
struct StatsScope {
  Scope scope;
  std::string definition;
};

/// The dataset a stats query runs on: `--vintage` when given (an error if it contradicts
/// `--definition`), else the edition of the definition (nato -> the default NATO edition,
/// sipri -> sipri-2025), else the default edition.
Result<DatasetPtr> stats_dataset(const Engine& engine, const StatsScope& s);

/// A year the command could not test, with the reason (too few allies, a kernel error).
struct SkippedYear {
  int year = 0;
  std::size_t n = 0;
  std::string reason;
};

// ---- exploitation -----------------------------------------------------------------------

struct ExploitationQuery {
  StatsScope stats;
  std::optional<int> from;  ///< default: first year of the edition's % of GDP
  std::optional<int> to;    ///< default: last year
};

/// One ally's inputs in one year.
using ExploitationAlly = analysis::ExploitationAlly;
using ExploitationYear = analysis::ExploitationYear;

struct ExploitationResult {
  VintageInfo vintage;
  ExploitationQuery query;    ///< defaults resolved
  std::string gdp_measure;    ///< "gdp_usd_current_m" or "gdp_usd_const_m"
  std::string burden_source;  ///< "published" (edition's % of GDP) or "computed"
  std::vector<ExploitationYear> years;
  std::vector<SkippedYear> skipped;  ///< years in the range that could not be tested
};

/// The exploitation hypothesis year by year from `from` to `to`. Errors: a range outside
/// the edition, from > to, an edition without GDP, or no year with kStatsMinAllies allies
/// (a single year with too few allies is an error; inside a range it is skipped).
Result<ExploitationResult> exploitation(const Engine& engine, const ExploitationQuery& q);

// ---- concordance ------------------------------------------------------------------------

enum class BenefitProxy {
  gdp,         ///< share of allied GDP
  population,  ///< share of allied population
  mixed,       ///< the average of the GDP and population shares
};
Result<BenefitProxy> parse_benefit_proxy(std::string_view s);
const char* to_string(BenefitProxy b);

struct ConcordanceQuery {
  StatsScope stats;
  std::optional<int> year;  ///< default: last year of the edition
  BenefitProxy benefit = BenefitProxy::gdp;
};

struct ConcordanceRow {
  const Ally* ally = nullptr;
  double defexp_usd_m = 0.0;
  double defexp_share_pct = 0.0;               ///< % of the allies' spending
  std::optional<double> gdp_share_pct;         ///< % of the allies' GDP (gdp, mixed)
  std::optional<double> population_share_pct;  ///< % of their population (population, mixed)
  double benefit_share_pct = 0.0;              ///< the proxy's share
  double difference_pp = 0.0;                  ///< defexp_share_pct - benefit_share_pct
  bool estimate = false;
};

struct ConcordanceResult {
  VintageInfo vintage;
  ConcordanceQuery query;
  PriceBasis basis = PriceBasis::current;  ///< of spending and GDP
  std::size_t members = 0;
  std::vector<ConcordanceRow> rows;   ///< largest spender first
  std::vector<std::string> excluded;  ///< members without every value needed
  /// Spending shares against benefit shares: H1 (one-sided) spending share > benefit share.
  analysis::WilcoxonResult wilcoxon;
  /// Kendall's W of the two rankings (spending share, benefit share), chi-square test.
  analysis::ConcordanceResult kendall_w;
  int count_above = 0;  ///< allies whose spending share exceeds their benefit share
};

Result<ConcordanceResult> concordance(const Engine& engine, const ConcordanceQuery& q);

// ---- concentration ----------------------------------------------------------------------

struct ConcentrationQuery {
  StatsScope stats;
  std::optional<int> from, to;
  PriceBasis basis = PriceBasis::current;
};

struct ConcentrationYear {
  int year = 0;
  std::size_t members = 0;
  std::size_t n = 0;  ///< allies with spending
  double total_defexp_usd_m = 0.0;
  analysis::HhiResult hhi;
  analysis::GiniResult gini;
  std::optional<double> us_share_pct;  ///< when the United States has a value
  std::string largest_iso3;            ///< the largest spender
  double largest_share_pct = 0.0;
  std::vector<std::string> excluded;
};

struct ConcentrationResult {
  VintageInfo vintage;
  ConcentrationQuery query;
  std::vector<ConcentrationYear> years;
  std::vector<SkippedYear> skipped;
};

Result<ConcentrationResult> concentration(const Engine& engine, const ConcentrationQuery& q);

// ---- fair share -------------------------------------------------------------------------

struct FairShareQuery {
  StatsScope stats;
  std::optional<int> year;
  analysis::ShareBase by = analysis::ShareBase::gdp;
  PriceBasis basis = PriceBasis::current;
};

struct FairShareResult {
  VintageInfo vintage;
  FairShareQuery query;
  std::size_t members = 0;
  analysis::SharesResult shares;  ///< rows sorted by ratio, highest first
  int count_above = 0;            ///< allies with ratio > 1: more than their share
};

Result<FairShareResult> fair_share(const Engine& engine, const FairShareQuery& q);

}  // namespace fardeau::service

#include "service/query_params.hpp"

#include <cmath>

#include <fmt/format.h>

#include "core/group.hpp"
#include "core/indicator.hpp"
#include "io/number_parse.hpp"
#include "service/param_spec.hpp"

namespace fardeau::service {
namespace {

/// The value of `name`, or `fallback` when absent.
std::string get(const Params& p, std::string_view name, std::string fallback = {}) {
  auto it = p.find(name);
  if (it == p.end()) return fallback;
  return it->second;
}

/// The value of `param`, or its declared default (param_spec.cpp) when absent.
std::string get(const Params& p, const ParamSpec& param) {
  return get(p, param.name, param.default_text);
}

/// A year parameter's value: none when absent or empty.
Result<std::optional<int>> year_of(const Params& p, const ParamSpec& param) {
  return parse_year_param(get(p, param), at_parameter(param.name));
}

/// A number parameter's value, its default when absent.
Result<double> number_of(const Params& p, const ParamSpec& param) {
  return parse_number_param(get(p, param), at_parameter(param.name));
}

/// A count parameter's value, its default when absent.
Result<std::uint64_t> count_of(const Params& p, const ParamSpec& param) {
  return parse_count_param(get(p, param), at_parameter(param.name));
}

/// The value of `name`, or none when absent: for a vintage, where an empty value is an
/// error (Engine::dataset), not the default.
std::optional<std::string> given(const Params& p, std::string_view name) {
  auto it = p.find(name);
  if (it == p.end()) return std::nullopt;
  return it->second;
}

Result<analysis::ShareBase> parse_share_base(const std::string& s) {
  if (s == "gdp") return analysis::ShareBase::gdp;
  if (s == "population") return analysis::ShareBase::population;
  return make_error(ErrorCode::invalid_argument, "unknown base '" + s + "'; valid: gdp, population",
                    "base inconnue '" + s + "'\u00a0; valides\u00a0: gdp, population",
                    at_parameter("by"));
}

}  // namespace

Result<std::optional<int>> parse_year_param(const std::string& text, const Location& flag) {
  if (text.empty()) return std::optional<int>{};
  auto y = io::parse_int(text, 1800, 2200);
  if (!y)
    return make_error(
        ErrorCode::invalid_argument,
        "'" + text + "' is not a year; expected a whole number such as 2018",
        "'" + text + "' n’est pas une année\u00a0; attendu un nombre entier comme 2018", flag);
  return std::optional<int>{static_cast<int>(*y)};
}

Result<double> parse_number_param(const std::string& text, const Location& flag) {
  auto v = io::parse_double(text);
  if (!v)
    return make_error(
        ErrorCode::invalid_argument, "'" + text + "' is not a number; expected e.g. 2 or 3.5",
        "'" + text + "' n’est pas un nombre\u00a0; attendu par exemple 2 ou 3.5", flag);
  return *v;
}

Result<std::uint64_t> parse_count_param(const std::string& text, const Location& flag) {
  auto v = io::parse_double(text);
  if (!v || *v < 0 || *v > 1e18 || std::floor(*v) != *v)
    return make_error(ErrorCode::invalid_argument,
                      "'" + text + "' is not a whole number >= 0 (e.g. 10000 or 1e6)",
                      "'" + text + "' n’est pas un nombre entier >= 0 (par exemple 10000 ou 1e6)",
                      flag);
  return static_cast<std::uint64_t>(*v);
}

bool flag_param(const Params& p, std::string_view name) {
  const std::string v = get(p, name);
  return v == "1" || v == "true" || v == "yes";
}

Result<Scope> scope_from(const Params& p) {
  FARDEAU_TRY(m, parse_membership(get(p, spec::kMembership)));
  return Scope{given(p, "vintage"), m};
}

Result<ReportQuery> report_query(const Params& p) {
  FARDEAU_TRY(scope, scope_from(p));
  FARDEAU_TRY(year, year_of(p, spec::kYear));
  return ReportQuery{scope, year};
}

Result<AlliesQuery> allies_query(const Params& p) {
  FARDEAU_TRY(scope, scope_from(p));
  FARDEAU_TRY(year, year_of(p, spec::kAlliesYear));
  return AlliesQuery{scope, year, flag_param(p, spec::kAll.name)};
}

Result<ComplianceQuery> compliance_query(const Params& p) {
  FARDEAU_TRY(scope, scope_from(p));
  FARDEAU_TRY(year, year_of(p, spec::kYear));
  FARDEAU_TRY(target, number_of(p, spec::kTarget));
  ComplianceQuery q{scope, year, get(p, spec::kGroup), target, {}};
  if (auto eq_text = get(p, spec::kEquipment); !eq_text.empty()) {
    FARDEAU_TRY(eq, number_of(p, spec::kEquipment));
    q.equipment_pct = eq;
  }
  return q;
}

Result<GapQuery> gap_query(const Params& p) {
  FARDEAU_TRY(scope, scope_from(p));
  FARDEAU_TRY(year, year_of(p, spec::kYear));
  FARDEAU_TRY(target, number_of(p, spec::kTarget));
  FARDEAU_TRY(basis, parse_price_basis(get(p, spec::kGapBasis)));
  return GapQuery{scope, year, get(p, spec::kGroup), target, basis};
}

Result<SharesQuery> shares_query(const Params& p) {
  FARDEAU_TRY(scope, scope_from(p));
  FARDEAU_TRY(year, year_of(p, spec::kYear));
  FARDEAU_TRY(basis, parse_price_basis(get(p, spec::kBasis)));
  FARDEAU_TRY(by, parse_share_base(get(p, spec::kShareBy)));
  return SharesQuery{scope, year, get(p, spec::kGroup), basis, by};
}

Result<TrendQuery> trend_query(const Params& p) {
  FARDEAU_TRY(scope, scope_from(p));
  FARDEAU_TRY(from, year_of(p, spec::kTrendFrom));
  FARDEAU_TRY(to, year_of(p, spec::kTrendTo));
  FARDEAU_TRY(basis, parse_price_basis(get(p, spec::kTrendBasis)));
  return TrendQuery{scope, get(p, spec::kTrendGroup), from, to, basis};
}

Result<SeriesQuery> series_query(const Params& p) {
  FARDEAU_TRY(scope, scope_from(p));
  FARDEAU_TRY(from, year_of(p, spec::kFrom));
  FARDEAU_TRY(to, year_of(p, spec::kTo));
  FARDEAU_TRY(change_from, year_of(p, spec::kChangeFrom));
  return SeriesQuery{
      scope, get(p, spec::kSeriesAlly), get(p, spec::kSeriesIndicator), from, to, change_from};
}

Result<DiffQuery> diff_query(const Params& p) {
  FARDEAU_TRY(scope, scope_from(p));
  FARDEAU_TRY(year, year_of(p, spec::kDiffYear));
  FARDEAU_TRY(min_change, number_of(p, spec::kMinChange));
  FARDEAU_TRY(target, number_of(p, spec::kDiffTarget));
  // Absent is refused here; an empty or unknown id by the engine, which lists the ids.
  for (const char* name : {"from", "to"})
    if (!given(p, name))
      return make_error(ErrorCode::invalid_argument,
                        std::string("a vintage id is required, e.g. nato-2025"),
                        at_parameter(name));
  return DiffQuery{scope,
                   get(p, spec::kDiffFrom),
                   get(p, spec::kDiffTo),
                   get(p, spec::kDiffIndicator),
                   year,
                   min_change,
                   target};
}

namespace {
Result<StatsScope> stats_scope_from(const Params& p) {
  FARDEAU_TRY(scope, scope_from(p));
  return StatsScope{scope, get(p, spec::kDefinition)};
}
}  // namespace

Result<ExploitationQuery> exploitation_query(const Params& p) {
  FARDEAU_TRY(s, stats_scope_from(p));
  FARDEAU_TRY(from, year_of(p, spec::kStatsFrom));
  FARDEAU_TRY(to, year_of(p, spec::kStatsTo));
  return ExploitationQuery{s, from, to};
}

Result<ConcordanceQuery> concordance_query(const Params& p) {
  FARDEAU_TRY(s, stats_scope_from(p));
  FARDEAU_TRY(year, year_of(p, spec::kStatsYear));
  FARDEAU_TRY(benefit, parse_benefit_proxy(get(p, spec::kBenefit)));
  return ConcordanceQuery{s, year, benefit};
}

Result<ConcentrationQuery> concentration_query(const Params& p) {
  FARDEAU_TRY(s, stats_scope_from(p));
  FARDEAU_TRY(from, year_of(p, spec::kStatsFrom));
  FARDEAU_TRY(to, year_of(p, spec::kStatsTo));
  FARDEAU_TRY(basis, parse_price_basis(get(p, spec::kBasis)));
  return ConcentrationQuery{s, from, to, basis};
}

Result<FairShareQuery> fair_share_query(const Params& p) {
  FARDEAU_TRY(s, stats_scope_from(p));
  FARDEAU_TRY(year, year_of(p, spec::kStatsYear));
  FARDEAU_TRY(by, parse_share_base(get(p, spec::kShareBy)));
  FARDEAU_TRY(basis, parse_price_basis(get(p, spec::kBasis)));
  return FairShareQuery{s, year, by, basis};
}

Result<CheckQuery> check_query(const Params& p) {
  FARDEAU_TRY(scope, scope_from(p));
  std::string claim = get(p, spec::kClaim);
  if (claim.empty()) claim = get(p, "body");  // POST: the claim is the request body
  if (claim.empty())
    return make_error(ErrorCode::invalid_argument,
                      "a claim is required, e.g. members(2018) = 29 (see docs/claims.md)",
                      "une affirmation est requise, par exemple members(2018) = 29 (voir "
                      "docs/claims.md)",
                      at_parameter("claim"));
  return CheckQuery{scope, claim, flag_param(p, spec::kExplain.name),
                    !flag_param(p, spec::kAsWritten.name)};
}

Result<ExtractQuery> extract_query(const Params& p) {
  ExtractQuery q{get(p, "body"), "-", get(p, spec::kTextLang), get(p, spec::kDate)};
  if (q.lang != "en" && q.lang != "fr" && q.lang != "auto")
    return make_error(ErrorCode::invalid_argument,
                      "unknown language '" + q.lang + "'; valid: en, fr, auto",
                      "langue inconnue '" + q.lang + "'\u00a0; valides\u00a0: en, fr, auto",
                      at_parameter("text_lang"));
  return q;
}

Result<CheckArticleQuery> check_article_query(const Params& p) {
  FARDEAU_TRY(scope, scope_from(p));
  FARDEAU_TRY(article, extract_query(p));
  return CheckArticleQuery{std::move(article), scope, flag_param(p, spec::kExplain.name),
                           !flag_param(p, spec::kAsWritten.name)};
}

Result<SqlQuery> sql_query(const Params& p) {
  SqlQuery q;
  q.sql = get(p, "query");
  if (q.sql.empty())
    return make_error(ErrorCode::invalid_argument,
                      "a SELECT statement is required, e.g. SELECT count(*) FROM observations",
                      "query");
  using B = io::SqlBudget;
  if (auto t = get(p, "timeout"); !t.empty()) {
    FARDEAU_TRY(s, parse_number_param(t, at_parameter("timeout")));
    if (!(s > 0 && s <= B::kMaxTimeoutS))
      return make_error(ErrorCode::invalid_argument,
                        fmt::format("{} s is outside the valid time budget: more than 0, at "
                                    "most {} seconds",
                                    t, B::kMaxTimeoutS),
                        at_parameter("timeout"));
    q.budget.timeout_s = s;
  }
  if (auto m = get(p, "memory"); !m.empty()) {
    FARDEAU_TRY(mib, parse_count_param(m, at_parameter("memory")));
    if (mib < static_cast<std::uint64_t>(B::kMinMemoryMib) ||
        mib > static_cast<std::uint64_t>(B::kMaxMemoryMib))
      return make_error(ErrorCode::invalid_argument,
                        fmt::format("{} MiB is outside the valid memory budget: {} to {} MiB", m,
                                    B::kMinMemoryMib, B::kMaxMemoryMib),
                        at_parameter("memory"));
    q.budget.memory_mib = static_cast<std::int64_t>(mib);
  }
  return q;
}

Result<ScenarioQuery> scenario_query(const Params& p) {
  FARDEAU_TRY(scope, scope_from(p));
  ScenarioQuery q;
  q.scope = scope;
  q.preset = get(p, spec::kPreset);
  if (auto text = get(p, spec::kScenarioTarget); !text.empty()) {
    FARDEAU_TRY(t, number_of(p, spec::kScenarioTarget));
    q.target_pct = t;
  }
  FARDEAU_TRY(from, year_of(p, spec::kScenarioFrom));
  q.from = from;
  FARDEAU_TRY(by, year_of(p, spec::kScenarioBy));
  q.by = by;
  FARDEAU_TRY(year, year_of(p, spec::kScenarioYear));
  q.year = year;
  q.path = get(p, spec::kPath);
  q.gdp_growth = get(p, spec::kGdpGrowth);
  q.allies = get(p, spec::kAllies);
  if (auto text = get(p, spec::kUs); !text.empty()) {
    FARDEAU_TRY(u, number_of(p, spec::kUs));
    q.us_pct = u;
  }
  q.compare = given(p, spec::kCompare.name);
  return q;
}

Result<SimulateQuery> simulate_query(const Params& p) {
  FARDEAU_TRY(scenario, scenario_query(p));
  SimulateQuery q;
  q.scenario = std::move(scenario);
  FARDEAU_TRY(paths, count_of(p, spec::kPaths));
  FARDEAU_TRY(seed, count_of(p, spec::kSeed));
  FARDEAU_TRY(threads, count_of(p, spec::kThreads));
  FARDEAU_TRY(volatility, number_of(p, spec::kVolatility));
  FARDEAU_TRY(em, number_of(p, spec::kExecutionMean));
  FARDEAU_TRY(es, number_of(p, spec::kExecutionSd));
  q.paths = paths;
  q.seed = seed;
  // Kept in range of `unsigned`; prepare_simulation rejects anything above kMaxThreads.
  q.threads = threads > 100000 ? 100000U : static_cast<unsigned>(threads);
  q.volatility = volatility;
  q.execution_mean = em;
  q.execution_sd = es;
  return q;
}

}  // namespace fardeau::service

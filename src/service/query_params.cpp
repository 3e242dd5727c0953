#include "service/query_params.hpp"

#include <cmath>

#include <fmt/format.h>

#include "core/group.hpp"
#include "core/indicator.hpp"
#include "io/number_parse.hpp"

namespace fardeau::service {
namespace {

/// The value of `name`, or `fallback` when absent.
std::string get(const Params& p, std::string_view name, std::string fallback = {}) {
  auto it = p.find(name);
  if (it == p.end()) return fallback;
  return it->second;
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
  FARDEAU_TRY(m, parse_membership(get(p, "membership", "as-of")));
  return Scope{given(p, "vintage"), m};
}

Result<ReportQuery> report_query(const Params& p) {
  FARDEAU_TRY(scope, scope_from(p));
  FARDEAU_TRY(year, parse_year_param(get(p, "year"), at_parameter("year")));
  return ReportQuery{scope, year};
}

Result<AlliesQuery> allies_query(const Params& p) {
  FARDEAU_TRY(scope, scope_from(p));
  FARDEAU_TRY(year, parse_year_param(get(p, "year"), at_parameter("year")));
  return AlliesQuery{scope, year, flag_param(p, "all")};
}

Result<ComplianceQuery> compliance_query(const Params& p) {
  FARDEAU_TRY(scope, scope_from(p));
  FARDEAU_TRY(year, parse_year_param(get(p, "year"), at_parameter("year")));
  FARDEAU_TRY(target, parse_number_param(get(p, "target", "2"), at_parameter("target")));
  ComplianceQuery q{scope, year, get(p, "group", "nato"), target, {}};
  if (auto eq_text = get(p, "equipment"); !eq_text.empty()) {
    FARDEAU_TRY(eq, parse_number_param(eq_text, at_parameter("equipment")));
    q.equipment_pct = eq;
  }
  return q;
}

Result<GapQuery> gap_query(const Params& p) {
  FARDEAU_TRY(scope, scope_from(p));
  FARDEAU_TRY(year, parse_year_param(get(p, "year"), at_parameter("year")));
  FARDEAU_TRY(target, parse_number_param(get(p, "target", "2"), at_parameter("target")));
  FARDEAU_TRY(basis, parse_price_basis(get(p, "basis", "current")));
  return GapQuery{scope, year, get(p, "group", "nato"), target, basis};
}

Result<SharesQuery> shares_query(const Params& p) {
  FARDEAU_TRY(scope, scope_from(p));
  FARDEAU_TRY(year, parse_year_param(get(p, "year"), at_parameter("year")));
  FARDEAU_TRY(basis, parse_price_basis(get(p, "basis", "current")));
  FARDEAU_TRY(by, parse_share_base(get(p, "by", "gdp")));
  return SharesQuery{scope, year, get(p, "group", "nato"), basis, by};
}

Result<TrendQuery> trend_query(const Params& p) {
  FARDEAU_TRY(scope, scope_from(p));
  FARDEAU_TRY(from, parse_year_param(get(p, "from"), at_parameter("from")));
  FARDEAU_TRY(to, parse_year_param(get(p, "to"), at_parameter("to")));
  FARDEAU_TRY(basis, parse_price_basis(get(p, "basis", "constant")));
  return TrendQuery{scope, get(p, "group", "europe-canada"), from, to, basis};
}

Result<SeriesQuery> series_query(const Params& p) {
  FARDEAU_TRY(scope, scope_from(p));
  FARDEAU_TRY(from, parse_year_param(get(p, "from"), at_parameter("from")));
  FARDEAU_TRY(to, parse_year_param(get(p, "to"), at_parameter("to")));
  FARDEAU_TRY(change_from, parse_year_param(get(p, "change_from"), at_parameter("change_from")));
  return SeriesQuery{scope, get(p, "ally"), get(p, "indicator", "pct_gdp"), from, to, change_from};
}

Result<DiffQuery> diff_query(const Params& p) {
  FARDEAU_TRY(scope, scope_from(p));
  FARDEAU_TRY(year, parse_year_param(get(p, "year"), at_parameter("year")));
  FARDEAU_TRY(min_change,
              parse_number_param(get(p, "min_change", "0"), at_parameter("min_change")));
  FARDEAU_TRY(target, parse_number_param(get(p, "target", "2"), at_parameter("target")));
  // Absent is refused here; an empty or unknown id by the engine, which lists the ids.
  for (const char* name : {"from", "to"})
    if (!given(p, name))
      return make_error(ErrorCode::invalid_argument,
                        std::string("a vintage id is required, e.g. nato-2025"),
                        at_parameter(name));
  return DiffQuery{scope, get(p, "from"), get(p, "to"), get(p, "indicator", "pct_gdp"),
                   year,  min_change,     target};
}

namespace {
Result<StatsScope> stats_scope_from(const Params& p) {
  FARDEAU_TRY(scope, scope_from(p));
  return StatsScope{scope, get(p, "definition")};
}
}  // namespace

Result<ExploitationQuery> exploitation_query(const Params& p) {
  FARDEAU_TRY(s, stats_scope_from(p));
  FARDEAU_TRY(from, parse_year_param(get(p, "from"), at_parameter("from")));
  FARDEAU_TRY(to, parse_year_param(get(p, "to"), at_parameter("to")));
  return ExploitationQuery{s, from, to};
}

Result<ConcordanceQuery> concordance_query(const Params& p) {
  FARDEAU_TRY(s, stats_scope_from(p));
  FARDEAU_TRY(year, parse_year_param(get(p, "year"), at_parameter("year")));
  FARDEAU_TRY(benefit, parse_benefit_proxy(get(p, "benefit", "gdp")));
  return ConcordanceQuery{s, year, benefit};
}

Result<ConcentrationQuery> concentration_query(const Params& p) {
  FARDEAU_TRY(s, stats_scope_from(p));
  FARDEAU_TRY(from, parse_year_param(get(p, "from"), at_parameter("from")));
  FARDEAU_TRY(to, parse_year_param(get(p, "to"), at_parameter("to")));
  FARDEAU_TRY(basis, parse_price_basis(get(p, "basis", "current")));
  return ConcentrationQuery{s, from, to, basis};
}

Result<FairShareQuery> fair_share_query(const Params& p) {
  FARDEAU_TRY(s, stats_scope_from(p));
  FARDEAU_TRY(year, parse_year_param(get(p, "year"), at_parameter("year")));
  FARDEAU_TRY(by, parse_share_base(get(p, "by", "gdp")));
  FARDEAU_TRY(basis, parse_price_basis(get(p, "basis", "current")));
  return FairShareQuery{s, year, by, basis};
}

Result<CheckQuery> check_query(const Params& p) {
  FARDEAU_TRY(scope, scope_from(p));
  std::string claim = get(p, "claim");
  if (claim.empty()) claim = get(p, "body");  // POST: the claim is the request body
  if (claim.empty())
    return make_error(ErrorCode::invalid_argument,
                      "a claim is required, e.g. members(2018) = 29 (see docs/claims.md)",
                      "une affirmation est requise, par exemple members(2018) = 29 (voir "
                      "docs/claims.md)",
                      at_parameter("claim"));
  return CheckQuery{scope, claim, flag_param(p, "explain"), !flag_param(p, "as_written")};
}

Result<ExtractQuery> extract_query(const Params& p) {
  ExtractQuery q{get(p, "body"), "-", get(p, "text_lang", "auto"), get(p, "date")};
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
  return CheckArticleQuery{std::move(article), scope, flag_param(p, "explain"),
                           !flag_param(p, "as_written")};
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
  q.preset = get(p, "preset");
  if (auto text = get(p, "target"); !text.empty()) {
    FARDEAU_TRY(t, parse_number_param(text, at_parameter("target")));
    q.target_pct = t;
  }
  FARDEAU_TRY(from, parse_year_param(get(p, "from"), at_parameter("from")));
  q.from = from;
  FARDEAU_TRY(by, parse_year_param(get(p, "by"), at_parameter("by")));
  q.by = by;
  FARDEAU_TRY(year, parse_year_param(get(p, "year"), at_parameter("year")));
  q.year = year;
  q.path = get(p, "path");
  q.gdp_growth = get(p, "gdp_growth", "trend");
  q.allies = get(p, "allies", "nato");
  if (auto text = get(p, "us"); !text.empty()) {
    FARDEAU_TRY(u, parse_number_param(text, at_parameter("us")));
    q.us_pct = u;
  }
  q.compare = given(p, "compare");
  return q;
}

Result<SimulateQuery> simulate_query(const Params& p) {
  FARDEAU_TRY(scenario, scenario_query(p));
  SimulateQuery q;
  q.scenario = std::move(scenario);
  FARDEAU_TRY(paths, parse_count_param(get(p, "paths", "10000"), at_parameter("paths")));
  FARDEAU_TRY(seed, parse_count_param(get(p, "seed", "1"), at_parameter("seed")));
  FARDEAU_TRY(threads, parse_count_param(get(p, "threads", "0"), at_parameter("threads")));
  FARDEAU_TRY(volatility,
              parse_number_param(get(p, "volatility", "1"), at_parameter("volatility")));
  FARDEAU_TRY(em,
              parse_number_param(get(p, "execution_mean", "0.9"), at_parameter("execution_mean")));
  FARDEAU_TRY(es, parse_number_param(get(p, "execution_sd", "0.2"), at_parameter("execution_sd")));
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

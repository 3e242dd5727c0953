#include "service/query_params.hpp"

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

Result<analysis::ShareBase> parse_share_base(const std::string& s) {
  if (s == "gdp") return analysis::ShareBase::gdp;
  if (s == "population") return analysis::ShareBase::population;
  return make_error(ErrorCode::invalid_argument, "unknown base '" + s + "'; valid: gdp, population",
                    "--by");
}

}  // namespace

Result<std::optional<int>> parse_year_param(const std::string& text, const char* flag) {
  if (text.empty()) return std::optional<int>{};
  auto y = io::parse_int(text, 1800, 2200);
  if (!y)
    return make_error(ErrorCode::invalid_argument,
                      "'" + text + "' is not a year; expected a whole number such as 2018", flag);
  return std::optional<int>{static_cast<int>(*y)};
}

Result<double> parse_number_param(const std::string& text, const char* flag) {
  auto v = io::parse_double(text);
  if (!v)
    return make_error(ErrorCode::invalid_argument,
                      "'" + text + "' is not a number; expected e.g. 2 or 3.5", flag);
  return *v;
}

Result<Scope> scope_from(const Params& p) {
  FARDEAU_TRY(m, parse_membership(get(p, "membership", "as-of")));
  return Scope{get(p, "vintage"), m};
}

Result<ReportQuery> report_query(const Params& p) {
  FARDEAU_TRY(scope, scope_from(p));
  FARDEAU_TRY(year, parse_year_param(get(p, "year"), "--year"));
  return ReportQuery{scope, year};
}

Result<AlliesQuery> allies_query(const Params& p) {
  FARDEAU_TRY(scope, scope_from(p));
  FARDEAU_TRY(year, parse_year_param(get(p, "year"), "--year"));
  return AlliesQuery{scope, year};
}

Result<ComplianceQuery> compliance_query(const Params& p) {
  FARDEAU_TRY(scope, scope_from(p));
  FARDEAU_TRY(year, parse_year_param(get(p, "year"), "--year"));
  FARDEAU_TRY(target, parse_number_param(get(p, "target", "2"), "--target"));
  ComplianceQuery q{scope, year, get(p, "group", "nato"), target, {}};
  if (auto eq_text = get(p, "equipment"); !eq_text.empty()) {
    FARDEAU_TRY(eq, parse_number_param(eq_text, "--equipment"));
    q.equipment_pct = eq;
  }
  return q;
}

Result<GapQuery> gap_query(const Params& p) {
  FARDEAU_TRY(scope, scope_from(p));
  FARDEAU_TRY(year, parse_year_param(get(p, "year"), "--year"));
  FARDEAU_TRY(target, parse_number_param(get(p, "target", "2"), "--target"));
  FARDEAU_TRY(basis, parse_price_basis(get(p, "basis", "current")));
  return GapQuery{scope, year, get(p, "group", "nato"), target, basis};
}

Result<SharesQuery> shares_query(const Params& p) {
  FARDEAU_TRY(scope, scope_from(p));
  FARDEAU_TRY(year, parse_year_param(get(p, "year"), "--year"));
  FARDEAU_TRY(basis, parse_price_basis(get(p, "basis", "current")));
  FARDEAU_TRY(by, parse_share_base(get(p, "by", "gdp")));
  return SharesQuery{scope, year, get(p, "group", "nato"), basis, by};
}

Result<TrendQuery> trend_query(const Params& p) {
  FARDEAU_TRY(scope, scope_from(p));
  FARDEAU_TRY(from, parse_year_param(get(p, "from"), "--from"));
  FARDEAU_TRY(to, parse_year_param(get(p, "to"), "--to"));
  FARDEAU_TRY(basis, parse_price_basis(get(p, "basis", "constant")));
  return TrendQuery{scope, get(p, "group", "europe-canada"), from, to, basis};
}

Result<SeriesQuery> series_query(const Params& p) {
  FARDEAU_TRY(scope, scope_from(p));
  FARDEAU_TRY(from, parse_year_param(get(p, "from"), "--from"));
  FARDEAU_TRY(to, parse_year_param(get(p, "to"), "--to"));
  return SeriesQuery{scope, get(p, "ally"), get(p, "indicator", "pct_gdp"), from, to};
}

Result<DiffQuery> diff_query(const Params& p) {
  FARDEAU_TRY(scope, scope_from(p));
  FARDEAU_TRY(year, parse_year_param(get(p, "year"), "--year"));
  FARDEAU_TRY(min_change, parse_number_param(get(p, "min_change", "0"), "--min-change"));
  FARDEAU_TRY(target, parse_number_param(get(p, "target", "2"), "--target"));
  for (const char* name : {"from", "to"})
    if (get(p, name).empty())
      return make_error(ErrorCode::invalid_argument,
                        std::string("a vintage id is required, e.g. nato-2025"),
                        std::string("--") + name);
  return DiffQuery{scope, get(p, "from"), get(p, "to"), get(p, "indicator", "pct_gdp"),
                   year,  min_change,     target};
}

namespace {
Result<StatsScope> stats_scope_from(const Params& p) {
  FARDEAU_TRY(scope, scope_from(p));
  return StatsScope{scope, get(p, "definition")};
}
bool flag_on(const Params& p, std::string_view name) {
  const std::string v = get(p, name);
  return v == "1" || v == "true" || v == "yes";
}
}  // namespace

Result<ExploitationQuery> exploitation_query(const Params& p) {
  FARDEAU_TRY(s, stats_scope_from(p));
  FARDEAU_TRY(from, parse_year_param(get(p, "from"), "--from"));
  FARDEAU_TRY(to, parse_year_param(get(p, "to"), "--to"));
  return ExploitationQuery{s, from, to};
}

Result<ConcordanceQuery> concordance_query(const Params& p) {
  FARDEAU_TRY(s, stats_scope_from(p));
  FARDEAU_TRY(year, parse_year_param(get(p, "year"), "--year"));
  FARDEAU_TRY(benefit, parse_benefit_proxy(get(p, "benefit", "gdp")));
  return ConcordanceQuery{s, year, benefit};
}

Result<ConcentrationQuery> concentration_query(const Params& p) {
  FARDEAU_TRY(s, stats_scope_from(p));
  FARDEAU_TRY(from, parse_year_param(get(p, "from"), "--from"));
  FARDEAU_TRY(to, parse_year_param(get(p, "to"), "--to"));
  FARDEAU_TRY(basis, parse_price_basis(get(p, "basis", "current")));
  return ConcentrationQuery{s, from, to, basis};
}

Result<FairShareQuery> fair_share_query(const Params& p) {
  FARDEAU_TRY(s, stats_scope_from(p));
  FARDEAU_TRY(year, parse_year_param(get(p, "year"), "--year"));
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
                      "--claim");
  return CheckQuery{scope, claim, flag_on(p, "explain"), !flag_on(p, "as_written")};
}

}  // namespace fardeau::service

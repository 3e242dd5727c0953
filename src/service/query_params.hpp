// One place that turns named text parameters into typed queries, used by both front ends:
// the CLI fills the map from its flags, the HTTP server from the query string, so the
// same text gives the same query, the same result and the same bytes. Parameters are
// named without dashes ("year"); errors are located at the parameter (at_parameter("year")),
// which the CLI prints as its flag ("--year") and the server reports by name.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "service/check.hpp"
#include "service/diff.hpp"
#include "service/extract.hpp"
#include "service/imports.hpp"
#include "service/queries.hpp"
#include "service/scenario.hpp"
#include "service/simulate.hpp"
#include "service/stats.hpp"

namespace fardeau::service {

/// Parameter name -> value text. An absent name takes the default; an empty year is
/// "not given", as on the command line. An empty vintage (vintage, from, to, compare) is
/// not "not given": it stays empty and the engine refuses it, listing the valid ids.
using Params = std::map<std::string, std::string, std::less<>>;

/// Text to an optional year: empty = not given; else a whole number 1800-2200.
Result<std::optional<int>> parse_year_param(const std::string& text, const Location& flag);
/// A finite number ("2", "3.5"), with the flag named in the error.
Result<double> parse_number_param(const std::string& text, const Location& flag);
/// A whole number >= 0 ("10000", "1e6"), with the flag named in the error.
Result<std::uint64_t> parse_count_param(const std::string& text, const Location& flag);
/// A switch: "1", "true" or "yes" is on; anything else, or absent, is off.
bool flag_param(const Params& p, std::string_view name);

/// vintage, membership (shared by every query).
Result<Scope> scope_from(const Params& p);

Result<ReportQuery> report_query(const Params& p);          ///< year
Result<AlliesQuery> allies_query(const Params& p);          ///< year, all
Result<ComplianceQuery> compliance_query(const Params& p);  ///< year, target, equipment, group
Result<GapQuery> gap_query(const Params& p);                ///< year, target, basis, group
Result<SharesQuery> shares_query(const Params& p);          ///< year, by, basis, group
Result<TrendQuery> trend_query(const Params& p);            ///< group, from, to, basis
/// ally (required; one or several, comma-separated), indicator, from, to, change_from.
Result<SeriesQuery> series_query(const Params& p);
Result<DiffQuery> diff_query(
    const Params& p);  ///< from, to (required), indicator, year, min_change, target
Result<ExploitationQuery> exploitation_query(const Params& p);    ///< definition, from, to
Result<ConcordanceQuery> concordance_query(const Params& p);      ///< definition, year, benefit
Result<ConcentrationQuery> concentration_query(const Params& p);  ///< definition, from, to, basis
Result<FairShareQuery> fair_share_query(const Params& p);         ///< definition, year, by, basis
/// preset, target, from, by, year, path, gdp_growth, allies, us, compare (`fardeau scenario`).
Result<ScenarioQuery> scenario_query(const Params& p);
/// The scenario's parameters (but compare) and paths, seed, threads, volatility, execution_mean,
/// execution_sd (`fardeau simulate`). Ranges are checked by service::prepare_simulation.
Result<SimulateQuery> simulate_query(const Params& p);
/// query (required), timeout (seconds), memory (MiB) (`fardeau sql`); db_path is the caller's.
Result<SqlQuery> sql_query(const Params& p);
/// claim (required), explain ("1"/"true"), as_written ("1"/"true").
Result<CheckQuery> check_query(const Params& p);
/// The article in "body" (the POST body), text_lang (en, fr, auto), date (YYYY-MM): `fardeau
/// extract -`. The source is "-", as for standard input on the command line.
Result<ExtractQuery> extract_query(const Params& p);
/// extract_query's and vintage, explain, as_written: `fardeau check --article -`.
Result<CheckArticleQuery> check_article_query(const Params& p);

}  // namespace fardeau::service

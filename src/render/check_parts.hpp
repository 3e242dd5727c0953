// The pieces of `fardeau check`'s output that the claim, claims-file and article views
// share (check_view.cpp defines them): a claim's JSON fields, its facts, its readings and
// steps, the summary of many claims, the editions cited; and (check_columns.cpp) the
// columns of its tables.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "render/columns.hpp"
#include "render/document.hpp"
#include "render/format.hpp"
#include "service/check.hpp"
#include "service/extract.hpp"

namespace fardeau::render::check_parts {

/// A number of a claim for JSON: rounded to 6 decimals (3 from a million), null when not finite.
nlohmann::ordered_json num_json(double v);
/// How far the data is from the speaker's figure, as the evaluator computed it for a `~`
/// comparison (for `=`, `<`, ... on counts or between two computed values it says nothing
/// useful, and the evaluator gives none).
std::optional<double> difference_pct(const service::ReadingOutcome& o);
/// difference_pct rounded to 4 decimals for JSON and CSV, or null.
nlohmann::ordered_json difference_json(const service::ReadingOutcome& o);
/// "Off by" for people: "+0.85", "+1.7%"; empty when there is no difference.
std::string difference_text(const service::ReadingOutcome& o, Lang lang);
/// The steps of a reading as JSON lines (in English).
nlohmann::ordered_json trace_json(const std::vector<claims::TraceStep>& trace);
/// The strings joined with `sep` between them.
std::string join(const std::vector<std::string>& v, const char* sep);

/// One reading of a claim.
struct ReadingRow {
  const service::CheckResult* claim = nullptr;
  std::size_t index = 0;  ///< in claim->readings
  const service::ReadingOutcome& outcome() const { return claim->readings[index]; }
  /// The reading whose figure the verdict shows.
  bool shown() const { return claim->shown && *claim->shown == index; }
};
/// Every reading of a claim, in order.
std::vector<ReadingRow> reading_rows(const service::CheckResult& r);
/// A claim's readings: its JSON "readings" (with "trace" under --explain), check's CSV (one
/// line a reading, reason in the language) and the readings table.
Columns<ReadingRow> reading_columns(bool explain, Lang lang);

/// One claim of many (a claims file's line, an article's claim) or an article's statement
/// that has no claim to check.
struct ClaimRow {
  const service::FileClaimOutcome* claim = nullptr;    ///< null: a statement with no claim
  const extract::Statement* statement = nullptr;       ///< where the claim is (--article)
  const extract::ExtractedClaim* extracted = nullptr;  ///< how it was extracted (--article)
  const service::CheckResult* result() const {
    return claim != nullptr && claim->result ? &*claim->result : nullptr;
  }
};
/// The verdict and the figure shown: CSV verdict, value, compared_with, difference_pct and
/// reading; the table's Verdict, Value, Compared with and Edition. Empty with no verdict.
Columns<ClaimRow> figure_columns();
/// CSV "vintage": the editions of the figure shown, joined by ';'.
Column<ClaimRow> vintage_column();
/// The table's "Claim": the claim as written.
Column<ClaimRow> written_column();

/// The query object of the JSON envelope: vintage, explain, readings.
nlohmann::ordered_json query_json(const service::Scope& s, bool explain, bool readings);
/// The fields of one claim's verdict (claim, verdict, value, ..., readings).
void claim_fields(nlohmann::ordered_json& j, const service::CheckResult& r, bool explain,
                  Lang lang);
/// "~ 41 bn ±5% (default: ±2.05 bn)", "= 29", "< 69.11".
std::string compared_text(const service::ReadingOutcome& o, Lang lang);
/// One "Source: ..." line per edition.
std::string sources_text(const std::vector<VintageInfo>& eds, Lang lang);
/// The facts of one verdict: verdict, value, comparison, reading, edition.
void verdict_facts(Block& b, const service::CheckResult& r, Lang lang);
/// The readings table and the reasons of those that could not be evaluated.
void readings_block(Doc& d, const service::CheckResult& r, Lang lang, const std::string& heading);
/// The steps of the reading shown (--explain).
void steps_block(Doc& d, const service::CheckResult& r, Lang lang, const std::string& heading);
/// {"claims", "true", "false", ..., "errors"} of a checked file.
nlohmann::ordered_json summary_json(const service::CheckFileResult& r);
/// The count of each verdict, the table of claims and the note on the value shown.
Block summary_block(const service::CheckFileResult& r, TextTable table, Lang lang);
/// Adds the editions a verdict cites to a list, once each.
void add_editions(std::vector<VintageInfo>& editions, const service::CheckResult& r);
/// {"code", "message", "where"} of a claim that could not be read.
nlohmann::ordered_json error_json(const Error& e, Lang lang);
/// --explain for one claim of many: its facts, readings and steps under `heading`.
void explain_blocks(std::vector<Block>& out, std::string heading, const service::CheckResult& r,
                    Lang lang);

}  // namespace fardeau::render::check_parts

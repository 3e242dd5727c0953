// The pieces of `fardeau check`'s output that the claim, claims-file and article views
// share (check_view.cpp defines them): a claim's JSON fields, its facts, its readings and
// steps, the summary of many claims, the editions cited.
#pragma once
#include <string>
#include <vector>

#include "render/document.hpp"
#include "render/format.hpp"
#include "service/check.hpp"

namespace fardeau::render::check_parts {

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

/// The table of many claims: where each is (`where`), verdict, value, compared with,
/// edition, claim.
TextTable claims_table(const std::string& where, bool where_right_aligned, Lang lang);
/// Its row for one verdict; `written`: the claim as written.
std::vector<std::string> claim_row(std::string where, const service::CheckResult& r,
                                   const std::string& written, Lang lang);
/// The CSV fields of the figure shown: vintages (;), value, compared_with, difference_pct,
/// reading; empty when there is none.
std::vector<std::string> figure_csv(const service::CheckResult& r);
/// --explain for one claim of many: its facts, readings and steps under `heading`.
void explain_blocks(std::vector<Block>& out, std::string heading, const service::CheckResult& r,
                    Lang lang);

}  // namespace fardeau::render::check_parts

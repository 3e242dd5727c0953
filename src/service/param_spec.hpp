// Each query parameter declared once: its name, kind, default and help. The CLI adds its
// flags from these (apps/cli/param_options.hpp), the parser takes its defaults from them
// (query_params.cpp), the server lists them per route and openapi.json types them.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace fardeau::service {

enum class ParamKind {
  year,    ///< a whole number 1800-2200 (parse_year_param)
  number,  ///< a finite number (parse_number_param)
  count,   ///< a whole number >= 0 (parse_count_param)
  flag,    ///< a switch: "1", "true" or "yes" is on
  text,    ///< free text (an edition id, a group, a claim)
  choice,  ///< one of `choices`
  list,    ///< several values separated by commas
};

struct ParamSpec {
  std::string name;  ///< as in the query string; the CLI flag is --name, '_' as '-'
  ParamKind kind = ParamKind::text;
  std::string default_text;  ///< what an absent parameter means; empty = none
  std::string help;          ///< the English help the CLI shows, and openapi.json's description
  std::vector<std::string> choices = {};  ///< for ParamKind::choice
  bool required = false;
  /// openapi.json's description where `help` names a CLI flag; empty = `help`.
  std::string api_help = {};

  /// The description for HTTP clients: `api_help`, else `help`.
  const std::string& http_help() const { return api_help.empty() ? help : api_help; }

  /// "--change-from" for "change_from".
  std::string flag() const;
};

/// The declarations the parser reads its defaults from (param_spec.cpp); a parameter that
/// reads the same in several queries is declared once and listed in each.
namespace spec {
extern const ParamSpec kYear, kAlliesYear, kAll, kTarget, kEquipment, kGroup, kGapBasis, kBasis,
    kShareBy, kTrendGroup, kTrendFrom, kTrendTo, kTrendBasis, kSeriesAlly, kSeriesIndicator, kFrom,
    kTo, kChangeFrom, kDiffFrom, kDiffTo, kDiffIndicator, kDiffYear, kMinChange, kDiffTarget,
    kDefinition, kStatsFrom, kStatsTo, kStatsYear, kBenefit, kPreset, kScenarioTarget,
    kScenarioFrom, kScenarioBy, kScenarioYear, kPath, kGdpGrowth, kAllies, kUs, kCompare, kList,
    kPaths, kSeed, kThreads, kVolatility, kExecutionMean, kExecutionSd, kClaim, kExplain,
    kAsWritten, kTextLang, kDate, kMembership;
}  // namespace spec

/// The parameters of one query, in the order the CLI and the server list them. `query` is
/// the route's name below /api/v1/ ("report", "stats/fair-share", "check-article"...),
/// the CLI's command path with '/' for ' ' where it has one. Empty for an unknown query.
const std::vector<ParamSpec>& query_params(std::string_view query);
/// Every query the table declares, in the order of the route table.
const std::vector<std::string>& declared_queries();
/// The declaration of `name` in `query` (nullptr when the query does not take it).
const ParamSpec* find_param(std::string_view query, std::string_view name);

}  // namespace fardeau::service

#include "service/param_spec.hpp"

#include <algorithm>
#include <map>
#include <mutex>
#include <utility>

#include <fmt/format.h>

#include "core/target_rule.hpp"

namespace fardeau::service {

std::string ParamSpec::flag() const {
  std::string f = "--" + name;
  std::replace(f.begin(), f.end(), '_', '-');
  return f;
}

namespace {
/// "2": the default target is the guidelines() table's floor, not a literal of its own.
const std::string kFloorPct = fmt::format("{}", guideline(GuidelineId::two_pct_gdp).target_pct);
}  // namespace

namespace spec {
using K = ParamKind;
// The help texts are the CLI's (its --help, man pages and completions are built from them).
const ParamSpec kYear{"year", K::year, "", "Year (default: the last year of the vintage)"};
const ParamSpec kAlliesYear{"year", K::year, "", "Only the members of this year"};
const ParamSpec kAll{"all",
                     K::flag,
                     "",
                     "With --year: every ally, with a member column (yes/no) for that year",
                     {},
                     false,
                     "With year: every ally, with a member column (yes/no) for that year"};
const ParamSpec kTarget{"target", K::number, kFloorPct,
                        "Target in % of GDP (default " + kFloorPct + ")"};
const ParamSpec kEquipment{
    "equipment", K::number, "",
    "Also check the equipment guideline at this % of defence expenditure (e.g. 20)"};
const ParamSpec kGroup{
    "group", K::text, "nato",
    "nato, europe-canada, european-allies, eu, or ISO3 codes separated by commas"};
const ParamSpec kGapBasis{"basis",
                          K::choice,
                          "current",
                          "GDP at current or constant prices (default current)",
                          {"current", "constant"}};
const ParamSpec kBasis{
    "basis", K::choice, "current", "current (default) or constant prices", {"current", "constant"}};
const ParamSpec kShareBy{
    "by", K::choice, "gdp", "gdp (default) or population", {"gdp", "population"}};
const ParamSpec kTrendGroup{"group", K::text, "europe-canada",
                            "nato, europe-canada (default), european-allies, eu, or ISO3 codes"};
const ParamSpec kTrendFrom{"from", K::year, "", "Base year (default: first year of the vintage)"};
const ParamSpec kTrendTo{"to", K::year, "", "Last year (default: last year of the vintage)"};
const ParamSpec kTrendBasis{"basis",
                            K::choice,
                            "constant",
                            "constant (default) or current prices",
                            {"constant", "current"}};
const ParamSpec kSeriesAlly{"ally",
                            K::list,
                            "",
                            "ISO3, ISO2 or name; or NATO_TOTAL, NATO_EUR_CAN; or several, "
                            "separated by commas (POL,DEU,USA)",
                            {},
                            true};
const ParamSpec kSeriesIndicator{"indicator", K::text, "pct_gdp",
                                 "Indicator id (see `fardeau indicators`) or pct_gdp, "
                                 "defexp_usd_current, defexp_usd_const, gdp_usd_current, "
                                 "gdp_usd_const, equipment_share (default pct_gdp)"};
const ParamSpec kFrom{"from", K::year, "", "First year"};
const ParamSpec kTo{"to", K::year, "", "Last year"};
const ParamSpec kChangeFrom{"change_from", K::year, "",
                            "Also give each value's % change from this year's (with "
                            "defexp_usd_const: the real change since that year)"};
const ParamSpec kDiffFrom{"from", K::text, "", "The older edition (vintage id)", {}, true};
const ParamSpec kDiffTo{"to", K::text, "", "The newer edition (vintage id)", {}, true};
const ParamSpec kDiffIndicator{"indicator", K::text, "pct_gdp",
                               "Indicator id or alias (default pct_gdp; see 'fardeau series')"};
const ParamSpec kDiffYear{"year", K::year, "",
                          "One year (default: every year both editions cover)"};
const ParamSpec kMinChange{
    "min_change", K::number, "0",
    "Report revisions of at least this size, in the indicator's unit (default 0: any)"};
const ParamSpec kDiffTarget{"target", K::number, kFloorPct,
                            "Compliance line in % of GDP (default " + kFloorPct + ")"};
const ParamSpec kDefinition{"definition",
                            K::choice,
                            "",
                            "nato (default NATO edition) or sipri (sipri-2025); --vintage wins",
                            {"nato", "sipri"},
                            false,
                            "nato (default NATO edition) or sipri (sipri-2025); vintage wins"};
const ParamSpec kStatsFrom{"from", K::year, "", "First year (default: first year of the edition)"};
const ParamSpec kStatsTo{"to", K::year, "", "Last year (default: last year of the edition)"};
const ParamSpec kStatsYear{"year", K::year, "", "Year (default: the last year of the edition)"};
const ParamSpec kBenefit{"benefit",
                         K::choice,
                         "gdp",
                         "gdp (default), population or mixed (average of the two shares)",
                         {"gdp", "population", "mixed"}};
const ParamSpec kPreset{
    "preset",
    K::text,
    "",
    "wales-2024, hague-2035, summit-2018-4pct or counterfactual-2pct (see --list)",
    {},
    false,
    "wales-2024, hague-2035, summit-2018-4pct or counterfactual-2pct (see list=1)"};
const ParamSpec kScenarioTarget{"target", K::number, "",
                                "Target in % of GDP (default " + kFloorPct + ", or the preset's)"};
const ParamSpec kScenarioFrom{"from", K::year, "",
                              "Base year: published values (default: the latest year)"};
const ParamSpec kScenarioBy{"by", K::year, "", "Horizon year the target is reached"};
const ParamSpec kScenarioYear{
    "year", K::year, "",
    "That year only (every ally below raised at once); with a path preset, the base year"};
const ParamSpec kPath{"path",
                      K::choice,
                      "",
                      "linear (default), constant-growth or step",
                      {"linear", "constant-growth", "step"}};
const ParamSpec kGdpGrowth{
    "gdp_growth", K::text, "trend",
    "Real GDP growth in % a year, or trend (default: each ally's own average)"};
const ParamSpec kAllies{
    "allies", K::text, "nato",
    "nato (default), europe-canada, european-allies, eu, or ISO3 codes separated by commas"};
const ParamSpec kUs{"us", K::number, "",
                    "The US share of GDP at the horizon, in % (default: same rule)"};
const ParamSpec kCompare{"compare", K::text, "",
                         "Back test: compare with a later edition's outturn (e.g. nato-2026)"};
const ParamSpec kList{"list", K::flag, "", "List the presets"};
const ParamSpec kPaths{"paths", K::count, "10000",
                       "Number of paths, 1 to 100000000 (default 10000)"};
const ParamSpec kSeed{"seed", K::count, "1", "Seed (default 1): same seed, same results"};
const ParamSpec kThreads{"threads", K::count, "0", "Threads (default 0: all hardware threads)"};
const ParamSpec kVolatility{
    "volatility", K::number, "1",
    "Scale of the estimated standard deviations, 0-10 (default 1; 0: no shocks)"};
const ParamSpec kExecutionMean{"execution_mean", K::number, "0.9",
                               "Mean share of the planned increase delivered, 0-1.5 (default 0.9)"};
const ParamSpec kExecutionSd{"execution_sd", K::number, "0.2",
                             "Standard deviation of that share, 0-1 (default 0.2)"};
// `check` and `extract` take the claim and the article as positional arguments on the
// command line; these are the HTTP parameters' texts.
const ParamSpec kClaim{"claim", K::text, "",
                       "The claim (docs/claims.md); for POST, the request body"};
const ParamSpec kExplain{"explain", K::flag, "", "Show the computation step by step"};
const ParamSpec kAsWritten{"as_written", K::flag, "",
                           "Evaluate the claim as written only (no alternative readings)"};
const ParamSpec kTextLang{"text_lang",
                          K::choice,
                          "auto",
                          "Language of the article: en, fr or auto",
                          {"en", "fr", "auto"}};
const ParamSpec kDate{"date", K::text, "",
                      "Month of the article, YYYY-MM (default: its first line 'date YYYY-MM')"};
// Every query's (a global flag on the command line).
const ParamSpec kMembership{"membership",
                            K::choice,
                            "as-of",
                            "as-of (default: members of each year) or current (today's allies)",
                            {"as-of", "current"}};
}  // namespace spec

namespace {
using Specs = std::vector<const ParamSpec*>;
struct Declared {
  std::string_view query;
  Specs params;
};

/// The queries and their parameters, as pointers to the declarations above: cheap to build,
/// since every start of the CLI reads it (issue 16).
const std::vector<Declared>& table() {
  static const std::vector<Declared> t = [] {
    using namespace spec;
    const Specs scenario{&kPreset, &kScenarioTarget, &kScenarioFrom, &kScenarioBy, &kScenarioYear,
                         &kPath,   &kGdpGrowth,      &kAllies,       &kUs};
    auto with = [&scenario](const Specs& more) {
      Specs all = scenario;
      all.insert(all.end(), more.begin(), more.end());
      return all;
    };
    return std::vector<Declared>{
        {"vintages", {}},
        {"allies", {&kAlliesYear, &kAll}},
        {"indicators", {}},
        {"report", {&kYear}},
        {"compliance", {&kYear, &kTarget, &kEquipment, &kGroup}},
        {"gap", {&kYear, &kTarget, &kGapBasis, &kGroup}},
        {"shares", {&kYear, &kShareBy, &kBasis, &kGroup}},
        {"trend", {&kTrendGroup, &kTrendFrom, &kTrendTo, &kTrendBasis}},
        {"series", {&kSeriesAlly, &kSeriesIndicator, &kFrom, &kTo, &kChangeFrom}},
        {"diff", {&kDiffFrom, &kDiffTo, &kDiffIndicator, &kDiffYear, &kMinChange, &kDiffTarget}},
        {"stats/exploitation", {&kDefinition, &kStatsFrom, &kStatsTo}},
        {"stats/concordance", {&kDefinition, &kStatsYear, &kBenefit}},
        {"stats/concentration", {&kDefinition, &kStatsFrom, &kStatsTo, &kBasis}},
        {"stats/fair-share", {&kDefinition, &kStatsYear, &kShareBy, &kBasis}},
        {"scenario", with({&kCompare, &kList})},
        {"simulate",
         with({&kPaths, &kSeed, &kThreads, &kVolatility, &kExecutionMean, &kExecutionSd})},
        {"check", {&kClaim, &kExplain, &kAsWritten}},
        {"extract", {&kTextLang, &kDate}},
        {"check-article", {&kTextLang, &kDate, &kExplain, &kAsWritten}},
    };
  }();
  return t;
}
}  // namespace

const std::vector<ParamSpec>& query_params(std::string_view query) {
  // A query's list is made when first asked for: the CLI asks for one, the server for all.
  static std::mutex mutex;
  static std::map<std::string, std::vector<ParamSpec>, std::less<>> made;
  static const std::vector<ParamSpec> none;
  const std::lock_guard lock(mutex);
  if (auto it = made.find(query); it != made.end()) return it->second;
  for (const auto& d : table())
    if (d.query == query) {
      std::vector<ParamSpec> params;
      params.reserve(d.params.size());
      for (const ParamSpec* p : d.params) params.push_back(*p);
      return made.emplace(std::string(query), std::move(params)).first->second;
    }
  return none;
}

const std::vector<std::string>& declared_queries() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& d : table()) out.emplace_back(d.query);
    return out;
  }();
  return names;
}

const ParamSpec* find_param(std::string_view query, std::string_view name) {
  for (const auto& p : query_params(query))
    if (p.name == name) return &p;
  return nullptr;
}

}  // namespace fardeau::service

// The declarations of service/param_spec.hpp: every default is a valid value of its kind,
// and an absent parameter gives the query the same value as the query struct's own default
// (the C++ callers' default and the CLI's and the server's are one).
#include <gtest/gtest.h>

#include <algorithm>

#include "service/param_spec.hpp"
#include "service/query_params.hpp"

namespace fardeau::service {
namespace {

TEST(param_spec, flag_names_use_dashes) {
  EXPECT_EQ(spec::kChangeFrom.flag(), "--change-from");
  EXPECT_EQ(spec::kYear.flag(), "--year");
}

TEST(param_spec, every_default_is_a_value_of_its_kind) {
  for (const auto& query : declared_queries())
    for (const auto& p : query_params(query)) {
      SCOPED_TRACE(query + " " + p.name);
      if (p.kind == ParamKind::choice) {
        ASSERT_FALSE(p.choices.empty());
        if (!p.default_text.empty()) {
          EXPECT_NE(std::find(p.choices.begin(), p.choices.end(), p.default_text), p.choices.end());
        }
      } else {
        EXPECT_TRUE(p.choices.empty());
      }
      if (p.default_text.empty()) continue;
      const auto at = at_parameter(p.name);
      if (p.kind == ParamKind::year) {
        EXPECT_TRUE(parse_year_param(p.default_text, at).ok());
      }
      if (p.kind == ParamKind::number) {
        EXPECT_TRUE(parse_number_param(p.default_text, at).ok());
      }
      if (p.kind == ParamKind::count) {
        EXPECT_TRUE(parse_count_param(p.default_text, at).ok());
      }
      EXPECT_NE(p.kind, ParamKind::flag);
      EXPECT_FALSE(p.required);
    }
}

TEST(param_spec, each_query_names_a_parameter_once) {
  for (const auto& query : declared_queries()) {
    const auto& params = query_params(query);
    for (std::size_t i = 0; i < params.size(); ++i)
      for (std::size_t j = i + 1; j < params.size(); ++j)
        EXPECT_NE(params[i].name, params[j].name) << query;
  }
  EXPECT_TRUE(query_params("no-such-query").empty());
  EXPECT_EQ(find_param("compliance", "target"), &query_params("compliance")[1]);
  EXPECT_EQ(find_param("report", "target"), nullptr);
}

TEST(param_spec, absent_parameters_give_the_query_structs_defaults) {
  auto compliance = compliance_query({});
  ASSERT_TRUE(compliance.ok());
  EXPECT_EQ(compliance->target_pct, ComplianceQuery{}.target_pct);
  EXPECT_EQ(compliance->group, ComplianceQuery{}.group);
  EXPECT_EQ(compliance->group, spec::kGroup.default_text);
  auto gap = gap_query({});
  ASSERT_TRUE(gap.ok());
  EXPECT_EQ(gap->target_pct, GapQuery{}.target_pct);
  EXPECT_EQ(gap->group, GapQuery{}.group);
  EXPECT_EQ(gap->basis, GapQuery{}.basis);
  auto shares = shares_query({});
  ASSERT_TRUE(shares.ok());
  EXPECT_EQ(shares->group, SharesQuery{}.group);
  EXPECT_EQ(shares->basis, SharesQuery{}.basis);
  EXPECT_EQ(shares->by, SharesQuery{}.by);
  auto trend = trend_query({});
  ASSERT_TRUE(trend.ok());
  EXPECT_EQ(trend->group, TrendQuery{}.group);
  EXPECT_EQ(trend->group, spec::kTrendGroup.default_text);
  EXPECT_EQ(trend->basis, TrendQuery{}.basis);
  auto series = series_query({{"ally", "FRA"}});
  ASSERT_TRUE(series.ok());
  EXPECT_EQ(series->indicator, spec::kSeriesIndicator.default_text);
  EXPECT_EQ(series->indicator, DiffQuery{}.indicator);  // the same default in both
  auto diff = diff_query({{"from", "nato-2025"}, {"to", "nato-2026"}});
  ASSERT_TRUE(diff.ok());
  EXPECT_EQ(diff->indicator, DiffQuery{}.indicator);
  EXPECT_EQ(diff->min_change, DiffQuery{}.min_change);
  EXPECT_EQ(diff->target_pct, DiffQuery{}.target_pct);
  auto concordance = concordance_query({});
  ASSERT_TRUE(concordance.ok());
  EXPECT_EQ(concordance->benefit, ConcordanceQuery{}.benefit);
  auto concentration = concentration_query({});
  ASSERT_TRUE(concentration.ok());
  EXPECT_EQ(concentration->basis, ConcentrationQuery{}.basis);
  auto fair = fair_share_query({});
  ASSERT_TRUE(fair.ok());
  EXPECT_EQ(fair->by, FairShareQuery{}.by);
  EXPECT_EQ(fair->basis, FairShareQuery{}.basis);
  auto scenario = scenario_query({});
  ASSERT_TRUE(scenario.ok());
  EXPECT_EQ(scenario->gdp_growth, ScenarioQuery{}.gdp_growth);
  EXPECT_EQ(scenario->allies, ScenarioQuery{}.allies);
  EXPECT_EQ(scenario->path, ScenarioQuery{}.path);
  auto simulate = simulate_query({});
  ASSERT_TRUE(simulate.ok());
  const SimulateQuery plain;
  EXPECT_EQ(simulate->paths, plain.paths);
  EXPECT_EQ(simulate->seed, plain.seed);
  EXPECT_EQ(simulate->threads, plain.threads);
  EXPECT_EQ(simulate->volatility, plain.volatility);
  EXPECT_EQ(simulate->execution_mean, plain.execution_mean);
  EXPECT_EQ(simulate->execution_sd, plain.execution_sd);
  auto extract = extract_query({});
  ASSERT_TRUE(extract.ok());
  EXPECT_EQ(extract->lang, ExtractQuery{}.lang);
  auto report = report_query({});
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->scope.membership, Scope{}.membership);
}

}  // namespace
}  // namespace fardeau::service

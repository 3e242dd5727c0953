// The text parameters of `scenario` and `simulate` (CLI flags and HTTP query string alike)
// into typed queries: defaults, values, and errors that name the flag.
#include <gtest/gtest.h>

#include "service/query_params.hpp"

namespace fardeau::service {
namespace {

TEST(query_params, scenario_defaults_are_the_cli_defaults) {
  auto q = scenario_query({});
  ASSERT_TRUE(q.ok()) << q.error().what();
  EXPECT_FALSE(q->scope.vintage.has_value());  // not given: the engine's default
  EXPECT_EQ(q->scope.membership, Membership::as_of);
  EXPECT_EQ(q->preset, "");
  EXPECT_FALSE(q->target_pct.has_value());
  EXPECT_FALSE(q->by.has_value());
  EXPECT_FALSE(q->us_pct.has_value());
  EXPECT_EQ(q->gdp_growth, "trend");
  EXPECT_EQ(q->allies, "nato");
  EXPECT_EQ(q->path, "");
  EXPECT_FALSE(q->compare.has_value());
}

TEST(query_params, scenario_values) {
  auto q = scenario_query({{"vintage", "nato-2019"},
                           {"membership", "current"},
                           {"target", "3.5"},
                           {"from", "2019"},
                           {"by", "2030"},
                           {"path", "step"},
                           {"gdp_growth", "1.5"},
                           {"allies", "FRA,DEU"},
                           {"us", "3"},
                           {"compare", "nato-2026"}});
  ASSERT_TRUE(q.ok()) << q.error().what();
  EXPECT_EQ(q->scope.vintage, "nato-2019");
  EXPECT_EQ(q->scope.membership, Membership::current);
  EXPECT_EQ(q->target_pct, 3.5);
  EXPECT_EQ(q->from, 2019);
  EXPECT_EQ(q->by, 2030);
  EXPECT_EQ(q->path, "step");
  EXPECT_EQ(q->gdp_growth, "1.5");
  EXPECT_EQ(q->allies, "FRA,DEU");
  EXPECT_EQ(q->us_pct, 3.0);
  EXPECT_EQ(q->compare, "nato-2026");
}

TEST(query_params, scenario_errors_name_the_flag) {
  const std::vector<std::pair<Params, std::string>> bad = {
      {{{"target", "lots"}}, "--target"}, {{{"by", "2030.5"}}, "--by"},
      {{{"from", "x"}}, "--from"},        {{{"year", "99999"}}, "--year"},
      {{{"us", "nan"}}, "--us"},          {{{"membership", "often"}}, "--membership"}};
  for (const auto& [params, flag] : bad) {
    auto q = scenario_query(params);
    ASSERT_FALSE(q.ok()) << flag;
    EXPECT_EQ(q.error().where, flag);
    EXPECT_EQ(q.error().code, ErrorCode::invalid_argument) << flag;
  }
}

TEST(query_params, simulate_defaults_and_counts) {
  auto q = simulate_query({{"target", "3"}, {"by", "2030"}});
  ASSERT_TRUE(q.ok()) << q.error().what();
  EXPECT_EQ(q->scenario.target_pct, 3.0);
  EXPECT_EQ(q->scenario.by, 2030);
  EXPECT_EQ(q->paths, 10000u);
  EXPECT_EQ(q->seed, 1u);
  EXPECT_EQ(q->threads, 0u);
  EXPECT_EQ(q->volatility, 1.0);
  EXPECT_EQ(q->execution_mean, 0.9);
  EXPECT_EQ(q->execution_sd, 0.2);
  auto e = simulate_query({{"paths", "1e6"}, {"seed", "42"}, {"threads", "3"}});
  ASSERT_TRUE(e.ok()) << e.error().what();
  EXPECT_EQ(e->paths, 1000000u);
  EXPECT_EQ(e->seed, 42u);
  EXPECT_EQ(e->threads, 3u);
  // Kept in range of `unsigned` for prepare_simulation to reject with the number.
  auto many = simulate_query({{"threads", "1e12"}});
  ASSERT_TRUE(many.ok());
  EXPECT_EQ(many->threads, 100000u);
}

TEST(query_params, simulate_errors_name_the_flag) {
  const std::vector<std::pair<Params, std::string>> bad = {
      {{{"paths", "-1"}}, "--paths"},
      {{{"paths", "1.5"}}, "--paths"},
      {{{"seed", "x"}}, "--seed"},
      {{{"threads", "two"}}, "--threads"},
      {{{"volatility", "high"}}, "--volatility"},
      {{{"execution_mean", ""}}, "--execution-mean"},
      {{{"execution_sd", "inf"}}, "--execution-sd"},
      {{{"target", "%"}}, "--target"}};
  for (const auto& [params, flag] : bad) {
    auto q = simulate_query(params);
    ASSERT_FALSE(q.ok()) << flag;
    EXPECT_EQ(q.error().where, flag);
  }
}

TEST(query_params, flag_param_is_on_for_1_true_yes) {
  for (const char* on : {"1", "true", "yes"}) EXPECT_TRUE(flag_param({{"list", on}}, "list"));
  for (const char* off : {"0", "", "no", "TRUE"}) EXPECT_FALSE(flag_param({{"list", off}}, "list"));
  EXPECT_FALSE(flag_param({}, "list"));
}

// The scenario names its group --allies (the API's `allies`), not --group.
TEST(query_params, an_unknown_group_of_allies_is_named_allies) {
  Engine engine;
  auto q = scenario_query({{"target", "3"}, {"by", "2030"}, {"allies", "asia"}});
  ASSERT_TRUE(q.ok());
  auto r = run_scenario(engine, *q);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().where, "--allies");
}

}  // namespace
}  // namespace fardeau::service

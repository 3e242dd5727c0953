// A vintage that is given must name an edition: `--vintage ''` (a script's unset variable),
// `?vintage=`, `diff --from ''` and `scenario --compare ''` are errors that list the valid
// ids, never the default edition; the default applies only when no vintage is given.
#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "io/builtin_reference.hpp"
#include "service/check.hpp"
#include "service/claim_context.hpp"
#include "service/diff.hpp"
#include "service/engine.hpp"
#include "service/query_params.hpp"
#include "service/scenario.hpp"
#include "service/stats.hpp"

namespace fardeau::service {
namespace {

Engine& engine() {
  static Engine e;
  return e;
}

/// The error of `r` (a failed test when `r` succeeded).
template <typename T>
Error error_of(const Result<T>& r) {
  EXPECT_FALSE(r.ok());
  return r.ok() ? Error{} : r.error();
}

/// The text parameters into a query, run on `e`: what the CLI and the server both do.
template <typename Parse, typename Run>
std::function<Status(const Engine&, const Params&)> query(Parse parse, Run run) {
  return [parse, run](const Engine& e, const Params& p) -> Status {
    auto q = parse(p);
    if (!q) return q.error();
    auto r = run(e, *q);
    if (!r) return r.error();
    return ok_status();
  };
}

struct Command {
  const char* name;
  std::function<Status(const Engine&, const Params&)> run;
  Params params;  ///< besides the vintage
};

/// Every query that takes the scope's vintage.
const std::vector<Command>& commands() {
  static const std::vector<Command> c = {
      {"report",
       query(report_query, [](const Engine& e, const auto& q) { return e.report(q); }),
       {}},
      {"allies",
       query(allies_query, [](const Engine& e, const auto& q) { return e.allies(q); }),
       {{"year", "2018"}}},
      {"compliance",
       query(compliance_query, [](const Engine& e, const auto& q) { return e.compliance(q); }),
       {}},
      {"gap", query(gap_query, [](const Engine& e, const auto& q) { return e.gap(q); }), {}},
      {"shares",
       query(shares_query, [](const Engine& e, const auto& q) { return e.shares(q); }),
       {}},
      {"trend", query(trend_query, [](const Engine& e, const auto& q) { return e.trend(q); }), {}},
      {"series",
       query(series_query, [](const Engine& e, const auto& q) { return e.series(q); }),
       {{"ally", "FRA"}}},
      {"indicators",
       query(scope_from, [](const Engine& e, const auto& s) { return e.indicators(s); }),
       {}},
      {"stats concentration",
       query(concentration_query,
             [](const Engine& e, const auto& q) { return concentration(e, q); }),
       {{"from", "2024"}, {"to", "2024"}}},
      {"scenario",
       query(scenario_query, [](const Engine& e, const auto& q) { return run_scenario(e, q); }),
       {{"preset", "wales-2024"}}},
      {"check",
       query(check_query, [](const Engine& e, const auto& q) { return check(e, q); }),
       {{"claim", "members(2018) = 29"}}},
  };
  return c;
}

TEST(vintage_param, empty_id_is_an_error_listing_the_valid_ids) {
  Error e = error_of(engine().dataset(""));
  EXPECT_EQ(e.code, ErrorCode::invalid_argument);
  EXPECT_EQ(e.where, "--vintage");
  EXPECT_NE(e.message.find("empty"), std::string::npos) << e.message;
  for (const auto& v : io::builtin_vintages())
    EXPECT_NE(e.message.find(v.id), std::string::npos) << v.id << ": " << e.message;
  EXPECT_NE(e.message_fr.find("vide"), std::string::npos) << e.message_fr;
  EXPECT_EQ(e.message.find('\n'), std::string::npos);  // one line
}

TEST(vintage_param, no_vintage_given_is_the_default_edition) {
  auto d = engine().dataset(Scope{});
  ASSERT_TRUE(d.ok()) << d.error().what();
  EXPECT_EQ((*d)->info().id, kDefaultVintage);
  auto q = report_query({});
  ASSERT_TRUE(q.ok());
  EXPECT_FALSE(q->scope.vintage.has_value());
  auto r = engine().report(*q);
  ASSERT_TRUE(r.ok()) << r.error().what();
  EXPECT_EQ(r->vintage.id, kDefaultVintage);
  EXPECT_EQ(r->query.scope.vintage, std::string(kDefaultVintage));  // resolved in the query
}

TEST(vintage_param, every_query_refuses_an_empty_vintage_and_takes_the_default_without_one) {
  for (const auto& c : commands()) {
    Params p = c.params;
    EXPECT_TRUE(c.run(engine(), p).ok()) << c.name << " without a vintage";
    p["vintage"] = "";
    Status empty = c.run(engine(), p);
    ASSERT_FALSE(empty.ok()) << c.name << ": '' must not be the default";
    EXPECT_EQ(empty.error().where, "--vintage") << c.name;
    EXPECT_NE(empty.error().message.find(std::string(kDefaultVintage)), std::string::npos)
        << c.name << ": " << empty.error().message;
    p["vintage"] = "nato-1999";
    Status unknown = c.run(engine(), p);
    ASSERT_FALSE(unknown.ok()) << c.name;
    EXPECT_EQ(unknown.error().where, "--vintage") << c.name;
    EXPECT_NE(unknown.error().message.find(std::string(kDefaultVintage)), std::string::npos)
        << c.name << ": " << unknown.error().message;
  }
}

TEST(vintage_param, stats_definition_still_picks_the_edition_when_no_vintage_is_given) {
  auto r = concentration(engine(), {{Scope{}, "sipri"}, 2020, 2020, PriceBasis::current});
  ASSERT_TRUE(r.ok()) << r.error().what();
  EXPECT_EQ(r->vintage.id, kSipriVintage);
  EXPECT_EQ(
      error_of(concentration(engine(), {{Scope{"", {}}, "sipri"}, 2020, 2020, PriceBasis::current}))
          .where,
      "--vintage");
}

TEST(vintage_param, diff_from_and_to_name_their_flag_when_empty_or_unknown) {
  auto run = [](const Params& p) -> Status {
    auto q = diff_query(p);
    if (!q) return q.error();
    auto r = diff(engine(), *q);
    if (!r) return r.error();
    return ok_status();
  };
  EXPECT_TRUE(run({{"from", "nato-2025"}, {"to", "nato-2026"}, {"year", "2024"}}).ok());
  for (const char* flag : {"from", "to"}) {
    for (const char* id : {"", "nato-1999"}) {
      Params p{{"from", "nato-2025"}, {"to", "nato-2026"}, {"year", "2024"}};
      p[flag] = id;
      Status s = run(p);
      ASSERT_FALSE(s.ok()) << flag << "='" << id << "'";
      EXPECT_EQ(s.error().where, std::string("--") + flag);
      EXPECT_NE(s.error().message.find("nato-2019"), std::string::npos) << s.error().message;
    }
    Params absent{{"from", "nato-2025"}, {"to", "nato-2026"}};
    absent.erase(flag);
    Status s = run(absent);
    ASSERT_FALSE(s.ok()) << flag;
    EXPECT_EQ(s.error().where, std::string("--") + flag);
  }
}

TEST(vintage_param, scenario_compare_empty_is_an_error_absent_is_no_back_test) {
  auto none = scenario_query({{"preset", "wales-2024"}});
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->compare.has_value());
  auto r = run_scenario(engine(), *none);
  ASSERT_TRUE(r.ok()) << r.error().what();
  EXPECT_FALSE(r->compare_vintage.has_value());
  auto empty = scenario_query({{"preset", "wales-2024"}, {"compare", ""}});
  ASSERT_TRUE(empty.ok());
  Error e = error_of(run_scenario(engine(), *empty));
  EXPECT_EQ(e.where, "--compare");
  EXPECT_NE(e.message.find("nato-2026"), std::string::npos) << e.message;
}

TEST(vintage_param, claim_context_refuses_an_empty_default_vintage) {
  ClaimContext unset(engine());
  EXPECT_EQ(*unset.default_vintage(), kDefaultVintage);
  ClaimContext empty(engine(), "");
  Error e = error_of(empty.default_vintage());
  EXPECT_EQ(e.where, "--vintage");
  EXPECT_NE(e.message.find("nato-2026"), std::string::npos) << e.message;
}

/// A store holding one imported edition (its metadata only).
class OneImport final : public VintageProvider {
 public:
  Result<std::vector<VintageInfo>> list() const override {
    VintageInfo v;
    v.id = "nato-2026-import";
    v.family = "nato";
    v.builtin = false;
    return std::vector<VintageInfo>{v};
  }
  Result<Dataset> load(std::string_view id) const override {
    return make_error(ErrorCode::not_found, "not loaded in this test: " + std::string(id));
  }
};

TEST(vintage_param, the_valid_ids_include_the_imported_ones) {
  Engine e(io::DataSource::embedded(), std::make_shared<OneImport>());
  for (const char* id : {"", "nato-1999"}) {
    Error err = error_of(e.dataset(id));
    EXPECT_EQ(err.where, "--vintage");
    EXPECT_NE(err.message.find("nato-2026, "), std::string::npos) << err.message;
    EXPECT_NE(err.message.find("nato-2026-import"), std::string::npos) << err.message;
  }
}

}  // namespace
}  // namespace fardeau::service

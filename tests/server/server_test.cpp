// `fardeau serve` over real HTTP on 127.0.0.1: every endpoint equals the CLI's
// `--format json` byte for byte, every error status has its JSON body, many parallel
// clients get no errors, hostile requests neither crash it nor leave the web root.
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "server/server_process.hpp"

namespace fs = std::filesystem;
using fardeau::test::connect_loopback;
using fardeau::test::raw_request;
using fardeau::test::run_cli;
using fardeau::test::ServerProcess;
using fardeau::test::status_of;
using json = nlohmann::json;

namespace {

/// One server for the whole suite, over a small web root with a symlink pointing out.
class ServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    root_ = new fs::path(fs::temp_directory_path() /
                         ("fardeau-server-test-" + std::to_string(getpid())));
    fs::remove_all(*root_);
    fs::create_directories(*root_ / "web" / "sub");
    std::ofstream(*root_ / "web" / "index.html") << "<!doctype html><title>fardeau</title>";
    std::ofstream(*root_ / "web" / "sub" / "page.txt") << "inside";
    std::ofstream(*root_ / "web" / "app.js") << "plain();";
    std::ofstream(*root_ / "web" / "app.js.br") << "BR-VARIANT";
    std::ofstream(*root_ / "web" / "app.js.gz") << "GZ-VARIANT";
    std::ofstream(*root_ / "secret.txt") << "SECRET-OUTSIDE-WEB-ROOT";
    fs::create_symlink(*root_ / "secret.txt", *root_ / "web" / "link.txt");
    fs::create_symlink(*root_, *root_ / "web" / "up");
    server_ = new ServerProcess({"--web-root", (*root_ / "web").string(), "--threads", "16"});
  }
  static void TearDownTestSuite() {
    // SIGTERM stops the server cleanly: exit 0. Under AddressSanitizer, LeakSanitizer runs
    // at that exit, so a leak (or any late sanitizer report) makes the status non-zero.
    const int status = server_->stop();
    EXPECT_EQ(status, 0) << "fardeau serve did not exit 0 on SIGTERM (a sanitizer report above?)";
    delete server_;
    fs::remove_all(*root_);
    delete root_;
  }
  static httplib::Result get(const std::string& path) {
    httplib::Client c("127.0.0.1", server_->port());
    c.set_read_timeout(30, 0);
    return c.Get(path.c_str());
  }
  static int port() { return server_->port(); }
  static bool alive() { return server_->alive(); }
  /// The answer to `path`, fresh then cached, is `fardeau <cli> --format <format>` byte for
  /// byte, with Content-Type `type`; returns the CLI's output.
  static std::string expect_cli_body(const std::string& path, std::vector<std::string> cli,
                                     const std::string& format, const std::string& type) {
    cli.insert(cli.end(), {"--format", format});
    auto out = run_cli(cli);
    EXPECT_EQ(out.exit_code, 0) << path;
    for (const char* pass : {"", " (cached)"}) {
      auto r = get(path);
      if (!r) {
        ADD_FAILURE() << path << pass << ": no answer";
        return {};
      }
      EXPECT_EQ(r->status, 200) << path << pass << ": " << r->body;
      EXPECT_EQ(r->get_header_value("Content-Type"), type) << path << pass;
      EXPECT_EQ(r->body, out.out) << path << pass;
    }
    return out.out;
  }

  static ServerProcess* server_;
  static fs::path* root_;
};
ServerProcess* ServerTest::server_ = nullptr;
fs::path* ServerTest::root_ = nullptr;

struct Case {
  std::string path;              ///< API path with query string
  std::vector<std::string> cli;  ///< the same query on the command line
};

// Every endpoint, with its parameters mirroring the CLI flags.
const std::vector<Case>& cases() {
  static const std::vector<Case> c = {
      {"/api/v1/vintages", {"vintages"}},
      {"/api/v1/allies", {"allies"}},
      {"/api/v1/allies?year=2018", {"allies", "--year", "2018"}},
      {"/api/v1/allies?year=2018&all=true", {"allies", "--year", "2018", "--all"}},
      {"/api/v1/indicators", {"indicators"}},
      {"/api/v1/indicators?vintage=sipri-2025", {"indicators", "--vintage", "sipri-2025"}},
      {"/api/v1/report", {"report"}},
      {"/api/v1/report?year=2018&lang=fr", {"report", "--year", "2018", "--lang", "fr"}},
      {"/api/v1/report?year=2019&vintage=nato-2019",
       {"report", "--year", "2019", "--vintage", "nato-2019"}},
      {"/api/v1/compliance?year=2014", {"compliance", "--year", "2014"}},
      {"/api/v1/compliance?year=2024&target=3.5&equipment=20&group=europe-canada",
       {"compliance", "--year", "2024", "--target", "3.5", "--equipment", "20", "--group",
        "europe-canada"}},
      {"/api/v1/compliance?year=2018&membership=current",
       {"compliance", "--year", "2018", "--membership", "current"}},
      {"/api/v1/gap?year=2024&target=3.5&basis=constant",
       {"gap", "--year", "2024", "--target", "3.5", "--basis", "constant"}},
      {"/api/v1/gap?group=FRA,DEU", {"gap", "--group", "FRA,DEU"}},
      {"/api/v1/shares?year=2024&by=population",
       {"shares", "--year", "2024", "--by", "population"}},
      {"/api/v1/shares", {"shares"}},
      {"/api/v1/trend?vintage=nato-2019&from=2016&to=2018",
       {"trend", "--vintage", "nato-2019", "--from", "2016", "--to", "2018"}},
      {"/api/v1/trend?group=USA&basis=current", {"trend", "--group", "USA", "--basis", "current"}},
      {"/api/v1/series?ally=FRA", {"series", "--ally", "FRA"}},
      {"/api/v1/series?ally=Sweden&indicator=equipment_share&from=2020&to=2024",
       {"series", "--ally", "Sweden", "--indicator", "equipment_share", "--from", "2020", "--to",
        "2024"}},
      {"/api/v1/series?ally=POL,DEU,USA&lang=fr",
       {"series", "--ally", "POL,DEU,USA", "--lang", "fr"}},
      {"/api/v1/series?ally=POL,DEU&indicator=defexp_usd_const&change_from=2014",
       {"series", "--ally", "POL,DEU", "--indicator", "defexp_usd_const", "--change-from", "2014"}},
      {"/api/v1/series?ally=USA&indicator=defexp_usd_const&change_from=2020&from=2018",
       {"series", "--ally", "USA", "--indicator", "defexp_usd_const", "--change-from", "2020",
        "--from", "2018"}},
      {"/api/v1/diff?from=nato-2025&to=nato-2026&year=2024",
       {"diff", "--from", "nato-2025", "--to", "nato-2026", "--year", "2024"}},
      {"/api/v1/stats/exploitation?definition=sipri&from=2014&to=2024",
       {"stats", "exploitation", "--definition", "sipri", "--from", "2014", "--to", "2024"}},
      {"/api/v1/stats/concordance?year=2024&benefit=mixed",
       {"stats", "concordance", "--year", "2024", "--benefit", "mixed"}},
      {"/api/v1/stats/concentration?from=2014&to=2026",
       {"stats", "concentration", "--from", "2014", "--to", "2026"}},
      {"/api/v1/stats/fair-share?year=2024&by=population",
       {"stats", "fair-share", "--year", "2024", "--by", "population"}},
      {"/api/v1/check?claim=members(2018)%20%3D%2029", {"check", "members(2018) = 29"}},
      {"/api/v1/"
       "check?claim=cumulative(defexp_usd_const%2C%20europe-canada%2C%202016..2018)%20~%2041bn&"
       "lang=fr",
       {"check", "cumulative(defexp_usd_const, europe-canada, 2016..2018) ~ 41bn", "--lang", "fr"}},
      {"/api/v1/scenario?preset=counterfactual-2pct",
       {"scenario", "--preset", "counterfactual-2pct"}},
      {"/api/v1/scenario?list=1", {"scenario", "--list"}},
      {"/api/v1/scenario?target=3.5&by=2030&us=3&path=constant-growth&gdp_growth=1.5&"
       "allies=FRA,DEU,ITA,GBR,POL,USA&lang=fr",
       {"scenario", "--target", "3.5", "--by", "2030", "--us", "3", "--path", "constant-growth",
        "--gdp-growth", "1.5", "--allies", "FRA,DEU,ITA,GBR,POL,USA", "--lang", "fr"}},
      {"/api/v1/scenario?vintage=nato-2019&from=2019&by=2024&target=2&compare=nato-2026",
       {"scenario", "--vintage", "nato-2019", "--from", "2019", "--by", "2024", "--target", "2",
        "--compare", "nato-2026"}},
      {"/api/v1/simulate?preset=hague-2035&paths=5000&seed=7&threads=2",
       {"simulate", "--preset", "hague-2035", "--paths", "5000", "--seed", "7", "--threads", "2"}},
      {"/api/v1/simulate?target=3&by=2030&paths=2e3&volatility=0.5&execution_mean=1&"
       "execution_sd=0.1&threads=1&lang=fr",
       {"simulate", "--target", "3", "--by", "2030", "--paths", "2e3", "--volatility", "0.5",
        "--execution-mean", "1", "--execution-sd", "0.1", "--threads", "1", "--lang", "fr"}},
  };
  return c;
}

TEST_F(ServerTest, healthz) {
  auto r = get("/healthz");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(json::parse(r->body)["status"], "ok");
}

TEST_F(ServerTest, every_endpoint_equals_the_cli_json_byte_for_byte) {
  for (const auto& c : cases()) expect_cli_body(c.path, c.cli, "json", "application/json");
}

TEST_F(ServerTest, openapi_lists_every_endpoint) {
  auto r = get("/api/v1/openapi.json");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200);
  auto doc = json::parse(r->body);
  EXPECT_EQ(doc["openapi"], "3.0.3");
  for (const char* e : {"vintages", "allies", "indicators", "report", "compliance", "gap", "shares",
                        "trend", "series", "diff", "stats/exploitation", "stats/concordance",
                        "stats/concentration", "stats/fair-share", "check", "scenario", "simulate"})
    EXPECT_TRUE(doc["paths"].contains(std::string("/api/v1/") + e)) << e;
  EXPECT_TRUE(doc["paths"]["/api/v1/check"].contains("get"));
  EXPECT_TRUE(doc["paths"]["/api/v1/check"].contains("post"));
  EXPECT_TRUE(doc["paths"]["/api/v1/report"]["get"]["responses"].contains("413"));
  // format=csv: text/csv is documented beside the JSON.
  EXPECT_TRUE(doc["paths"]["/api/v1/compliance"]["get"]["responses"]["200"]["content"].contains(
      "text/csv"));
  // Only simulate can be busy.
  EXPECT_TRUE(doc["paths"]["/api/v1/simulate"]["get"]["responses"].contains("503"));
  EXPECT_FALSE(doc["paths"]["/api/v1/report"]["get"]["responses"].contains("503"));
  // simulate documents its server bound on paths.
  bool paths_documented = false;
  for (const auto& p : doc["paths"]["/api/v1/simulate"]["get"]["parameters"])
    if (p["name"] == "paths")
      paths_documented =
          p["description"].get<std::string>().find("1 to 100000") != std::string::npos;
  EXPECT_TRUE(paths_documented);
}

// A claim POSTed as the body gets the same verdict as the CLI: the report's "29 Etats
// membres" (NATO had 29 allies at the Brussels summit of July 2018).
TEST_F(ServerTest, check_accepts_a_claim_as_the_post_body) {
  httplib::Client c("127.0.0.1", port());
  c.set_read_timeout(30, 0);
  auto r = c.Post("/api/v1/check", "members(2018) = 29", "text/plain");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200) << r->body;
  auto cli = run_cli({"check", "members(2018) = 29", "--format", "json"});
  ASSERT_EQ(cli.exit_code, 0);
  EXPECT_EQ(r->body, cli.out);
  EXPECT_EQ(json::parse(r->body)["verdict"], "true");
  auto bad = c.Post("/api/v1/check", "members(2018 = 29", "text/plain");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  auto missing = get("/api/v1/check");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 400);
  EXPECT_EQ(json::parse(missing->body)["error"]["parameter"], "claim");
}

// Errors follow the request's language: a malformed claim with lang=fr gets a French
// error.message (the dashboard shows it as is), with lang=en or no lang the English one; the
// code and the location do not change.
TEST_F(ServerTest, claim_errors_follow_lang) {
  httplib::Client c("127.0.0.1", port());
  c.set_read_timeout(30, 0);
  auto fr = c.Post("/api/v1/check?lang=fr", "members(2018", "text/plain");
  ASSERT_TRUE(fr);
  EXPECT_EQ(fr->status, 400) << fr->body;
  auto efr = json::parse(fr->body)["error"];
  EXPECT_EQ(efr["code"], "parse_error");
  EXPECT_EQ(efr["message"],
            "appel non terminé\u00a0: ')' attendu pour fermer 'members(' de la colonne 8");
  auto en = c.Post("/api/v1/check?lang=en", "members(2018", "text/plain");
  ASSERT_TRUE(en);
  EXPECT_EQ(en->status, 400) << en->body;
  auto een = json::parse(en->body)["error"];
  EXPECT_EQ(een["code"], "parse_error");
  EXPECT_EQ(een["message"], "unterminated call: expected ')' to close 'members(' at column 8");
  EXPECT_EQ(een["parameter"], efr["parameter"]);
  // The same in a GET, and for errors the checker and the data context find.
  auto unknown =
      get("/api/v1/check?claim=cumulativ(defexp_usd_const%2C%20nato%2C%202016..2018)"
          "%20%3E%200&lang=fr");
  ASSERT_TRUE(unknown);
  EXPECT_EQ(unknown->status, 400) << unknown->body;
  EXPECT_EQ(json::parse(unknown->body)["error"]["message"].get<std::string>().rfind(
                "fonction inconnue 'cumulativ'", 0),
            0U)
      << unknown->body;
  // SIPRI publishes no GDP in constant prices: the scenario the dashboard asks for says so.
  auto sipri = get("/api/v1/scenario?vintage=sipri-2025&preset=hague-2035&lang=fr");
  ASSERT_TRUE(sipri);
  EXPECT_EQ(sipri->status, 400) << sipri->body;
  EXPECT_NE(json::parse(sipri->body)["error"]["message"].get<std::string>().find(
                "ne publie pas gdp_usd_const_m, dont les scénarios ont besoin"),
            std::string::npos)
      << sipri->body;
}

// 29 allies in 2018 (North Macedonia joined in 2020, Finland in 2023, Sweden in 2024): the
// API lists the members of the year, as every CLI format does; all=true lists all 32, with
// `member` false for the three. Without a year (what the dashboard asks), every ally.
TEST_F(ServerTest, allies_of_a_year_are_its_members_unless_all) {
  auto members = get("/api/v1/allies?year=2018");
  ASSERT_TRUE(members);
  auto m = json::parse(members->body);
  EXPECT_EQ(m["members"], 29);
  ASSERT_EQ(m["rows"].size(), 29u);
  for (const auto& r : m["rows"]) EXPECT_TRUE(r["member"].get<bool>()) << r["iso3"];
  auto all = get("/api/v1/allies?year=2018&all=true");
  ASSERT_TRUE(all);
  auto a = json::parse(all->body);
  EXPECT_EQ(a["members"], 29);
  ASSERT_EQ(a["rows"].size(), 32u);
  std::vector<std::string> outside;
  for (const auto& r : a["rows"])
    if (!r["member"].get<bool>()) outside.push_back(r["iso3"]);
  EXPECT_EQ(outside, (std::vector<std::string>{"FIN", "MKD", "SWE"}));
  auto every = get("/api/v1/allies");
  ASSERT_TRUE(every);
  EXPECT_EQ(json::parse(every->body)["rows"].size(), 32u);
}

// NATO, Defence Expenditure of NATO Countries, Table 3 of every edition: in 2014, the year
// of the Wales pledge, three allies spent at least 2% of GDP (GBR, GRC, USA).
TEST_F(ServerTest, compliance_2014_names_the_three_allies_and_the_edition) {
  auto r = get("/api/v1/compliance?year=2014&vintage=nato-2019");
  ASSERT_TRUE(r);
  auto d = json::parse(r->body);
  EXPECT_EQ(d["count_meeting"], 3);
  std::vector<std::string> m = d["meeting"];
  std::sort(m.begin(), m.end());
  EXPECT_EQ(m, (std::vector<std::string>{"GBR", "GRC", "USA"}));
  EXPECT_EQ(d["vintage"]["id"], "nato-2019");
}

// "European Allies and Canada have added 41 billion dollars" (NATO, July 2018): in the
// 2019 edition, constant 2015 prices, the cumulative sum over 2016 is 41.7 bn.
TEST_F(ServerTest, trend_41_billion) {
  auto r = get("/api/v1/trend?vintage=nato-2019&from=2016&to=2018&group=europe-canada");
  ASSERT_TRUE(r);
  auto d = json::parse(r->body);
  EXPECT_NEAR(d["cumulative_over_base_usd_m"].get<double>() / 1000.0, 41.7, 0.05);
}

struct ErrorCase {
  std::string path;
  int status;
  std::string parameter;
  std::string message_part;  ///< e.g. the valid values
};

TEST_F(ServerTest, bad_parameters_give_400_naming_the_parameter_and_valid_values) {
  const std::vector<ErrorCase> errors = {
      {"/api/v1/report?year=abc", 400, "year", "expected a whole number"},
      {"/api/v1/report?year=1700", 400, "year", "expected a whole number"},
      {"/api/v1/report?year=2050", 400, "year", "2014"},
      {"/api/v1/report?vintage=nato-1999", 400, "vintage", "nato-2026"},
      // An empty vintage (a page's unset variable) is an error, never the default edition.
      {"/api/v1/report?vintage=", 400, "vintage", "empty value is not a vintage; valid: nato-2026"},
      {"/api/v1/allies?year=2018&vintage=", 400, "vintage", "nato-2026"},
      {"/api/v1/check?claim=members(2018)%20%3D%2029&vintage=", 400, "vintage", "nato-2026"},
      {"/api/v1/diff?from=&to=nato-2026", 400, "from", "empty value is not a vintage"},
      {"/api/v1/diff?from=nato-2025&to=", 400, "to", "empty value is not a vintage"},
      {"/api/v1/scenario?preset=wales-2024&compare=", 400, "compare", "nato-2026"},
      {"/api/v1/compliance?target=lots", 400, "target", "expected e.g. 2 or 3.5"},
      {"/api/v1/gap?basis=nominal", 400, "basis", "current"},
      {"/api/v1/shares?by=area", 400, "by", "gdp, population"},
      {"/api/v1/compliance?group=asia", 400, "group", "europe-canada"},
      {"/api/v1/series?ally=Atlantis", 400, "ally", "Atlantis"},
      {"/api/v1/series?ally=FRA&indicator=happiness", 400, "indicator", "pct_gdp"},
      {"/api/v1/series", 400, "ally", "missing"},
      {"/api/v1/report?colour=blue", 400, "colour",
       "valid: year, format, vintage, membership, lang"},
      {"/api/v1/series?ally=POL,,DEU", 400, "ally", "empty ally in 'POL,,DEU'"},
      {"/api/v1/series?ally=POL,Poland", 400, "ally", "POL is named twice"},
      {"/api/v1/series?ally=POL,Atlantis", 400, "ally", "unknown ally 'Atlantis'"},
      {"/api/v1/series?ally=POL&change_from=1990", 400, "change_from", "2014-2026"},
      {"/api/v1/series?ally=POL&change_from=soon", 400, "change_from", "not a year"},
      {"/api/v1/series?ally=ISL&indicator=defexp_usd_const", 400, "ally", "ISL"},
      {"/api/v1/report?year=2018&year=2019", 400, "year", "more than once"},
      {"/api/v1/report?membership=sometimes", 400, "membership", "as-of"},
      {"/api/v1/report?lang=de", 400, "lang", "en, fr"},
      {"/api/v1/trend?from=2020&to=2016", 400, "from", "before"},
      {"/api/v1/diff?from=nato-2025&to=nato-2026&min_change=some", 400, "min_change",
       "expected e.g. 2 or 3.5"},
      {"/api/v1/scenario?target=lots&by=2030", 400, "target", "expected e.g. 2 or 3.5"},
      {"/api/v1/scenario?preset=wales-2030", 400, "preset", "hague-2035"},
      {"/api/v1/scenario?target=3&by=2030&path=zigzag", 400, "path", "constant-growth"},
      {"/api/v1/scenario?target=3&by=twenty", 400, "by", "expected a whole number"},
      {"/api/v1/scenario?target=3&by=2030&allies=asia", 400, "allies", "europe-canada"},
      {"/api/v1/scenario?target=3&by=2030&compare=nato-1999", 400, "compare", "nato-2026"},
      {"/api/v1/simulate?target=3&by=2030&paths=lots", 400, "paths", "whole number"},
      {"/api/v1/simulate?target=3&by=2030&paths=0", 400, "paths", "between 1 and 100000"},
      {"/api/v1/simulate?target=3&by=2030&threads=5", 400, "threads", "between 0"},
      {"/api/v1/simulate?target=3&by=2030&volatility=11", 400, "volatility", "between 0 and 10"},
      {"/api/v1/simulate?target=3&by=2030&execution_sd=-1", 400, "execution_sd", "between 0 and 1"},
      {"/api/v1/simulate?target=3&by=2030&compare=nato-2026", 400, "compare", "valid: preset"},
      {"/api/v1/simulate?target=3", 400, "by", "horizon"},
  };
  for (const auto& e : errors) {
    auto r = get(e.path);
    ASSERT_TRUE(r) << e.path;
    EXPECT_EQ(r->status, e.status) << e.path << ": " << r->body;
    auto body = json::parse(r->body, nullptr, false);
    ASSERT_FALSE(body.is_discarded()) << e.path;
    EXPECT_EQ(body["error"]["parameter"], e.parameter) << e.path << ": " << r->body;
    EXPECT_NE(body["error"]["message"].get<std::string>().find(e.message_part), std::string::npos)
        << e.path << ": " << r->body;
    EXPECT_FALSE(body["error"]["code"].get<std::string>().empty());
  }
}

// A bad year is named by its query parameter ("year", not the CLI's "--year"), with 400,
// whether it is malformed, out of range or outside the edition; so are the other
// located errors ("min_change", from the engine's "--min-change"). A malformed year is
// invalid_argument; a well-formed one the edition does not cover is out_of_coverage.
TEST_F(ServerTest, a_bad_year_names_the_year_parameter_with_400) {
  struct YearCase {
    const char* path;
    const char* parameter;
    const char* code;
  };
  const std::vector<YearCase> cases = {
      {"/api/v1/report?year=abc", "year", "invalid_argument"},
      {"/api/v1/report?year=1900", "year", "out_of_coverage"},
      {"/api/v1/compliance?year=2013", "year", "out_of_coverage"},
      {"/api/v1/allies?year=2013&lang=fr", "year", "out_of_coverage"},
      {"/api/v1/diff?from=nato-2025&to=nato-2026&year=2030", "year", "out_of_coverage"},
      {"/api/v1/series?ally=POL&change_from=1990", "change_from", "out_of_coverage"},
      {"/api/v1/scenario?target=3.5&by=2035&from=2000", "from", "out_of_coverage"}};
  for (const auto& [path, parameter, code] : cases) {
    auto r = get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 400) << path << ": " << r->body;
    auto e = json::parse(r->body)["error"];
    EXPECT_EQ(e["parameter"], parameter) << path << ": " << r->body;
    EXPECT_EQ(e["code"], code) << path;
  }
  auto min_change = get("/api/v1/diff?from=nato-2025&to=nato-2026&min_change=some");
  ASSERT_TRUE(min_change);
  EXPECT_EQ(min_change->status, 400);
  EXPECT_EQ(json::parse(min_change->body)["error"]["parameter"], "min_change");
}

// format=csv: the CLI's `--format csv` byte for byte (the same render layer), as text/csv,
// every row naming its edition in a vintage column; the same query without it is JSON.
TEST_F(ServerTest, format_csv_is_the_cli_csv_byte_for_byte_with_the_vintage_column) {
  const std::vector<Case> csv_cases = {
      {"/api/v1/compliance?year=2026&format=csv", {"compliance", "--year", "2026"}},
      {"/api/v1/compliance?year=2014&vintage=nato-2019&lang=fr&format=csv",
       {"compliance", "--year", "2014", "--vintage", "nato-2019", "--lang", "fr"}},
      {"/api/v1/series?ally=POL,DEU,USA&format=csv", {"series", "--ally", "POL,DEU,USA"}},
      {"/api/v1/series?ally=POL&indicator=defexp_usd_const&change_from=2014&format=csv",
       {"series", "--ally", "POL", "--indicator", "defexp_usd_const", "--change-from", "2014"}},
      {"/api/v1/trend?group=USA&basis=current&format=csv",
       {"trend", "--group", "USA", "--basis", "current"}},
      {"/api/v1/gap?year=2026&target=3.5&format=csv", {"gap", "--year", "2026", "--target", "3.5"}},
      {"/api/v1/scenario?target=3.5&by=2035&format=csv",
       {"scenario", "--target", "3.5", "--by", "2035"}},
      {"/api/v1/check?claim=members(2018)%20%3D%2029&format=csv", {"check", "members(2018) = 29"}},
      {"/api/v1/vintages?format=csv", {"vintages"}},
  };
  for (const auto& c : csv_cases) {
    const std::string body = expect_cli_body(c.path, c.cli, "csv", "text/csv; charset=utf-8");
    const std::string header = body.substr(0, body.find('\n'));
    if (c.cli[0] != "vintages") {  // the editions themselves: an id column
      EXPECT_EQ(header.rfind("vintage,", 0), 0u) << c.path << ": " << header;
    }
  }
  // format=json is the default's JSON.
  auto j = get("/api/v1/compliance?year=2026&format=json");
  auto plain = get("/api/v1/compliance?year=2026");
  ASSERT_TRUE(j && plain);
  EXPECT_EQ(j->body, plain->body);
  EXPECT_EQ(j->get_header_value("Content-Type"), "application/json");
}

// A bad format is a 400 naming `format` and the valid values (in French with lang=fr), as
// JSON; the error of a CSV request is JSON too.
TEST_F(ServerTest, a_bad_format_gives_400_naming_the_parameter) {
  for (const char* path : {"/api/v1/compliance?format=xml", "/api/v1/report?format=table",
                           "/api/v1/series?ally=POL&format=", "/api/v1/vintages?format=CSV",
                           "/api/v1/scenario?list=1&format=md"}) {
    auto r = get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 400) << path;
    EXPECT_EQ(r->get_header_value("Content-Type"), "application/json") << path;
    auto body = json::parse(r->body);
    EXPECT_EQ(body["error"]["parameter"], "format") << path;
    EXPECT_NE(body["error"]["message"].get<std::string>().find("valid: json, csv"),
              std::string::npos)
        << r->body;
  }
  auto fr = get("/api/v1/compliance?format=xml&lang=fr");
  ASSERT_TRUE(fr);
  EXPECT_NE(json::parse(fr->body)["error"]["message"].get<std::string>().find("valides"),
            std::string::npos)
      << fr->body;
  auto csv_error = get("/api/v1/compliance?year=1900&format=csv");
  ASSERT_TRUE(csv_error);
  EXPECT_EQ(csv_error->status, 400);
  EXPECT_EQ(csv_error->get_header_value("Content-Type"), "application/json");
  EXPECT_EQ(json::parse(csv_error->body)["error"]["parameter"], "year");
}

// The server bounds a Monte Carlo run well below the CLI's 100,000,000 paths, so one
// request cannot hold it for long: over the bound is 400, before any path is drawn.
TEST_F(ServerTest, simulate_over_the_server_path_bound_gives_400) {
  for (const char* paths : {"100001", "1e6", "100000000"}) {
    auto r = get(std::string("/api/v1/simulate?target=3&by=2030&paths=") + paths);
    ASSERT_TRUE(r) << paths;
    EXPECT_EQ(r->status, 400) << paths << ": " << r->body;
    auto e = json::parse(r->body)["error"];
    EXPECT_EQ(e["parameter"], "paths");
    EXPECT_NE(e["message"].get<std::string>().find("between 1 and 100000 on the server"),
              std::string::npos)
        << r->body;
  }
  // At the bound, the server runs it (threads=0: the server's own thread bound).
  auto ok = get("/api/v1/simulate?target=3&by=2030&paths=100000");
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200) << ok->body;
  auto d = json::parse(ok->body);
  EXPECT_EQ(d["paths"], 100000);
  EXPECT_GE(d["query"]["threads"].get<int>(), 1);
  EXPECT_LE(d["query"]["threads"].get<int>(), 4);
}

TEST_F(ServerTest, unknown_paths_give_404_with_a_json_body) {
  for (const char* p : {"/api/v1/nope", "/api/v2/report", "/nope.html", "/sub/missing.txt"}) {
    auto r = get(p);
    ASSERT_TRUE(r) << p;
    EXPECT_EQ(r->status, 404) << p;
    EXPECT_EQ(json::parse(r->body)["error"]["code"], "not_found") << p;
  }
}

TEST_F(ServerTest, wrong_method_gives_405) {
  httplib::Client c("127.0.0.1", port());
  auto r = c.Post("/api/v1/report", "x", "text/plain");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 405);
  EXPECT_EQ(r->get_header_value("Allow"), "GET");
  EXPECT_EQ(json::parse(r->body)["error"]["code"], "method_not_allowed");
  auto d = c.Delete("/index.html");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->status, 405);
}

// Oversized requests, body or request line, answer 413 with the JSON error body.
TEST_F(ServerTest, oversized_body_and_overlong_uri_give_413) {
  httplib::Client c("127.0.0.1", port());
  for (const char* path : {"/api/v1/check", "/api/v1/report"}) {
    auto r = c.Post(path, std::string(200 * 1024, 'x'), "text/plain");
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 413) << path;
    EXPECT_EQ(json::parse(r->body)["error"]["code"], "payload_too_large") << path;
  }
  for (const std::string& target :
       {"/api/v1/report?year=" + std::string(20000, '1'),
        "/api/v1/check?claim=" + std::string(9000, 'x'),
        "/api/v1/report?" + std::string(10000, '&'), "/" + std::string(9000, 'a')}) {
    auto raw =
        raw_request(port(), "GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    EXPECT_EQ(status_of(raw), 413) << raw.substr(0, 200);
    const auto body_at = raw.find("\r\n\r\n");
    ASSERT_NE(body_at, std::string::npos);
    auto body = json::parse(raw.substr(body_at + 4), nullptr, false);
    ASSERT_FALSE(body.is_discarded()) << raw.substr(0, 300);
    EXPECT_EQ(body["error"]["code"], "payload_too_large");
    EXPECT_NE(body["error"]["message"].get<std::string>().find("8 KiB"), std::string::npos);
  }
  EXPECT_TRUE(alive());
}

TEST_F(ServerTest, static_files_are_served_from_the_web_root) {
  auto r = get("/");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_NE(r->body.find("<title>fardeau</title>"), std::string::npos);
  EXPECT_EQ(r->get_header_value("Content-Type"), "text/html; charset=utf-8");
  auto s = get("/sub/page.txt");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->body, "inside");
}

TEST_F(ServerTest, static_files_compressed_at_build_time_are_sent_as_the_client_accepts) {
  httplib::Client c("127.0.0.1", port());
  c.set_decompress(false);  // the bytes on the wire: which variant was sent
  struct Want {
    const char* accept;
    const char* body;
    const char* encoding;
  };
  for (const Want& w :
       {Want{"br", "BR-VARIANT", "br"}, Want{"gzip, deflate, br", "BR-VARIANT", "br"},
        Want{"gzip", "GZ-VARIANT", "gzip"}, Want{"br;q=0, gzip", "GZ-VARIANT", "gzip"},
        Want{"*", "BR-VARIANT", "br"}, Want{"gzip;q=0, br;q=0.0", "plain();", ""},
        Want{"identity", "plain();", ""}, Want{"", "plain();", ""}}) {
    auto r = c.Get("/app.js", {{"Accept-Encoding", w.accept}});
    ASSERT_TRUE(r) << w.accept;
    EXPECT_EQ(r->status, 200) << w.accept;
    EXPECT_EQ(r->body, w.body) << w.accept;
    EXPECT_EQ(r->get_header_value("Content-Encoding"), w.encoding) << w.accept;
    EXPECT_EQ(r->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
    EXPECT_EQ(r->get_header_value("Vary"), "Accept-Encoding");
  }
  // No variant on disk: the file as it is, never compressed on the fly.
  auto p = c.Get("/sub/page.txt", {{"Accept-Encoding", "br, gzip"}});
  ASSERT_TRUE(p);
  EXPECT_EQ(p->body, "inside");
  EXPECT_EQ(p->get_header_value("Content-Encoding"), "");
}

TEST_F(ServerTest, api_answers_are_not_compressed_on_the_fly) {
  // httplib would brotli them at quality 11: 180 ms for an 11 kB report instead of 1 ms.
  httplib::Client c("127.0.0.1", port());
  c.set_decompress(false);
  for (const char* path : {"/api/v1/report", "/api/v1/openapi.json", "/api/v1/report?year=x"}) {
    auto r = c.Get(path, {{"Accept-Encoding", "gzip, deflate, br"}});
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->get_header_value("Content-Encoding"), "") << path;
    EXPECT_FALSE(json::parse(r->body, nullptr, false).is_discarded()) << path;
  }
}

TEST_F(ServerTest, hostile_requests_never_leave_the_web_root_nor_crash) {
  // Paths that try to leave the web root: refused (400 or 404), never the file's text.
  const std::vector<std::string> traversal = {
      "/../secret.txt",
      "/sub/../../secret.txt",
      "/%2e%2e/secret.txt",
      "/%2E%2E%2Fsecret.txt",
      "/..%2fsecret.txt",
      "/%252e%252e/secret.txt",
      "/sub/%2e%2e/%2e%2e/secret.txt",
      "/..\\secret.txt",
      "/%5c..%5csecret.txt",
      "/link.txt",       // symlink to a file outside the root
      "/up/secret.txt",  // symlink to a folder outside the root
      "//etc/passwd",
      "/%2fetc%2fpasswd",
      "/etc/passwd%00.html",
      "/.hidden",
      "/sub/page.txt%00",
      "/%",
      "/%zz"};
  for (const auto& t : traversal) {
    auto raw =
        raw_request(port(), "GET " + t + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    const int status = status_of(raw);
    EXPECT_TRUE(status == 400 || status == 404) << t << " -> " << raw.substr(0, 300);
    EXPECT_EQ(raw.find("SECRET-OUTSIDE-WEB-ROOT"), std::string::npos) << t;
    EXPECT_EQ(raw.find("root:"), std::string::npos) << t;
  }
  // Malformed and huge query strings: an answer (never a crash); parameters that parse
  // to nothing valid get 400.
  const std::vector<std::pair<std::string, int>> queries = {
      {"/api/v1/report?year=%zz", 400},
      {"/api/v1/report?year=%", 400},
      {"/api/v1/report?%00=1", 400},
      {"/api/v1/report?year=2018%00", 400},
      {"/api/v1/series?ally=%ff%fe", 400},
      {"/api/v1/report?year=" + std::string(2000, '9'), 400},
      {"/api/v1/report?" + std::string(3000, 'a') + "=" + std::string(3000, 'b'), 400},
      {"/api/v1/report?" + std::string(7000, '&'), 200},  // no parameters at all
  };
  for (const auto& [t, expected] : queries) {
    auto raw =
        raw_request(port(), "GET " + t + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    EXPECT_EQ(status_of(raw), expected) << t.substr(0, 80) << " -> " << raw.substr(0, 300);
  }
  // Garbage that is not HTTP at all, a huge header, an absolute-form target.
  for (const std::string& junk :
       {std::string("\x16\x03\x01\x02\x00garbage\r\n\r\n"), std::string("GET\r\n\r\n"),
        "GET / HTTP/1.1\r\nConnection: close\r\nX-Big: " + std::string(20000, 'h') + "\r\n\r\n",
        std::string(
            "GET http://127.0.0.1/../secret.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
        std::string("BREW /coffee HTTP/1.1\r\n\r\n")}) {
    auto raw = raw_request(port(), junk);
    EXPECT_EQ(raw.find("SECRET-OUTSIDE-WEB-ROOT"), std::string::npos);
  }
  EXPECT_TRUE(alive());
  auto h = get("/healthz");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->status, 200);
}

TEST_F(ServerTest, thirty_two_parallel_clients_get_no_errors) {
  // The expected bodies, from the CLI.
  std::vector<std::pair<std::string, std::string>> expected;
  for (size_t i = 0; i < cases().size(); i += 3) {
    auto args = cases()[i].cli;
    args.insert(args.end(), {"--format", "json"});
    expected.emplace_back(cases()[i].path, run_cli(args).out);
  }
  constexpr int kClients = 32, kRequests = 40;
  std::atomic<int> ok{0}, bad{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kClients; ++t)
    threads.emplace_back([&, t] {
      httplib::Client c("127.0.0.1", port());
      c.set_read_timeout(30, 0);
      for (int i = 0; i < kRequests; ++i) {
        const auto& [path, body] = expected[static_cast<size_t>(t + i) % expected.size()];
        auto r = c.Get(path.c_str());
        if (r && r->status == 200 && r->body == body)
          ++ok;
        else
          ++bad;
      }
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(bad.load(), 0);
  EXPECT_EQ(ok.load(), kClients * kRequests);
}

// The server runs at most --max-simulations simulations at once, whatever the number of
// clients; the others wait up to --simulation-wait seconds for a slot, then get 503.
struct Reply {
  int status = 0;  ///< 0: no answer
  std::string body, retry_after;
};
Reply get_from(const ServerProcess& s, const std::string& path) {
  httplib::Client c("127.0.0.1", s.port());
  c.set_read_timeout(60, 0);
  auto r = c.Get(path.c_str());
  if (!r) return {};
  return {r->status, r->body, r->get_header_value("Retry-After")};
}

TEST(ServeLimits, simulate_turned_off_gives_503_and_every_other_endpoint_still_answers) {
  ServerProcess s({"--max-simulations", "0"});
  auto r = get_from(s, "/api/v1/simulate?target=3&by=2030&paths=1000");
  EXPECT_EQ(r.status, 503) << r.body;
  auto e = json::parse(r.body)["error"];
  EXPECT_EQ(e["code"], "unavailable");
  EXPECT_NE(e["message"].get<std::string>().find("--max-simulations 0"), std::string::npos);
  EXPECT_EQ(get_from(s, "/api/v1/report").status, 200);
  // Parameters are checked before any wait for a slot: a bad request is a 400, not a 503.
  auto bad = get_from(s, "/api/v1/simulate?target=3&by=2030&paths=1e6");
  EXPECT_EQ(bad.status, 400) << bad.body;
  EXPECT_EQ(json::parse(bad.body)["error"]["parameter"], "paths");
  EXPECT_EQ(s.stop(), 0);
}

TEST(ServeLimits, simulations_beyond_the_slots_wait_and_get_the_cli_answer) {
  // One slot, the default 10 s wait: six different simulations sent at once all succeed,
  // one after the other, each equal to the CLI's for its seed.
  ServerProcess s({"--max-simulations", "1"});
  constexpr int kClients = 6;
  std::vector<Reply> results(kClients);
  std::vector<std::thread> threads;
  auto path = [](int seed) {
    return "/api/v1/simulate?target=3&by=2030&paths=3000&threads=1&seed=" + std::to_string(seed);
  };
  for (int i = 0; i < kClients; ++i)
    threads.emplace_back([&, i] { results[static_cast<size_t>(i)] = get_from(s, path(i + 1)); });
  for (auto& t : threads) t.join();
  for (int i = 0; i < kClients; ++i) {
    const auto& r = results[static_cast<size_t>(i)];
    EXPECT_EQ(r.status, 200) << r.body;
    auto cli = run_cli({"simulate", "--target", "3", "--by", "2030", "--paths", "3000", "--threads",
                        "1", "--seed", std::to_string(i + 1), "--format", "json"});
    EXPECT_EQ(r.body, cli.out) << "seed " << i + 1;
  }
  EXPECT_EQ(s.stop(), 0);
}

TEST(ServeLimits, with_no_wait_a_busy_server_answers_503_with_retry_after) {
  // One slot and no wait: of eight 100,000-path simulations sent at once (each takes
  // tenths of a second), the ones that find the slot taken get 503 at once.
  ServerProcess s({"--max-simulations", "1", "--simulation-wait", "0"});
  constexpr int kClients = 8;
  std::vector<Reply> results(kClients);
  std::vector<std::thread> threads;
  for (int i = 0; i < kClients; ++i)
    threads.emplace_back([&, i] {
      results[static_cast<size_t>(i)] =
          get_from(s, "/api/v1/simulate?target=3&by=2035&paths=100000&threads=1&seed=" +
                          std::to_string(100 + i));
    });
  for (auto& t : threads) t.join();
  int ok = 0, busy = 0;
  for (const auto& r : results) {
    if (r.status == 200) {
      ++ok;
      continue;
    }
    EXPECT_EQ(r.status, 503) << r.body;
    EXPECT_EQ(r.retry_after, "1");
    auto e = json::parse(r.body)["error"];
    EXPECT_EQ(e["code"], "busy");
    EXPECT_NE(e["message"].get<std::string>().find("--max-simulations"), std::string::npos);
    ++busy;
  }
  EXPECT_GE(ok, 1);
  EXPECT_GE(busy, 1) << "eight simultaneous simulations never overlapped";
  EXPECT_EQ(ok + busy, kClients);
  EXPECT_EQ(s.stop(), 0);
}

TEST(ServeFlags, bad_flags_exit_2_with_one_line) {
  auto r = run_cli({"serve", "--port", "99999"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(r.out.empty());
  auto w = run_cli({"serve", "--web-root", "/nonexistent/fardeau-web"});
  EXPECT_EQ(w.exit_code, 2);
  for (std::vector<std::string> bad : {std::vector<std::string>{"--max-simulations", "-1"},
                                       {"--max-simulations", "257"},
                                       {"--max-simulations", "1.5"},
                                       {"--simulation-wait", "601"},
                                       {"--simulation-wait", "soon"}}) {
    bad.insert(bad.begin(), "serve");
    auto b = run_cli(bad);
    EXPECT_EQ(b.exit_code, 2) << bad[1] << " " << bad[2];
    EXPECT_TRUE(b.out.empty());
  }
}

// ------------------------------------------------------------------ hostile clients

// 200 clients that have sent half their headers (slowloris) each hold one connection
// thread, and no more: /healthz, on its own connection, still answers (the old fixed pool
// of 16 threads made it wait 5 s). Run on a server with the default --threads.
TEST(ServerHostileClients, two_hundred_slow_clients_do_not_starve_healthz) {
  ServerProcess server({});
  std::vector<int> slow;
  for (int i = 0; i < 200; ++i) {
    int s = connect_loopback(server.port(), 5);
    ASSERT_GE(s, 0) << "connection " << i;
    const std::string part = "GET /api/v1/report HTTP/1.1\r\nHost: x\r\nX-Slow: a";
    ASSERT_EQ(send(s, part.data(), part.size(), MSG_NOSIGNAL), static_cast<ssize_t>(part.size()));
    slow.push_back(s);
  }
  for (int round = 0; round < 3; ++round) {
    httplib::Client c("127.0.0.1", server.port());
    c.set_connection_timeout(2, 0);
    c.set_read_timeout(2, 0);  // a starved server would not answer in time
    auto r = c.Get("/healthz");
    ASSERT_TRUE(r) << "no answer to /healthz behind 200 slow clients (round " << round << ")";
    EXPECT_EQ(r->status, 200);
    for (int s : slow) send(s, "a", 1, MSG_NOSIGNAL);  // still trickling
  }
  for (int s : slow) close(s);
  EXPECT_TRUE(server.alive());
}

// A 10 MB POST is refused from its Content-Length: the 413 comes without the body being
// sent (the socket gives up after 2 s, well before the server's 5 s read timeout).
TEST_F(ServerTest, a_ten_megabyte_post_gets_413_before_its_body_is_sent) {
  int s = connect_loopback(port(), 2);
  ASSERT_GE(s, 0);
  const std::string head =
      "POST /api/v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
      "Content-Length: 10485760\r\n\r\n";
  ASSERT_EQ(send(s, head.data(), head.size(), MSG_NOSIGNAL), static_cast<ssize_t>(head.size()));
  std::string raw;
  char buf[4096];
  for (ssize_t n;
       raw.find("\r\n\r\n") == std::string::npos && (n = recv(s, buf, sizeof buf, 0)) > 0;)
    raw.append(buf, static_cast<size_t>(n));
  close(s);
  EXPECT_EQ(status_of(raw), 413) << raw.substr(0, 200);
  EXPECT_TRUE(alive());
}

}  // namespace

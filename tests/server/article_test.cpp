// POST /api/v1/extract and /api/v1/check-article over real HTTP: the seed article's answers
// equal `fardeau extract -` and `fardeau check --article -` byte for byte; bad bodies get
// their documented statuses (docs/api.md).
#include <fstream>
#include <sstream>
#include <string>
#include <utility>

#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "server/server_process.hpp"

using fardeau::test::run_cli;
using fardeau::test::ServerProcess;
using json = nlohmann::json;

namespace {

const std::string kSeed =
    std::string(FARDEAU_SOURCE_DIR) + "/tests/fixtures/articles/otan-bruxelles-2018-07.txt";

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class ArticleRoutes : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new ServerProcess({}); }
  static void TearDownTestSuite() {
    EXPECT_EQ(server_->stop(), 0);
    delete server_;
  }
  static httplib::Result post(const std::string& path, const std::string& body) {
    httplib::Client c("127.0.0.1", server_->port());
    c.set_read_timeout(60, 0);
    return c.Post(path, body, "text/plain; charset=utf-8");
  }
  static ServerProcess* server_;
};
ServerProcess* ArticleRoutes::server_ = nullptr;

// format=csv: the CLI's `--format csv` of the same article, byte for byte, as text/csv.
TEST_F(ArticleRoutes, format_csv_is_the_cli_csv) {
  const std::string seed = read(kSeed);
  const std::pair<std::string, std::vector<std::string>> cases[] = {
      {"/api/v1/extract?format=csv", {"extract", "-", "--format", "csv"}},
      {"/api/v1/check-article?format=csv&lang=fr",
       {"check", "--article", "-", "--format", "csv", "--lang", "fr"}},
  };
  for (const auto& [path, cli] : cases) {
    auto r = post(path, seed);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 200) << path << ": " << r->body.substr(0, 300);
    EXPECT_EQ(r->get_header_value("Content-Type"), "text/csv; charset=utf-8") << path;
    EXPECT_EQ(r->body, run_cli(cli, kSeed).out) << path;
  }
  auto bad = post("/api/v1/extract?format=pdf", seed);
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  EXPECT_EQ(json::parse(bad->body)["error"]["parameter"], "format");
}

// The July 2018 Brussels summit report (tests/fixtures/articles): the API's answers are the
// CLI's, in English and French, and say what the CLI says: 5 statements, 9 claims, the
// "doubler leurs efforts" pledge recognised and not checked.
TEST_F(ArticleRoutes, the_seed_article_equals_the_cli_json_byte_for_byte) {
  const std::string seed = read(kSeed);
  ASSERT_FALSE(seed.empty());
  struct Case {
    std::string path;
    std::vector<std::string> cli;
  };
  const Case cases[] = {
      {"/api/v1/extract", {"extract", "-"}},
      {"/api/v1/extract?lang=fr&text_lang=fr",
       {"extract", "-", "--lang", "fr", "--text-lang", "fr"}},
      {"/api/v1/check-article", {"check", "--article", "-"}},
      {"/api/v1/check-article?lang=fr&explain=1",
       {"check", "--article", "-", "--lang", "fr", "--explain"}},
      {"/api/v1/check-article?vintage=nato-2019",
       {"check", "--article", "-", "--vintage", "nato-2019"}},
  };
  for (const auto& c : cases) {
    auto r = post(c.path, seed);
    ASSERT_TRUE(r) << c.path;
    EXPECT_EQ(r->status, 200) << c.path << ": " << r->body.substr(0, 300);
    auto args = c.cli;
    args.insert(args.end(), {"--format", "json"});
    auto cli = run_cli(args, kSeed);
    EXPECT_EQ(r->body, cli.out) << c.path;
  }
  auto x = json::parse(post("/api/v1/extract", seed)->body);
  EXPECT_EQ(x["source"], "-");
  EXPECT_EQ(x["date"], "2018-07");
  EXPECT_EQ(x["statements"].size(), 5U);
  ASSERT_EQ(x["uncheckable"].size(), 1U);
  EXPECT_NE(x["uncheckable"][0]["sentence"].get<std::string>().find("doubler leurs efforts"),
            std::string::npos);
  auto checked = json::parse(post("/api/v1/check-article", seed)->body);
  EXPECT_EQ(checked["summary"]["claims"], 9);
  EXPECT_EQ(checked["summary"]["statements"], 5);
  // "41 milliards" with no base year: true in the readings from 2016 (the 2019 edition's
  // cumulative sum, 41.712 bn), not from 2014.
  const auto& amount = checked["statements"][1]["claims"][0];
  EXPECT_EQ(amount["claim"],
            "cumulative(defexp_usd_const, europe-canada, either(2016, 2014)..2018) ~ 41bn");
  EXPECT_EQ(amount["verdict"], "true under some readings");
  EXPECT_EQ(amount["reading"],
            "base year 2016, cumulative over the base year, constant prices, nato-2019, as-of "
            "membership");
  EXPECT_EQ(checked["statements"][1]["span"]["line"], 3);
  EXPECT_EQ(checked["statements"][1]["span"]["column"], 181);
}

// A statement dated by the parameter, in English: "more than $600bn" with no base year is
// tried from 2022, 2020 and 2014; NATO's figure counts from the 2014 pledge.
TEST_F(ArticleRoutes, text_lang_and_date_are_the_cli_flags) {
  auto r = post("/api/v1/check-article?text_lang=en&date=2024-02",
                "European Allies and Canada have added more than $600bn.");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  const auto c = json::parse(r->body)["statements"][0]["claims"][0];
  EXPECT_EQ(c["claim"],
            "cumulative(defexp_usd_const, europe-canada, either(2022, 2020, 2014)..2024) > 600bn");
  EXPECT_EQ(c["verdict"], "true under some readings");
  EXPECT_EQ(c["reading"].get<std::string>().rfind("base year 2014, ", 0), 0U) << c["reading"];
}

TEST_F(ArticleRoutes, empty_text_is_an_empty_list) {
  for (const char* path : {"/api/v1/extract", "/api/v1/check-article"}) {
    auto r = post(path, "");
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 200) << path << ": " << r->body;
    auto j = json::parse(r->body);
    EXPECT_TRUE(j["statements"].empty()) << path;
    EXPECT_TRUE(j["uncheckable"].empty()) << path;
  }
  auto checked = json::parse(post("/api/v1/check-article", "")->body);
  EXPECT_EQ(checked["summary"]["claims"], 0);
  EXPECT_EQ(checked["vintage"]["id"], "nato-2026");
}

TEST_F(ArticleRoutes, bad_bodies_and_parameters_get_400_413_405) {
  // Invalid UTF-8: 400, the byte offset in the message, the body named as the parameter.
  for (const char* path : {"/api/v1/extract", "/api/v1/check-article"}) {
    auto r = post(path, "Les 29 \xe9tats membres");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 400) << path;
    auto e = json::parse(r->body)["error"];
    EXPECT_EQ(e["code"], "parse_error");
    EXPECT_EQ(e["parameter"], "body");
    EXPECT_NE(e["message"].get<std::string>().find("byte offset 7"), std::string::npos) << e;
    // A NUL byte is binary data.
    auto nul = post(path, std::string("PK\x03\x04\0\0", 6));
    ASSERT_TRUE(nul);
    EXPECT_EQ(nul->status, 400) << path;
  }
  // The server's body limit (64 KiB): 413.
  auto big = post("/api/v1/extract", std::string(70 * 1024, 'a'));
  ASSERT_TRUE(big);
  EXPECT_EQ(big->status, 413);
  EXPECT_EQ(json::parse(big->body)["error"]["code"], "payload_too_large");
  // A bad parameter, or a "date" line that is not a month (the body): 400 naming it.
  const std::pair<std::string, const char*> bad[] = {
      {"/api/v1/extract?text_lang=de", "text_lang"},
      {"/api/v1/check-article?date=2018-13", "date"},
      {"/api/v1/extract?date=", nullptr},
  };
  for (const auto& [path, parameter] : bad) {
    auto r = post(path, parameter ? "x" : "date 2018\nLes 29 États membres.");
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 400) << path;
    EXPECT_EQ(json::parse(r->body)["error"]["parameter"], parameter ? parameter : "body") << path;
  }
  httplib::Client c("127.0.0.1", server_->port());
  auto get = c.Get("/api/v1/check-article");
  ASSERT_TRUE(get);
  EXPECT_EQ(get->status, 405);
  EXPECT_EQ(get->get_header_value("Allow"), "POST");
  auto doc = json::parse(c.Get("/api/v1/openapi.json")->body);
  for (const char* p : {"/api/v1/extract", "/api/v1/check-article"})
    EXPECT_TRUE(doc["paths"][p].contains("post")) << p;
  EXPECT_EQ(doc["paths"]["/api/v1/check-article"]["post"]["responses"]["200"]["description"],
            "The same JSON as `fardeau check --article - --format json`");
  EXPECT_TRUE(server_->alive());
}

}  // namespace

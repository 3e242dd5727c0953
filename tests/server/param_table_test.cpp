// Both front ends take their parameters from one table (service/param_spec.hpp): every
// route's parameters and every query command's flags are the table's, in its order, with
// its help; openapi.json types them. No server is started: the route table and the CLI's
// parser are walked as built.
#include <cctype>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "app.hpp"
#include "openapi.hpp"
#include "routes.hpp"
#include "service/param_spec.hpp"

namespace fardeau {
namespace {
using json = nlohmann::ordered_json;

/// The queries whose CLI command reads the argument as a positional one (the claim, the
/// article) and keeps its own flags: `check`, `extract`.
bool cli_is_its_own(const std::string& query) {
  return query == "check" || query == "extract" || query == "check-article";
}

/// The command of `query`: "stats/fair-share" is `fardeau stats fair-share`.
const CLI::App* command_of(const CLI::App& app, const std::string& query) {
  const auto slash = query.find('/');
  if (slash == std::string::npos) return app.get_subcommand(query);
  return app.get_subcommand(query.substr(0, slash))->get_subcommand(query.substr(slash + 1));
}

TEST(param_table, every_query_command_adds_the_tables_flags) {
  cli::Cli cli;
  cli.validate_only = true;
  auto app = cli::make_app(cli);
  int commands = 0;
  for (const auto& query : service::declared_queries()) {
    if (cli_is_its_own(query)) continue;
    SCOPED_TRACE(query);
    const CLI::App* sub = command_of(*app, query);
    ASSERT_NE(sub, nullptr);
    std::vector<const CLI::Option*> options;
    for (const auto* o : sub->get_options())
      if (o->get_name() != "--help" && o->get_name() != "--export-params")  // the CLI's own
        options.push_back(o);
    const auto& specs = service::query_params(query);
    ASSERT_EQ(options.size(), specs.size());
    for (std::size_t i = 0; i < specs.size(); ++i) {
      EXPECT_EQ(options[i]->get_name(), specs[i].flag());
      EXPECT_EQ(options[i]->get_description(), specs[i].help);
      EXPECT_EQ(options[i]->get_required(), specs[i].required);
    }
    ++commands;
  }
  EXPECT_EQ(commands, 16);
}

// `check` and `extract` keep their own parse (positional claim or file), but their flags
// that are parameters of the API carry the declared help.
TEST(param_table, check_and_extract_flags_carry_the_declared_help) {
  cli::Cli cli;
  cli.validate_only = true;
  auto app = cli::make_app(cli);
  const auto* check = app->get_subcommand("check");
  for (const auto* spec : {&service::spec::kExplain, &service::spec::kAsWritten})
    EXPECT_EQ(check->get_option(spec->flag())->get_description(), spec->help);
  const auto* extract = app->get_subcommand("extract");
  for (const auto* spec : {&service::spec::kTextLang, &service::spec::kDate})
    EXPECT_EQ(extract->get_option(spec->flag())->get_description(), spec->help);
  EXPECT_EQ(app->get_option("--membership")->get_description(), service::spec::kMembership.help);
}

TEST(param_table, every_route_lists_the_tables_parameters) {
  for (const auto& route : server::api_routes()) {
    SCOPED_TRACE(route.name);
    std::vector<service::ParamSpec> params;
    for (const auto& p : route.params)
      if (p.name != server::format_param().name) params.push_back(p);
    const auto& specs = service::query_params(route.name);
    ASSERT_EQ(params.size(), specs.size());
    for (std::size_t i = 0; i < specs.size(); ++i) {
      EXPECT_EQ(params[i].name, specs[i].name);
      EXPECT_EQ(params[i].kind, specs[i].kind);
      EXPECT_EQ(params[i].default_text, specs[i].default_text);
      EXPECT_EQ(params[i].required, specs[i].required);
      EXPECT_EQ(params[i].help, specs[i].help);
      // The server's own bounds on a Monte Carlo run are in its HTTP help (routes.hpp).
      const bool server_bound =
          route.name == "simulate" && (specs[i].name == "paths" || specs[i].name == "threads");
      if (!server_bound) {
        EXPECT_EQ(params[i].http_help(), specs[i].http_help());
      } else {
        EXPECT_NE(params[i].http_help(), specs[i].help);  // "... on the server", "up to 4"
      }
    }
  }
}

TEST(param_table, openapi_types_the_parameters_and_gives_their_defaults) {
  const auto doc = json::parse(server::openapi_json(server::api_routes(), "test"));
  auto param = [&](const std::string& path, const std::string& name) {
    json found;
    int times = 0;
    for (const auto& p : doc["paths"]["/api/v1/" + path]["get"]["parameters"])
      if (p["name"] == name) {
        found = p;
        ++times;
      }
    EXPECT_EQ(times, 1) << path << " " << name;
    return found;
  };
  EXPECT_EQ(param("report", "year")["schema"]["type"], "integer");
  EXPECT_FALSE(param("report", "year")["schema"].contains("default"));
  for (const char* path : {"compliance", "gap", "shares"}) {
    const auto group = param(path, "group");
    EXPECT_EQ(group["description"], service::spec::kGroup.help) << path;
    EXPECT_EQ(group["schema"]["type"], "string");
    EXPECT_EQ(group["schema"]["default"], "nato");
  }
  EXPECT_EQ(param("compliance", "target")["schema"]["type"], "number");
  EXPECT_EQ(param("compliance", "target")["schema"]["default"], 2.0);
  EXPECT_EQ(param("simulate", "paths")["schema"]["type"], "integer");
  EXPECT_EQ(param("simulate", "paths")["schema"]["default"], 10000);
  EXPECT_EQ(param("simulate", "execution_mean")["schema"]["default"], 0.9);
  EXPECT_EQ(param("allies", "all")["schema"]["type"], "boolean");
  EXPECT_EQ(param("trend", "basis")["schema"]["enum"], json::array({"constant", "current"}));
  EXPECT_EQ(param("trend", "basis")["schema"]["default"], "constant");
  EXPECT_EQ(param("series", "ally")["required"], true);
  EXPECT_EQ(param("report", "format")["schema"]["enum"], json::array({"json", "csv"}));
  EXPECT_EQ(param("report", "membership")["schema"]["default"], "as-of");
}

// An HTTP client has no flags: no description in openapi.json names one ("--year").
TEST(param_table, openapi_descriptions_name_no_cli_flag) {
  const auto doc = json::parse(server::openapi_json(server::api_routes(), "test"));
  int described = 0;
  for (const auto& [path, methods] : doc["paths"].items())
    for (const auto& [method, op] : methods.items()) {
      if (!op.contains("parameters")) continue;
      for (const auto& p : op["parameters"]) {
        const std::string text = p["description"];
        ++described;
        for (std::size_t at = text.find("--"); at != std::string::npos;
             at = text.find("--", at + 2))
          EXPECT_FALSE(at + 2 < text.size() &&
                       std::isalpha(static_cast<unsigned char>(text[at + 2])))
              << path << " " << p["name"] << ": " << text;
      }
    }
  EXPECT_GT(described, 50);
  bool all_found = false;
  for (const auto& p : doc["paths"]["/api/v1/allies"]["get"]["parameters"])
    if (p["name"] == "all") {
      all_found = true;
      EXPECT_EQ(p["description"], service::spec::kAll.http_help());
      EXPECT_NE(p["description"], service::spec::kAll.help);
    }
  EXPECT_TRUE(all_found);
}

}  // namespace
}  // namespace fardeau

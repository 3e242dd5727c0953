// The seed corpora and the kept crash inputs of the CLI-argument and query-parameter
// fuzz targets, replayed through the same checks (fuzz/*_check.hpp).
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "app.hpp"
#include "cli_args_check.hpp"
#include "query_params_check.hpp"

namespace fardeau::fuzzing {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> inputs(const std::string& kind, const std::string& target) {
  std::vector<fs::path> out;
  const fs::path dir = fs::path(FARDEAU_SOURCE_DIR) / "fuzz" / kind / target;
  if (!fs::is_directory(dir)) return out;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_regular_file()) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(FuzzRegressions, CliArgsSeedsAndRegressionsKeepEveryInvariant) {
  const auto seeds = inputs("corpus", "cli_args");
  EXPECT_GE(seeds.size(), 50u) << "the seed corpus is the golden tests' command lines";
  for (const auto& kind : {"corpus", "regressions"})
    for (const auto& p : inputs(kind, "cli_args")) {
      auto broken = cli_args_broken_invariant(read(p));
      EXPECT_FALSE(broken) << p << ": " << *broken;
    }
}

TEST(FuzzRegressions, QueryParamsSeedsAndRegressionsKeepEveryInvariant) {
  const service::Engine engine;
  const auto seeds = inputs("corpus", "query_params");
  EXPECT_GE(seeds.size(), 20u) << "the seed corpus is the server tests' requests";
  for (const auto& kind : {"corpus", "regressions"})
    for (const auto& p : inputs(kind, "query_params")) {
      auto broken = query_params_broken_invariant(engine, read(p));
      EXPECT_FALSE(broken) << p << ": " << *broken;
    }
}

TEST(FuzzRegressions, InputsSplitIntoOneArgumentPerLine) {
  EXPECT_EQ(cli_args_of("report\n--year\n\n"), (std::vector<std::string>{"report", "--year", ""}));
  EXPECT_EQ(cli_args_of("check\nmembers(2018) = 29"),
            (std::vector<std::string>{"check", "members(2018) = 29"}));
  EXPECT_TRUE(cli_args_of("").empty());
}

// Validate-only mode: the exit code and the error a command line would get, and nothing
// run (`serve` returns instead of listening).
struct Checked {
  int code;
  std::optional<Error> error;
};
Checked validate(std::vector<std::string> args) {
  args.insert(args.begin(), "fardeau");
  std::vector<const char*> argv;
  for (const auto& a : args) argv.push_back(a.c_str());
  cli::Cli c;
  c.validate_only = true;
  int code = cli::run_command_line(c, static_cast<int>(argv.size()), argv.data());
  return {code, c.error};
}

TEST(FuzzRegressions, ValidateOnlyChecksFlagsAndRunsNothing) {
  EXPECT_EQ(validate({"report", "--year", "2018"}).code, cli::kExitOk);
  EXPECT_EQ(validate({"serve", "--port", "0"}).code, cli::kExitOk);
  EXPECT_EQ(validate({"--help"}).code, cli::kExitOk);
  auto unknown = validate({"report", "--no-such-flag"});
  EXPECT_EQ(unknown.code, cli::kExitInput);
  ASSERT_TRUE(unknown.error);
  EXPECT_NE(unknown.error->message.find("--no-such-flag"), std::string::npos);
  auto target = validate({"gap", "--target", "lots"});
  EXPECT_EQ(target.code, cli::kExitInput);
  ASSERT_TRUE(target.error);
  EXPECT_EQ(target.error->where, "--target");
  auto format = validate({"report", "--format", "xml"});
  EXPECT_EQ(format.code, cli::kExitInput);
  ASSERT_TRUE(format.error);
  EXPECT_EQ(format.error->where, "--format");
}

// std::filesystem::is_directory throws on a path longer than the system allows: the
// --web-root check must say "not a folder" (exit 2), not fail as an internal error.
TEST(FuzzRegressions, AnOverlongWebRootIsNotAFolder) {
  std::string path;
  for (int i = 0; i < 3000; ++i) path += "a/";
  auto r = validate({"serve", "--web-root", path});
  EXPECT_EQ(r.code, cli::kExitInput);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->where, "--web-root");
}

}  // namespace
}  // namespace fardeau::fuzzing

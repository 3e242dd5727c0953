#include "help.hpp"

#include <CLI/CLI.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <sstream>

#include "build_info.hpp"
#include "io/builtin_reference.hpp"

namespace fardeau::cli {
namespace {

/// CLI11's formatter, with the top-level commands in task groups (fixed order) and each
/// followed by its example.
class GroupedFormatter : public CLI::Formatter {
 public:
  std::string make_subcommands(const CLI::App* app, CLI::AppFormatMode mode) const override {
    if (app->get_parent() != nullptr || mode == CLI::AppFormatMode::All)
      return CLI::Formatter::make_subcommands(app, mode);
    std::vector<std::string_view> groups;
    for (const auto& c : command_help())
      if (std::find(groups.begin(), groups.end(), c.group) == groups.end())
        groups.push_back(c.group);
    std::ostringstream out;
    for (auto group : groups) {
      out << "\n" << group << ":\n";
      for (const auto* sub : app->get_subcommands({})) {
        if (sub->get_group() == group) out << make_subcommand(sub);
      }
    }
    // Anything not in command_help() and not hidden: CLI11's own grouping.
    for (const auto* sub : app->get_subcommands({})) {
      if (!sub->get_group().empty() && !find_command_help(sub->get_name()) &&
          std::find(groups.begin(), groups.end(), sub->get_group()) == groups.end()) {
        out << "\n" << sub->get_group() << ":\n" << make_subcommand(sub);
      }
    }
    return out.str();
  }

  std::string make_subcommand(const CLI::App* sub) const override {
    std::string text = CLI::Formatter::make_subcommand(sub);
    // Only the root has this formatter (subcommands copied CLI11's when they were added).
    if (const auto* c = find_command_help(sub->get_name()))
      text += fmt::format("{:<{}}e.g. {}\n", "", get_column_width(), c->example);
    return text;
  }
};

}  // namespace

const std::vector<CommandHelp>& command_help() {
  static const std::vector<CommandHelp> table{
      {"report", "Measure", "fardeau report --year 2018 --lang fr"},
      {"compliance", "Measure", "fardeau compliance --year 2014 --vintage nato-2019"},
      {"gap", "Measure", "fardeau gap --year 2026 --target 3.5"},
      {"shares", "Measure", "fardeau shares --year 2024 --by population"},
      {"trend", "Measure",
       "fardeau trend --vintage nato-2019 --group europe-canada --from 2016 --to 2018"},
      {"series", "Measure", "fardeau series --ally SWE --indicator defexp_usd_current_m"},
      {"stats", "Analyse", "fardeau stats exploitation --definition sipri --from 1950 --to 2024"},
      {"scenario", "Project", "fardeau scenario --preset counterfactual-2pct"},
      {"simulate", "Project", "fardeau simulate --preset hague-2035 --paths 100000"},
      {"check", "Check claims", "fardeau check 'members(2018) = 29'"},
      {"extract", "Check claims", "fardeau extract article.txt --format json"},
      {"allies", "Data and editions", "fardeau allies --year 2018"},
      {"indicators", "Data and editions", "fardeau indicators --vintage sipri-2025"},
      {"vintages", "Data and editions", "fardeau vintages"},
      {"import", "Data and editions",
       "fardeau import 240617-def-exp-2024-TABLES-en.xlsx --dry-run"},
      {"diff", "Data and editions", "fardeau diff --from nato-2025 --to nato-2026 --year 2024"},
      {"sql", "Data and editions", "fardeau sql \"SELECT * FROM observations WHERE iso3='ALB'\""},
      {"serve", "Serve", "fardeau serve --port 8080"},
  };
  return table;
}

const CommandHelp* find_command_help(std::string_view name) {
  const auto& t = command_help();
  auto it = std::find_if(t.begin(), t.end(), [name](const auto& c) { return c.name == name; });
  return it == t.end() ? nullptr : &*it;
}

void apply_command_help(CLI::App& app) {
  for (auto* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    if (const auto* c = find_command_help(sub->get_name())) sub->group(std::string(c->group));
  }
  app.formatter(std::make_shared<GroupedFormatter>());
}

std::string version_text() {
  std::string s =
      fmt::format("fardeau {} (commit {})\nBuilt-in editions:\n", FARDEAU_VERSION, kGitCommit);
  for (const auto& v : io::builtin_vintages()) {
    s += fmt::format("  {:<11} published {:<10}  {:<18}  {}, {}\n", v.id, v.published,
                     v.cutoff.empty() ? "" : "cut-off " + v.cutoff, v.publisher, v.title);
  }
  return s;
}

}  // namespace fardeau::cli

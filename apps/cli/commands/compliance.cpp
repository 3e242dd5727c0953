// fardeau compliance [--year Y] [--target PCT] [--equipment PCT] [--group G]
#include "commands/commands.hpp"

namespace fardeau::cli {
namespace {
struct Opts {
  std::string year, target = "2", equipment, group = "nato";
};

Result<Action> prepare(Cli& cli, const Opts& o) {
  return emit_query(
      cli,
      service::compliance_query(cli.params({{"year", o.year},
                                            {"target", o.target},
                                            {"equipment", o.equipment},
                                            {"group", o.group}})),
      [](const service::Engine& e, const service::ComplianceQuery& q) { return e.compliance(q); });
}
}  // namespace

void register_compliance(CLI::App& app, Cli& cli) {
  auto opts = std::make_shared<Opts>();
  auto* sub = app.add_subcommand("compliance",
                                 "Who meets a %-of-GDP target (NATO's rule: the "
                                 "published value rounded to two decimals)");
  sub->add_option("--year", opts->year, "Year (default: the last year of the vintage)");
  sub->add_option("--target", opts->target, "Target in % of GDP (default 2)");
  sub->add_option("--equipment", opts->equipment,
                  "Also check the equipment guideline at this % of defence expenditure (e.g. 20)");
  sub->add_option("--group", opts->group,
                  "nato, europe-canada, european-allies, eu, or ISO3 codes separated by commas");
  cli.on_parsed(sub, [&cli, opts] { return prepare(cli, *opts); });
}

}  // namespace fardeau::cli

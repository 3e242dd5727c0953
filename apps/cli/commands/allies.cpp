// fardeau allies [--year Y]
#include "commands/commands.hpp"

namespace fardeau::cli {
namespace {
struct Opts {
  std::string year;
};

int run(Cli& cli, const Opts& o) {
  auto q = service::allies_query(cli.params({{"year", o.year}}));
  if (!q) return cli.fail(q.error());
  return cli.emit(cli.engine().allies(*q));
}
}  // namespace

void register_allies(CLI::App& app, Cli& cli) {
  auto opts = std::make_shared<Opts>();
  auto* sub = app.add_subcommand("allies",
                                 "The allies, their accession and whether they report; "
                                 "with --year, the members of that year");
  sub->add_option("--year", opts->year, "Only members in this year");
  sub->callback([&cli, opts] { run(cli, *opts); });
}

}  // namespace fardeau::cli

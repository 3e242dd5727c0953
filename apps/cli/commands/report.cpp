// fardeau report [--year Y]
#include "commands/commands.hpp"

namespace fardeau::cli {
namespace {
struct Opts {
  std::string year;
};

int run(Cli& cli, const Opts& o) {
  auto q = service::report_query(cli.params({{"year", o.year}}));
  if (!q) return cli.fail(q.error());
  return cli.emit(cli.engine().report(*q));
}
}  // namespace

void register_report(CLI::App& app, Cli& cli) {
  auto opts = std::make_shared<Opts>();
  auto* sub = app.add_subcommand("report",
                                 "The burden-sharing report of one year: guidelines met, "
                                 "spending, US share, real change, highest and lowest");
  sub->add_option("--year", opts->year, "Year (default: the last year of the vintage)");
  sub->callback([&cli, opts] { run(cli, *opts); });
}

}  // namespace fardeau::cli

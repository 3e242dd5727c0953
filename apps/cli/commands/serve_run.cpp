// fardeau-full's `serve`: load the edition, then the HTTP server (apps/server/).
#include <cstdio>

#include "commands/helper.hpp"

namespace fardeau::cli {

int run_serve(Cli& cli, const server::ServeOptions& so) {
  const auto& engine = cli.engine();
  if (auto v = engine.dataset(service::Scope{cli.global.vintage, {}}); !v)  // load up front
    return cli.fail(v.error());
  return cli.exit_code = server::serve(engine, so, [&so](int bound) {
           std::printf("fardeau serve: listening on http://%s:%d/ (web root %s)\n", so.host.c_str(),
                       bound, so.web_root.c_str());
           std::fflush(stdout);
         });
}

}  // namespace fardeau::cli

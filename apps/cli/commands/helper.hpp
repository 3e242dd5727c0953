// What `fardeau serve` and `fardeau import` run once their flags are checked. The
// fardeau binary declares and checks every command's flags, but runs these two in the
// helper program fardeau-full (exec_helper.cpp), so that no other command loads what
// only they need: cpp-httplib (with OpenSSL, brotli and zlib) and libzip (issue 16,
// docs/performance.md). fardeau-full is the whole of fardeau: it links the real runs
// (serve_run.cpp, import_run.cpp) and runs the same command line.
#pragma once
#include <string>

#include "cli.hpp"
#include "server.hpp"

namespace fardeau::cli {

struct ImportFlags {
  std::string file, source, id;
  bool dry_run = false;
};

/// Serve until stopped; the exit code.
int run_serve(Cli& cli, const server::ServeOptions& so);
/// Import the file into the store (--db); the result or the error printed.
void run_import(Cli& cli, const ImportFlags& flags);

}  // namespace fardeau::cli

// fardeau's `serve` and `import`: exec fardeau-full with the same command line (the same
// process: its id, signals and exit code are the command's). See commands/helper.hpp.
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include "commands/helper.hpp"

namespace fardeau::cli {
namespace {
/// fardeau-full beside the binary (the build tree), else at <exe dir>/FARDEAU_LIBEXEC_FROM_BIN
/// (the installed layout: bin/../libexec/fardeau); empty when neither is there.
std::string helper_path(std::string& looked_in) {
  namespace fs = std::filesystem;
  std::error_code ec;
  auto exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) {
    looked_in = "/proc/self/exe is unreadable: " + ec.message();
    return {};
  }
  for (const fs::path& dir : {exe.parent_path(), exe.parent_path() / FARDEAU_LIBEXEC_FROM_BIN}) {
    auto path = (dir / "fardeau-full").lexically_normal();
    if (::access(path.c_str(), X_OK) == 0) return path.string();
    looked_in += (looked_in.empty() ? "" : ", ") + path.string();
  }
  return {};
}

int exec_helper(Cli& cli, const char* command) {
  std::string looked_in;
  auto path = helper_path(looked_in);
  if (path.empty())
    return cli.fail(make_error(ErrorCode::internal,
                               std::string("fardeau-full, which runs 'fardeau ") + command +
                                   "', is missing (looked in " + looked_in +
                                   "): a broken installation",
                               command));
  std::vector<char*> args;
  args.push_back(path.data());
  for (int i = 1; i < cli.argc; ++i) args.push_back(const_cast<char*>(cli.argv[i]));
  args.push_back(nullptr);
  std::fflush(stdout);
  std::fflush(stderr);
  ::execv(path.c_str(), args.data());
  return cli.fail(
      make_error(ErrorCode::internal, "cannot run " + path + ": " + std::strerror(errno), command));
}
}  // namespace

int run_serve(Cli& cli, const server::ServeOptions& /*so*/) { return exec_helper(cli, "serve"); }

void run_import(Cli& cli, const ImportFlags& /*flags*/) { exec_helper(cli, "import"); }

}  // namespace fardeau::cli

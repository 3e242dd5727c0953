// Whole-process timing with the commands interleaved: each round runs every command once
// (fork, exec, wait; output to /dev/null), so that a slow moment of the machine hits all of
// them alike, which hyperfine's one-command-after-another batches do not (docs/performance.md,
// issue 16). Prints each command's median wall time and its ratio to the first command's.
//   alternate_process ROUNDS "/usr/bin/true" "build/release/apps/cli/fardeau report" ...
// Commands are split on spaces (no quoting); the first is the baseline.
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::vector<std::string> words(const std::string& command) {
  std::istringstream in(command);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

/// One run of `argv`, in milliseconds; negative when it could not be started.
double run_ms(const std::vector<std::string>& argv, int null_fd) {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = fork();
  if (pid == 0) {
    dup2(null_fd, STDOUT_FILENO);
    dup2(null_fd, STDERR_FILENO);
    execv(args[0], args.data());
    _exit(127);
  }
  if (pid < 0) return -1;
  int status = 0;
  waitpid(pid, &status, 0);
  const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
  return WIFEXITED(status) && WEXITSTATUS(status) == 127 ? -1 : took.count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s ROUNDS COMMAND [COMMAND...]\n", argv[0]);
    return 2;
  }
  const int rounds = std::atoi(argv[1]);
  if (rounds < 1) {
    std::fprintf(stderr, "ROUNDS must be a whole number >= 1, not '%s'\n", argv[1]);
    return 2;
  }
  std::vector<std::vector<std::string>> commands;
  for (int i = 2; i < argc; ++i) commands.push_back(words(argv[i]));
  const int null_fd = open("/dev/null", O_WRONLY);
  std::vector<std::vector<double>> times(commands.size());
  for (int r = 0; r < rounds; ++r)
    for (std::size_t c = 0; c < commands.size(); ++c) {
      const double ms = run_ms(commands[c], null_fd);
      if (ms < 0) {
        std::fprintf(stderr, "cannot run '%s'\n", argv[c + 2]);
        return 2;
      }
      times[c].push_back(ms);
    }
  double base = 0;
  for (std::size_t c = 0; c < commands.size(); ++c) {
    auto& t = times[c];
    std::nth_element(t.begin(), t.begin() + static_cast<long>(t.size() / 2), t.end());
    const double median = t[t.size() / 2];
    if (c == 0) base = median;
    std::printf("%8.3f ms  %5.2fx  %s\n", median, median / base, argv[c + 2]);
  }
  return 0;
}

// Runs `fardeau serve --port 0` as a child process for a test, reads the port it
// prints, and stops it (SIGTERM) when destroyed. Also runs the CLI for comparisons.
#pragma once
#include <sys/types.h>

#include <string>
#include <vector>

namespace fardeau::test {

class ServerProcess {
 public:
  /// Starts the server with these extra arguments; throws if it does not report a port.
  explicit ServerProcess(const std::vector<std::string>& extra_args);
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  int port() const { return port_; }
  /// True while the child has not exited.
  bool alive() const;
  /// Sends SIGTERM and waits; the exit status (-1 if killed by a signal).
  int stop();

 private:
  pid_t pid_ = -1;
  int port_ = 0;
};

struct CliRun {
  int exit_code = -1;
  std::string out;
};
/// Runs the fardeau binary with `args` (no shell) and captures stdout; `stdin_path`: a file
/// for its standard input (`fardeau extract -`).
CliRun run_cli(const std::vector<std::string>& args, const std::string& stdin_path = {});

/// A socket connected to 127.0.0.1:port whose reads give up after `timeout_s`; -1 if none.
int connect_loopback(int port, int timeout_s);
/// Sends raw bytes to 127.0.0.1:port and returns everything read until the server closes.
std::string raw_request(int port, const std::string& bytes);
/// The status code of a raw HTTP response ("HTTP/1.1 404 Not Found" -> 404), or 0.
int status_of(const std::string& raw_response);

}  // namespace fardeau::test

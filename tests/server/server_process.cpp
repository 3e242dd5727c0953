#include "server_process.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <stdexcept>

extern char** environ;

namespace fardeau::test {
namespace {

// `stdin_path`: the file the child reads as standard input, if any.
pid_t spawn(const std::vector<std::string>& args, int* out_fd, const char* stdin_path = nullptr) {
  int fds[2];
  if (pipe(fds) != 0) throw std::runtime_error("pipe failed");
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  if (stdin_path != nullptr) posix_spawn_file_actions_addopen(&fa, 0, stdin_path, O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&fa, fds[1], 1);
  posix_spawn_file_actions_addclose(&fa, fds[0]);
  posix_spawn_file_actions_addclose(&fa, fds[1]);
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  pid_t pid = -1;
  int rc = posix_spawn(&pid, args[0].c_str(), &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  close(fds[1]);
  if (rc != 0) {
    close(fds[0]);
    throw std::runtime_error("cannot start " + args[0]);
  }
  *out_fd = fds[0];
  return pid;
}

}  // namespace

ServerProcess::ServerProcess(const std::vector<std::string>& extra_args) {
  std::vector<std::string> args{FARDEAU_BIN, "serve", "--port", "0", "--quiet"};
  args.insert(args.end(), extra_args.begin(), extra_args.end());
  int fd = -1;
  pid_ = spawn(args, &fd);
  // The first line is "fardeau serve: listening on http://127.0.0.1:PORT/ ...".
  std::string line;
  char c;
  pollfd p{fd, POLLIN, 0};
  while (line.find('\n') == std::string::npos && poll(&p, 1, 20000) > 0 && read(fd, &c, 1) == 1)
    line += c;
  close(fd);
  auto at = line.find("127.0.0.1:");
  if (at == std::string::npos) {
    stop();
    throw std::runtime_error("server did not report a port: '" + line + "'");
  }
  port_ = std::stoi(line.substr(at + 10));
}

ServerProcess::~ServerProcess() { stop(); }

bool ServerProcess::alive() const {
  if (pid_ <= 0) return false;
  int status = 0;
  return waitpid(pid_, &status, WNOHANG) == 0;
}

int ServerProcess::stop() {
  if (pid_ <= 0) return -1;
  kill(pid_, SIGTERM);
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

CliRun run_cli(const std::vector<std::string>& args, const std::string& stdin_path) {
  std::vector<std::string> full{FARDEAU_BIN};
  full.insert(full.end(), args.begin(), args.end());
  int fd = -1;
  pid_t pid = spawn(full, &fd, stdin_path.empty() ? nullptr : stdin_path.c_str());
  CliRun r;
  char buf[65536];
  for (ssize_t n; (n = read(fd, buf, sizeof buf)) > 0;) r.out.append(buf, static_cast<size_t>(n));
  close(fd);
  int status = 0;
  waitpid(pid, &status, 0);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

int connect_loopback(int port, int timeout_s) {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(s, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
    close(s);
    return -1;
  }
  timeval tv{timeout_s, 0};
  setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  return s;
}

std::string raw_request(int port, const std::string& bytes) {
  const int s = connect_loopback(port, 7);  // above the server's 5 s keep-alive timeout
  if (s < 0) return {};
  size_t sent = 0;
  while (sent < bytes.size()) {
    ssize_t n = send(s, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) break;  // the server may answer and close before reading everything
    sent += static_cast<size_t>(n);
  }
  // No shutdown(SHUT_WR): cpp-httplib does not answer a peer that has half-closed.
  std::string out;
  char buf[65536];
  for (ssize_t n; (n = recv(s, buf, sizeof buf, 0)) > 0;) out.append(buf, static_cast<size_t>(n));
  close(s);
  return out;
}

int status_of(const std::string& raw) {
  if (raw.rfind("HTTP/1.", 0) != 0 || raw.size() < 12) return 0;
  return std::atoi(raw.c_str() + 9);
}

}  // namespace fardeau::test

// httplib's task queue for fardeau serve: one thread per open connection, started when a
// connection needs one, up to a bound. httplib serves a connection on one thread from its
// first header byte to its last response, so a fixed pool of 16 lets 16 clients that send
// their headers a byte at a time (slowloris) hold the whole server: /healthz waited 5 s
// behind 200 of them. Threads that wait on a socket cost a stack, not a core; the CPU
// work is bounded apart (the simulate slots), so the bound here can be large.
#pragma once
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include <httplib.h>

namespace fardeau::server {

class ConnectionThreads final : public httplib::TaskQueue {
 public:
  /// At most `max_threads` connections are served at once; more wait for a free thread.
  explicit ConnectionThreads(std::size_t max_threads) : max_threads_(max_threads) {}
  ~ConnectionThreads() override;
  ConnectionThreads(const ConnectionThreads&) = delete;
  ConnectionThreads& operator=(const ConnectionThreads&) = delete;

  void enqueue(std::function<void()> fn) override;
  /// Lets the queued connections finish, then joins every thread.
  void shutdown() override;

 private:
  void work();

  const std::size_t max_threads_;
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<std::function<void()>> jobs_;
  std::vector<std::thread> threads_;
  std::size_t idle_ = 0;
  bool stopping_ = false;
};

}  // namespace fardeau::server

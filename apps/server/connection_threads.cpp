#include "connection_threads.hpp"

namespace fardeau::server {

ConnectionThreads::~ConnectionThreads() { shutdown(); }

void ConnectionThreads::enqueue(std::function<void()> fn) {
  {
    std::lock_guard lock(mutex_);
    jobs_.push_back(std::move(fn));
    // A new thread only when none is idle: a burst of connections starts what it needs,
    // and the threads stay for the next burst (bounded by max_threads_).
    if (idle_ < jobs_.size() && threads_.size() < max_threads_)
      threads_.emplace_back([this] { work(); });
  }
  ready_.notify_one();
}

void ConnectionThreads::shutdown() {
  std::vector<std::thread> threads;
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    threads.swap(threads_);
  }
  ready_.notify_all();
  for (auto& t : threads) t.join();
}

void ConnectionThreads::work() {
  std::unique_lock lock(mutex_);
  for (;;) {
    ++idle_;
    ready_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
    --idle_;
    if (jobs_.empty()) return;  // stopping, and nothing left to serve
    auto job = std::move(jobs_.front());
    jobs_.pop_front();
    lock.unlock();
    job();
    lock.lock();
  }
}

}  // namespace fardeau::server

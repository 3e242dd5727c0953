// Bodies of successful API responses kept in memory by request: the data is read-only,
// so the same query always has the same answer. Bounded: when it would pass its byte
// budget it starts again empty (simple, and the working set of a dashboard is small).
#pragma once
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace fardeau::server {

class ResponseCache {
 public:
  explicit ResponseCache(std::size_t max_bytes = 64u << 20) : max_bytes_(max_bytes) {}

  std::shared_ptr<const std::string> get(const std::string& key) const;
  void put(const std::string& key, std::shared_ptr<const std::string> body);
  std::size_t size() const;

 private:
  std::size_t max_bytes_;
  mutable std::mutex mu_;
  std::size_t bytes_ = 0;
  std::unordered_map<std::string, std::shared_ptr<const std::string>> map_;
};

}  // namespace fardeau::server

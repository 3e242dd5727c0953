#include "response_cache.hpp"

namespace fardeau::server {

std::shared_ptr<const std::string> ResponseCache::get(const std::string& key) const {
  std::lock_guard lock(mu_);
  auto it = map_.find(key);
  return it == map_.end() ? nullptr : it->second;
}

void ResponseCache::put(const std::string& key, std::shared_ptr<const std::string> body) {
  const std::size_t cost = key.size() + body->size();
  if (cost > max_bytes_) return;
  std::lock_guard lock(mu_);
  if (bytes_ + cost > max_bytes_) {
    map_.clear();
    bytes_ = 0;
  }
  if (map_.emplace(key, std::move(body)).second) bytes_ += cost;
}

std::size_t ResponseCache::size() const {
  std::lock_guard lock(mu_);
  return map_.size();
}

}  // namespace fardeau::server

// The store as a VintageProvider: the service resolves imported ids through it. Opens
// the store read-only on first use; a store file that does not exist yet holds nothing.
#pragma once
#include <memory>
#include <mutex>
#include <string>

#include "core/vintage_provider.hpp"
#include "io/store.hpp"

namespace fardeau::io {

class StoreProvider : public VintageProvider {
 public:
  explicit StoreProvider(std::string path) : path_(std::move(path)) {}
  Result<std::vector<VintageInfo>> list() const override;
  Result<Dataset> load(std::string_view id) const override;
  const std::string& path() const { return path_; }

 private:
  /// The open store, nullptr when the file does not exist.
  Result<const Store*> store() const;
  std::string path_;
  mutable std::mutex mu_;
  mutable std::unique_ptr<Store> store_;
};

}  // namespace fardeau::io

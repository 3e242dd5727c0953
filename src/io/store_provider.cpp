#include "io/store_provider.hpp"

#include <filesystem>

#include <fmt/format.h>

namespace fardeau::io {

Result<const Store*> StoreProvider::store() const {
  if (!store_) {
    if (!std::filesystem::exists(path_)) return static_cast<const Store*>(nullptr);
    FARDEAU_TRY(s, Store::open(path_, StoreMode::read));
    store_ = std::make_unique<Store>(std::move(s));
  }
  return static_cast<const Store*>(store_.get());
}

Result<std::vector<VintageInfo>> StoreProvider::list() const {
  std::lock_guard lock(mu_);
  FARDEAU_TRY(s, store());
  std::vector<VintageInfo> out;
  if (!s) return out;
  FARDEAU_TRY(stored, s->list());
  for (auto& v : stored) out.push_back(std::move(v.info));
  return out;
}

Result<Dataset> StoreProvider::load(std::string_view id) const {
  std::lock_guard lock(mu_);
  FARDEAU_TRY(s, store());
  if (!s)
    return make_error(ErrorCode::not_found, fmt::format("no imported vintage '{}'", id),
                      at_parameter("vintage"));
  return s->load(id);
}

}  // namespace fardeau::io

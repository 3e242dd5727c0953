// Where vintages other than the built-in ones come from (the SQLite store of imported
// editions implements it in io/store_provider.hpp). The service asks it for the
// editions it does not know, so that an imported id works wherever a built-in one does.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/vintage.hpp"

namespace fardeau {

class VintageProvider {
 public:
  virtual ~VintageProvider() = default;
  /// Metadata of every vintage provided (builtin = false), in a stable order.
  virtual Result<std::vector<VintageInfo>> list() const = 0;
  /// The dataset of one vintage; not_found when the provider has no such id.
  virtual Result<Dataset> load(std::string_view id) const = 0;
};

}  // namespace fardeau

#include "io/builtin_reference.hpp"

#include "embedded_editions.hpp"
#include "io/reference_image.hpp"

namespace fardeau::io {

Result<const std::vector<VintageInfo>*> embedded_vintage_catalogue() {
  static const Result<std::vector<VintageInfo>> catalogue =
      read_image_catalogue(embedded::reference_image());
  if (!catalogue) return catalogue.error();
  return &*catalogue;
}

const std::vector<VintageInfo>& builtin_vintages() {
  static const std::vector<VintageInfo> none;
  auto c = embedded_vintage_catalogue();
  return c ? **c : none;
}

Result<AllyRegistry> embedded_allies() {
  FARDEAU_TRY(allies, read_image_allies(embedded::reference_image()));
  return AllyRegistry(std::move(allies));
}

}  // namespace fardeau::io

#include "io/vintage_loader.hpp"

#include "io/edition_image.hpp"
#include "io/long_csv_loader.hpp"

namespace fardeau::io {

Result<Dataset> load_vintage(const VintageInfo& info, const DataSource& source) {
  Panel panel;
  for (const auto& file : info.files) {
    auto text = source.read(file);
    if (!text) return text.error();
    auto st = load_long_csv(*text, source.location(file), panel);
    if (!st) return st.error();
  }
  return Dataset(info, std::move(panel));
}

Result<Dataset> load_vintage_image(const VintageInfo& info, std::string_view image) {
  FARDEAU_TRY(panel, read_image_panel(image, info.id));
  return Dataset(info, std::move(panel));
}

}  // namespace fardeau::io

#include "io/vintage_loader.hpp"

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

}  // namespace fardeau::io

// Build a Dataset for a vintage from its data files, or from the build-time image of the
// built-in editions.
#pragma once
#include <string_view>

#include "core/error.hpp"
#include "core/vintage.hpp"
#include "io/data_source.hpp"

namespace fardeau::io {

/// Read every file of `info` from `source` into one panel.
Result<Dataset> load_vintage(const VintageInfo& info, const DataSource& source);

/// The dataset of `info` over its panel in a binary image of built-in editions
/// (io/edition_image.hpp), read in place: no parsing. The image must outlive the dataset.
Result<Dataset> load_vintage_image(const VintageInfo& info, std::string_view image);

}  // namespace fardeau::io

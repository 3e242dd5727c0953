// Build a Dataset for a vintage from its data files.
#pragma once
#include "core/error.hpp"
#include "core/vintage.hpp"
#include "io/data_source.hpp"

namespace fardeau::io {

/// Read every file of `info` from `source` into one panel.
Result<Dataset> load_vintage(const VintageInfo& info, const DataSource& source);

}  // namespace fardeau::io

// The long CSV layout of data/ (iso3, year, indicator, unit, value, is_estimate, ...)
// into a Panel. All or nothing: the first malformed row is a located error.
#pragma once
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "core/panel.hpp"

namespace fardeau::io {

/// Add the rows of `text` to `panel`. Required columns: iso3, year, indicator, value;
/// optional: unit, is_estimate and footnote (empty, 0 or 1). Other columns are ignored. Duplicate
/// (iso3, indicator, year) rows are a data_error. `name` locates errors.
Status load_long_csv(std::string_view text, const std::string& name, Panel& panel);

}  // namespace fardeau::io

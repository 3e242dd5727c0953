// The catalogue of the built-in editions: reference/vintages.csv (one row per edition: id,
// publisher, title, source id, dates, definition, price basis, data files, notes) and
// reference/vintage_measures.csv (which published indicator gives each measure). Adding an
// edition is adding rows there and its data file (docs/data.md).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/vintage.hpp"
#include "io/data_source.hpp"

namespace fardeau::io {

constexpr std::string_view kVintagesFile = "reference/vintages.csv";
constexpr std::string_view kVintageMeasuresFile = "reference/vintage_measures.csv";

/// A vintage id, built-in or imported: 1-64 of [a-z0-9._-], starting with a letter or digit.
bool is_vintage_id(std::string_view id);

/// The catalogue from the text of the two tables, in the order of vintages.csv (newest NATO
/// edition first); every malformed field is a data_error at its file, row and column.
Result<std::vector<VintageInfo>> parse_vintage_catalogue(std::string_view vintages,
                                                         const std::string& vintages_name,
                                                         std::string_view measures,
                                                         const std::string& measures_name);

/// The catalogue of `source` (the embedded tables, or those of a --data folder).
Result<std::vector<VintageInfo>> load_vintage_catalogue(const DataSource& source);

// The embedded catalogue, read from the build's reference image: io/builtin_reference.hpp.

}  // namespace fardeau::io

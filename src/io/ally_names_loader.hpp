// reference/ally_names_fr.csv: each ally's name in French, NATO's other official language.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/ally.hpp"
#include "core/error.hpp"

namespace fardeau::io {

constexpr std::string_view kFrenchNamesFile = "reference/ally_names_fr.csv";

/// Columns: iso3, name_fr (others ignored). Sets the French name of each ally listed; an
/// ally with no row keeps its English name. A row for a code that is no ally in `allies`,
/// or a second row for one, is a data_error at its row and column.
Status apply_french_names(std::string_view text, const std::string& name,
                          std::vector<Ally>& allies);

}  // namespace fardeau::io

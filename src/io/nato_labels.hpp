// NATO's row labels: "Sweden*   (Kronor)" is Sweden, with NATO's footnote mark and Table 1's
// currency; the country is found among NATO's spellings in
// data/reference/publisher_country_names.csv (io/country_names.hpp).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/country_names.hpp"

namespace fardeau::io {
namespace nato {

/// A label split into its parts: "Sweden*   (Kronor)" -> plain "Sweden", currency
/// "Kronor", footnote mark. Runs of spaces inside the name count as one.
struct Label {
  std::string plain;
  std::string currency;
  bool footnote = false;
};

Label split_label(std::string_view text);

/// The code of a label already split (split_label().plain) among `names`, letter case
/// ignored; nullopt for an unknown label.
std::optional<std::string_view> code_of(std::string_view plain,
                                        const std::vector<CountryName>& names);

}  // namespace nato

/// ISO3 code (or NATO_EUR_CAN / NATO_TOTAL) for a NATO row label, among NATO's spellings in
/// the embedded table; the footnote '*' and a trailing "(currency)" are ignored, as are
/// letter case and repeated spaces. nullopt for an unknown label.
std::optional<std::string_view> nato_iso3(std::string_view label);

}  // namespace fardeau::io

// Quantities in a normalised sentence (docs/extract.md, step 5): numbers in digits (French
// decimal commas and thousands spaces, English points and commas) or in words, fractions,
// with a scale word, a currency or a percent sign; four-digit years. Internal to src/extract.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "extract/lang.hpp"

namespace fardeau::extract {

enum class Unit { plain, money, pct, pp };

struct Quantity {
  double value = 0;
  Unit unit = Unit::plain;
  bool integer = true;
  bool is_year = false;
  std::size_t begin = 0, end = 0;  ///< normalised offsets, unit included
  std::string text;                ///< the normalised text it was read from
};

/// Every quantity of a normalised sentence, in order.
std::vector<Quantity> quantities(const std::string& s, Lang lang);

}  // namespace fardeau::extract

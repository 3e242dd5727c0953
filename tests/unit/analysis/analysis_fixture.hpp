// A small hand-made vintage: three allies, two years, numbers easy to check by hand.
#pragma once
#include "core/ally.hpp"
#include "core/vintage.hpp"

namespace fardeau::testing {

AllyRegistry small_allies();  ///< AAA (founder), BBB (founder), CCC (joins 2021), ICE (no forces)
Dataset small_dataset();      ///< years 2020-2021
std::vector<const Ally*> members(const AllyRegistry& reg, int year);

}  // namespace fardeau::testing

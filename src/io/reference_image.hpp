// The binary image of the built-in reference tables: the catalogue of editions
// (reference/vintages.csv with reference/vintage_measures.csv) and the allies
// (nato_members.csv with reference/ally_names_fr.csv and reference/eu_membership.csv), as
// fardeau's own loaders read them, written at build time (apps/datagen/edition_image.cpp)
// and embedded in the binary. Every command needs the catalogue and most need the allies:
// reading them back copies fields and checks bounds, and parses no CSV (issue 16).
//
// Layout (integers in the machine's byte order): ReferenceHeader, then the catalogue, then
// the allies. A section is a count (u32) and its records; a record is its fields in the
// order of the struct's declaration: a string as its size (u32) and bytes, an int as i32, a
// double as its 8 bytes, a bool as one byte, a list as a count (u32) and its items.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/ally.hpp"
#include "core/error.hpp"
#include "core/vintage.hpp"

namespace fardeau::io {

/// The image of `catalogue` and `allies`.
std::string write_reference_image(const std::vector<VintageInfo>& catalogue,
                                  const std::vector<Ally>& allies);

/// The catalogue an image holds, in its order; data_error if the image is malformed (bad
/// magic, byte order or version, a field past the end, a measure out of range).
Result<std::vector<VintageInfo>> read_image_catalogue(std::string_view image);

/// The allies an image holds, in its order; data_error if the image is malformed.
Result<std::vector<Ally>> read_image_allies(std::string_view image);

}  // namespace fardeau::io

// The binary image of the built-in editions: each edition's panel as flat arrays (sorted
// keys, values, flag bytes) and a string table, written at build time from the CSV in data/
// by fardeau's own loader (apps/datagen/edition_image.cpp) and embedded in the binary.
// Reading it parses nothing: the panel views the image's arrays in place.
//
// Layout (integers in the machine's byte order; offsets in bytes from the image start):
//   ImageHeader, then edition_count EditionEntry, then for each edition its entities
//   (StringRef each), its indicators (IndicatorEntry each), its keys (std::uint64_t,
//   Panel::value_key, ascending, 8-aligned), its values (double, 8-aligned) and its flags
//   (one byte each, SortedValues::kEstimateFlag | kFootnoteFlag); then the string table.
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "core/panel.hpp"

namespace fardeau::io {

/// An edition to write: its vintage id and its panel.
struct ImageEdition {
  std::string vintage_id;
  const Panel* panel = nullptr;
};

/// The image of `editions`.
std::string write_edition_image(const std::vector<ImageEdition>& editions);

/// The vintage ids an image holds, in order; data_error if the image is malformed.
Result<std::vector<std::string>> image_vintage_ids(std::string_view image);

/// The panel of `vintage_id` over the image's bytes (which must outlive it and every
/// copy); not_found if the image has no such edition, data_error if it is malformed (bad
/// magic, byte order or version, a table outside the image).
Result<Panel> read_image_panel(std::string_view image, std::string_view vintage_id);

}  // namespace fardeau::io

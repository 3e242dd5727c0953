// The built-in reference tables as the program uses them: the catalogue of editions and the
// allies, read from the reference image the build compiled from data/ (io/reference_image.hpp,
// data/CMakeLists.txt), parsing no CSV. A library of its own (fardeau_io_builtin): the tool
// that writes the image links fardeau_io_base, which cannot depend on its own output.
#pragma once
#include <vector>

#include "core/ally.hpp"
#include "core/error.hpp"
#include "core/vintage.hpp"

namespace fardeau::io {

/// The embedded catalogue, read once (thread-safe).
Result<const std::vector<VintageInfo>*> embedded_vintage_catalogue();

/// The embedded catalogue; empty only if the image is malformed, which the build rules out
/// (fardeau-edition-image writes it from tables its loaders accepted).
const std::vector<VintageInfo>& builtin_vintages();

/// The embedded allies (nato_members.csv with their French names and EU membership).
Result<AllyRegistry> embedded_allies();

}  // namespace fardeau::io

// Pieces every view shares: the vintage block of JSON, the citation line, ally names.
#pragma once
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/ally.hpp"
#include "core/group.hpp"
#include "core/vintage.hpp"
#include "render/document.hpp"
#include "render/format.hpp"

namespace fardeau::render {

/// Version of the JSON layout (docs/cli.md); bumped on any incompatible change.
constexpr int kJsonSchemaVersion = 1;

/// {"id", "title", "publisher", "published", "cutoff", "definition", "price_basis",
///  "base_year", "citation"}.
nlohmann::ordered_json vintage_json(const VintageInfo& v);
/// The envelope every JSON result starts with: command, schema, vintage, query.
nlohmann::ordered_json envelope(const char* command, const VintageInfo& v,
                                nlohmann::ordered_json query);
/// "Source: <citation>" / "Source : <citation>".
std::string source_line(const VintageInfo& v, Lang lang);
/// Ally name in the language.
std::string ally_name(const Ally& a, Lang lang);
/// The name of a group in the language ("NATO Europe and Canada", custom lists as codes).
std::string group_name(const GroupSpec& g, Lang lang);
/// The value or JSON null.
nlohmann::ordered_json opt(const std::optional<double>& v, int decimals);
/// "e" when estimated, for the estimate column.
inline std::string est_mark(bool estimate) { return estimate ? "e" : ""; }

}  // namespace fardeau::render

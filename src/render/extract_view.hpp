// `fardeau extract`: the statements of an article, their claims and what was inferred.
#pragma once
#include <string>

#include "render/document.hpp"
#include "render/format.hpp"
#include "service/extract.hpp"

namespace fardeau::render {

Rendered view(const service::ExtractResult& r, Lang lang);

/// "3:144-3:179": where a sentence is in the article (line:column, first and last character).
std::string where(const extract::Span& s);
/// {"line", "column", "end_line", "end_column", "byte_begin", "byte_end"}.
nlohmann::ordered_json span_json(const extract::Span& s);

}  // namespace fardeau::render

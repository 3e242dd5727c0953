// `fardeau extract`: the statements of an article, their claims and what was inferred.
#pragma once
#include "render/document.hpp"
#include "render/format.hpp"
#include "service/extract.hpp"

namespace fardeau::render {

Rendered view(const service::ExtractResult& r, Lang lang);

}  // namespace fardeau::render

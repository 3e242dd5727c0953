// `fardeau check --article`: each statement of the article where it is (line:column), with
// the verdict on each of its claims and the reading shown; the JSON is extract's with
// check's fields on every claim (docs/extract.md).
#pragma once
#include "render/document.hpp"
#include "render/format.hpp"
#include "service/extract.hpp"

namespace fardeau::render {

Rendered view(const service::CheckArticleResult& a, Lang lang);

}  // namespace fardeau::render

// Views of the store commands: import, vintages remove, diff and sql (JSON fields in
// docs/cli.md, "Imported editions").
#pragma once
#include "render/document.hpp"
#include "render/format.hpp"
#include "service/diff.hpp"
#include "service/imports.hpp"

namespace fardeau::render {

Rendered view(const service::ImportResult& r, Lang lang);
Rendered view(const service::RemoveResult& r, Lang lang);
Rendered view(const service::DiffResult& r, Lang lang);
Rendered view(const service::SqlResult& r, Lang lang);

}  // namespace fardeau::render

// Views of the burden-sharing statistics (`fardeau stats ...`): JSON, a document for people
// and a CSV table from each typed result of service/stats.hpp (JSON fields in docs/cli.md).
#pragma once
#include "render/document.hpp"
#include "render/format.hpp"
#include "service/stats.hpp"

namespace fardeau::render {

Rendered view(const service::ExploitationResult& r, Lang lang);
Rendered view(const service::ConcordanceResult& r, Lang lang);
Rendered view(const service::ConcentrationResult& r, Lang lang);
Rendered view(const service::FairShareResult& r, Lang lang);

/// A p-value for people: three decimals, "<0.001" below that.
std::string p_value_text(double p, Lang lang);

}  // namespace fardeau::render

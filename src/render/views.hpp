// One view per result type: JSON, a document for people and a CSV table, from the
// same typed result (docs/cli.md documents the JSON fields).
#pragma once
#include "render/check_article_view.hpp"
#include "render/check_view.hpp"
#include "render/document.hpp"
#include "render/extract_view.hpp"
#include "render/format.hpp"
#include "render/stats_view.hpp"
#include "render/store_views.hpp"
#include "service/queries.hpp"

namespace fardeau::render {

Rendered view(const service::ReportResult& r, Lang lang);
Rendered view(const service::ReportResult& r, Lang lang, Needs needs);
Rendered view(const service::ComplianceResultSet& r, Lang lang);
Rendered view(const service::GapResultSet& r, Lang lang);
Rendered view(const service::SharesResultSet& r, Lang lang);
Rendered view(const service::TrendResultSet& r, Lang lang);
Rendered view(const service::AlliesResult& r, Lang lang);
Rendered view(const service::SeriesResult& r, Lang lang);
Rendered view(const service::IndicatorsResult& r, Lang lang);
Rendered view(const service::VintagesResult& r, Lang lang);

/// The view of any result, with the document's language set: what front ends call. Every
/// view is declared above it: Lang (core) does not bring render's overloads in by ADL.
template <typename R>
Rendered render_result(const R& result, Lang lang) {
  Rendered out = view(result, lang);
  out.doc.lang = lang;
  return out;
}

/// The text of a result in format `f`: what the CLI prints and the server sends. A view
/// that takes Needs builds only the part `f` prints; the others build every part.
template <typename R>
std::string render_as(const R& result, Lang lang, Format f) {
  Rendered out;
  if constexpr (requires { view(result, lang, needs_of(f)); })
    out = view(result, lang, needs_of(f));
  else
    out = view(result, lang);
  out.doc.lang = lang;
  return emit(out, f);
}

}  // namespace fardeau::render

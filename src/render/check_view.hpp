// `fardeau check`: the verdict on one claim or on every claim of a file, with the
// figure, the edition, the readings and (with --explain) the steps.
#pragma once
#include "render/document.hpp"
#include "render/format.hpp"
#include "service/check.hpp"

namespace fardeau::render {

Rendered view(const service::CheckResult& r, Lang lang);
Rendered view(const service::CheckFileResult& r, Lang lang);

/// The verdict in words: "true under some readings" / "vraie selon certaines lectures".
std::string verdict_label(service::ClaimVerdict v, Lang lang);
/// A reading's label in the language, from its choices ("cumul au-dessus de l'année de
/// base, prix constants, ..."); in English, claims::label_en.
std::string reading_label(const claims::ReadingChoices& choices, Lang lang);
/// A reading's choices as JSON: {"years": [{"role", "year"}], "method", "prices",
/// "vintage", "membership"}, null where the reading chose nothing.
nlohmann::ordered_json reading_choices_json(const claims::ReadingChoices& choices);
/// A value of a claim for people: "41.712 bn" / "41,712 Md", "3.3", "29".
std::string claim_value(double v, Lang lang);

}  // namespace fardeau::render

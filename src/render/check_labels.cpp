// Verdicts, readings (labelled from their choices, never from the English text) and values of
// `fardeau check` in words, English or French.
#include <cmath>
#include <string>

#include "render/check_view.hpp"
#include "render/number_format.hpp"

namespace fardeau::render {

std::string verdict_label(service::ClaimVerdict v, Lang lang) {
  using service::ClaimVerdict;
  switch (v) {
    case ClaimVerdict::true_:
      return tr(lang, "true", "vraie");
    case ClaimVerdict::false_:
      return tr(lang, "false", "fausse");
    case ClaimVerdict::true_under_some_readings:
      return tr(lang, "true under some readings", "vraie selon certaines lectures");
    case ClaimVerdict::not_checkable:
      return tr(lang, "not checkable", "non vérifiable");
  }
  return "";
}

std::string reading_label(const claims::ReadingChoices& c, Lang lang) {
  static const claims::ReadingWords kFr{"telle qu'écrite",
                                        "année de base ",
                                        "depuis ",
                                        "jusqu'à ",
                                        "cumul au-dessus de l'année de base",
                                        "différence de niveau",
                                        "prix constants",
                                        "prix courants",
                                        "membres de chaque année",
                                        "membres actuels"};
  return claims::reading_label(c, lang == Lang::fr ? kFr : claims::kReadingWordsEn);
}

nlohmann::ordered_json reading_choices_json(const claims::ReadingChoices& c) {
  using json = nlohmann::ordered_json;
  using Role = claims::OpenYearChoice::Role;
  json years = json::array();
  for (const auto& y : c.years)
    years.push_back({{"role", y.role == Role::base_year ? "base_year"
                              : y.role == Role::from    ? "from"
                                                        : "to"},
                     {"year", y.year}});
  auto opt = [](const auto& v, auto name) { return v ? json(name(*v)) : json(nullptr); };
  return {{"years", years},
          {"method", opt(c.method,
                         [](claims::FunctionId m) {
                           return m == claims::FunctionId::cumulative ? "cumulative"
                                                                      : "level_change";
                         })},
          {"prices", opt(c.prices, [](PriceBasis b) { return to_string(b); })},
          {"vintage", c.vintage ? json(*c.vintage) : json(nullptr)},
          {"membership", opt(c.membership, [](Membership m) { return to_string(m); })}};
}

std::string claim_value(double v, Lang lang) {
  if (!std::isfinite(v)) return missing(lang);
  return figure(v, lang, FigureStyle::reading);
}

}  // namespace fardeau::render

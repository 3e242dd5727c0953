// Verdicts, readings and values of `fardeau check` in words, English or French.
#include <cmath>
#include <map>
#include <string_view>
#include <utility>

#include "render/check_view.hpp"
#include "render/number_format.hpp"

namespace fardeau::render {

namespace {

// The year an either(...) reading chose: "base year 2016" -> "année de base 2016".
std::string open_year_fr(const std::string& part) {
  static const std::pair<const char*, const char*> kPrefixes[] = {
      {"base year ", "année de base "}, {"from ", "depuis "}, {"to ", "jusqu'à "}};
  for (const auto& [en, fr] : kPrefixes)
    if (part.rfind(en, 0) == 0) return fr + part.substr(std::string_view(en).size());
  return part;
}

}  // namespace

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

std::string reading_label(const std::string& label_en, Lang lang) {
  if (lang == Lang::en) return label_en;
  static const std::map<std::string, std::string, std::less<>> kFr{
      {"as written", "telle qu'écrite"},
      {"cumulative over the base year", "cumul au-dessus de l'année de base"},
      {"level difference", "différence de niveau"},
      {"constant prices", "prix constants"},
      {"current prices", "prix courants"},
      {"as-of membership", "membres de chaque année"},
      {"current membership", "membres actuels"},
  };
  std::string out;
  std::size_t pos = 0;
  while (pos <= label_en.size()) {
    std::size_t comma = label_en.find(", ", pos);
    std::string part =
        label_en.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos);
    auto it = kFr.find(part);
    out += (out.empty() ? "" : ", ") + (it == kFr.end() ? open_year_fr(part) : it->second);
    if (comma == std::string::npos) break;
    pos = comma + 2;
  }
  return out;
}

std::string claim_value(double v, Lang lang) {
  if (!std::isfinite(v)) return missing(lang);
  return figure(v, lang, FigureStyle::reading);
}

}  // namespace fardeau::render

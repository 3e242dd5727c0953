#include "render/number_format.hpp"

#include <cmath>

#include <fmt/format.h>

namespace fardeau::render {
namespace {
constexpr const char* kNarrowNbsp = "\u202F";
}

std::string percent(double value_pct, int decimals, Lang lang) {
  return number(value_pct, decimals, lang) +
         (lang == Lang::fr ? std::string(kNarrowNbsp) + "%" : "%");
}

std::string target_percent(double value_pct, Lang lang) {
  int decimals = 0;
  while (decimals < 4 && std::fabs(value_pct * std::pow(10.0, decimals) -
                                   std::round(value_pct * std::pow(10.0, decimals))) > 1e-9)
    ++decimals;
  return percent(value_pct, decimals, lang);
}

std::string usd_bn(double usd_m, Lang lang) {
  if (lang == Lang::fr) return number(usd_m / 1000.0, 1, lang) + kNarrowNbsp + "Md$";
  return (usd_m < 0 ? "-$" : "$") + number(std::fabs(usd_m) / 1000.0, 1, lang) + " bn";
}

std::string signed_percent(double value_pct, int decimals, Lang lang) {
  std::string s = percent(value_pct, decimals, lang);
  return (value_pct >= 0 && s[0] != '-') ? "+" + s : s;
}

std::string missing(Lang lang) { return lang == Lang::fr ? "n.d." : "n/a"; }

std::string yes_no(bool b, Lang lang) {
  return b ? (lang == Lang::fr ? "oui" : "yes") : (lang == Lang::fr ? "non" : "no");
}

double clean(double value, int decimals) {
  const double f = std::pow(10.0, decimals);
  return std::round(value * f) / f;
}

}  // namespace fardeau::render

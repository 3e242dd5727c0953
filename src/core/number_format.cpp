#include "core/number_format.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace fardeau {
namespace {

constexpr const char* kNarrowNbsp = "\u202F";

std::string decimal_comma(std::string s) {
  std::replace(s.begin(), s.end(), '.', ',');
  return s;
}

/// Four decimals, trailing zeros dropped down to two (3.30, 59.88).
std::string reading_decimals(double value, Lang lang) {
  std::string s = number(value, 4, lang);
  const std::size_t mark = s.find(lang == Lang::fr ? ',' : '.');
  while (s.size() > mark + 3 && s.back() == '0') s.pop_back();
  return s;
}

/// Six significant digits, the thousands grouped.
std::string significant6(double value, Lang lang) {
  const double a = std::fabs(value);
  if (a >= 1000) {
    const int int_digits = static_cast<int>(std::floor(std::log10(a))) + 1;
    return number(value, std::max(0, 6 - int_digits), lang);
  }
  return decimal_comma(fmt::format("{:.6g}", value));
}

}  // namespace

std::string number(double value, int decimals, Lang lang) {
  std::string raw = fmt::format("{:.{}f}", std::fabs(value), decimals);
  if (raw.find_first_not_of("0.") == std::string::npos) value = 0;  // no "-0.0"
  auto dot = raw.find('.');
  std::string int_part = raw.substr(0, dot);
  std::string frac = dot == std::string::npos ? "" : raw.substr(dot + 1);
  const std::string sep = lang == Lang::fr ? kNarrowNbsp : ",";
  std::string grouped;
  const std::size_t n = int_part.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) grouped += sep;
    grouped += int_part[i];
  }
  std::string out = value < 0 ? "-" : "";
  out += grouped;
  if (!frac.empty()) out += (lang == Lang::fr ? "," : ".") + frac;
  return out;
}

std::string figure(double value, Lang lang, FigureStyle style) {
  const double a = std::fabs(value);
  const bool fr = lang == Lang::fr;
  // English traces end up in error messages and logs: ASCII, ungrouped, as printf writes.
  const bool ascii = style == FigureStyle::trace && !fr;
  auto fixed = [&](double x, int decimals) {
    return ascii ? fmt::format("{:.{}f}", x, decimals) : number(x, decimals, lang);
  };
  if (ascii && a >= 1e12) return fixed(value / 1e12, 3) + " tn";
  if (a >= 1e9) return fixed(value / 1e9, 3) + (fr ? "\u202FMd" : " bn");
  if (a >= 1e6) return fixed(value / 1e6, 3) + (ascii ? " M" : "\u202FM");
  if (std::floor(a) == a) return fixed(value, 0);
  if (style == FigureStyle::reading) return reading_decimals(value, lang);
  if (ascii) return fmt::format("{:.6g}", value);
  return significant6(value, lang);
}

}  // namespace fardeau

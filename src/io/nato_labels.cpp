#include "io/nato_labels.hpp"

#include "io/sheet_scan.hpp"

namespace fardeau::io {
namespace nato {

Label split_label(std::string_view text) {
  Label out;
  std::string s;
  for (char c : trim_text(text)) {
    if (c == '*')
      out.footnote = true;
    else
      s += c;
  }
  std::string_view v = trim_text(s);
  if (!v.empty() && v.back() == ')') {
    auto open = v.rfind('(');
    if (open != std::string_view::npos && open > 0) {
      out.currency = std::string(trim_text(v.substr(open + 1, v.size() - open - 2)));
      v = trim_text(v.substr(0, open));
    }
  }
  for (char c : v)
    if (c != ' ' || out.plain.empty() || out.plain.back() != ' ') out.plain += c;
  return out;
}

std::optional<std::string_view> code_of(std::string_view plain,
                                        const std::vector<CountryName>& names) {
  for (const CountryName& n : names)
    if (equals_icase(plain, n.name)) return n.iso3;
  return std::nullopt;
}

}  // namespace nato

std::optional<std::string_view> nato_iso3(std::string_view label) {
  auto names = embedded_country_names("nato");
  if (!names) return std::nullopt;
  return nato::code_of(nato::split_label(label).plain, **names);
}

}  // namespace fardeau::io

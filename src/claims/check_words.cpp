#include "claims/check_words.hpp"

#include <fmt/format.h>

#include "claims/function_table.hpp"

namespace fardeau::claims::check_words {

const char* kind_words(Kind k) {
  switch (k) {
    case Kind::number:
      return "a number";
    case Kind::boolean:
      return "a comparison";
    case Kind::name:
      return "a name";
    case Kind::range:
      return "a year range";
  }
  return "?";
}

const char* kind_words_fr(Kind k) {
  switch (k) {
    case Kind::number:
      return "un nombre";
    case Kind::boolean:
      return "une comparaison";
    case Kind::name:
      return "un nom";
    case Kind::range:
      return "une plage d’années";
  }
  return "?";
}

std::vector<std::string_view> function_list() {
  std::vector<std::string_view> v;
  for (const auto& f : functions()) v.push_back(f.name);
  v.push_back("mean");
  return v;
}
std::vector<std::string_view> indicator_list() {
  std::vector<std::string_view> v;
  for (const auto& i : indicators()) v.push_back(i.name);
  return v;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& list) {
  auto c = closest(word, list);
  return c ? fmt::format(" (did you mean {}?)", *c) : std::string();
}
std::string did_you_mean_fr(std::string_view word, const std::vector<std::string_view>& list) {
  auto c = closest(word, list);
  return c ? fmt::format(" (vouliez-vous dire {}\u00a0?)", *c) : std::string();
}

}  // namespace fardeau::claims::check_words

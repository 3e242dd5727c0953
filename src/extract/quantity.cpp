#include "extract/quantity.hpp"

#include <cstdlib>
#include <optional>
#include <string_view>

#include "extract/lexicon.hpp"

namespace fardeau::extract {
namespace {

// A number written in words at s[i] ("vingt-trois", "twenty three", "eight"); advances i.
std::optional<double> number_words(const std::string& s, std::size_t& i, Lang lang) {
  auto word_value = [&](std::string_view w) -> std::optional<std::string> {
    const auto& numbers = index_of(lang).number_value;
    if (auto it = numbers.find(w); it != numbers.end()) return it->second;
    return std::nullopt;
  };
  std::size_t j = i;
  double total = 0;
  bool any = false;
  int prev = -1;
  while (j < s.size()) {
    std::size_t k = j;
    while (k < s.size() && s[k] >= 'a' && s[k] <= 'z') ++k;
    if (k == j) break;
    std::string_view w(s.data() + j, k - j);
    if (any && (w == "et" || w == "and")) {
      // "vingt et un", "a hundred and five": only when a number word follows.
      std::size_t n = k + 1;
      std::size_t m = n;
      while (m < s.size() && s[m] >= 'a' && s[m] <= 'z') ++m;
      if (k < s.size() && s[k] == ' ' && word_value(std::string_view(s.data() + n, m - n))) {
        j = n;
        continue;
      }
      break;
    }
    auto v = word_value(w);
    if (!v) break;
    if (v->rfind("mult ", 0) == 0) {
      total = (total == 0 ? 1 : total) * std::strtod(v->c_str() + 5, nullptr);
    } else {
      const int x = std::atoi(v->c_str());
      if (prev == 4 && x == 20) {
        total += 76;  // quatre-vingt: the 4 already added becomes 80
      } else {
        total += x;
      }
      prev = x;
    }
    any = true;
    j = k;
    if (j < s.size() && (s[j] == '-' || s[j] == ' ')) {
      std::size_t m = j + 1;
      std::size_t e = m;
      while (e < s.size() && s[e] >= 'a' && s[e] <= 'z') ++e;
      if (word_value(std::string_view(s.data() + m, e - m)) ||
          std::string_view(s.data() + m, e - m) == "et") {
        j = m;
        continue;
      }
    }
    break;
  }
  if (!any) return std::nullopt;
  i = j;
  return total;
}

// Digits at s[i]: 41, 41,7 (French decimal comma), 41.7, 41 000 / 41,000 (thousands).
std::optional<double> number_digits(const std::string& s, std::size_t& i, Lang lang,
                                    bool& integer) {
  std::size_t j = i;
  std::string clean;
  auto run = [&] {
    std::size_t n = 0;
    while (j < s.size() && digit(s[j])) {
      clean.push_back(s[j++]);
      ++n;
    }
    return n;
  };
  const std::size_t first = run();
  if (first == 0) return std::nullopt;
  const char thousands = lang == Lang::fr ? ' ' : ',';
  const char decimal = lang == Lang::fr ? ',' : '.';
  // Thousands groups: exactly three digits after the separator, not followed by a digit.
  if (first <= 3) {
    while (j + 3 < s.size() && s[j] == thousands) {
      if (!(digit(s[j + 1]) && digit(s[j + 2]) && digit(s[j + 3])) ||
          (j + 4 < s.size() && digit(s[j + 4])))
        break;
      clean.append(s, j + 1, 3);
      j += 4;
    }
  }
  integer = true;
  if (j + 1 < s.size() && (s[j] == decimal || s[j] == '.') && digit(s[j + 1])) {
    clean.push_back('.');
    ++j;
    run();
    integer = false;
  }
  i = j;
  return std::strtod(clean.c_str(), nullptr);
}

}  // namespace

std::vector<Quantity> quantities(const std::string& s, Lang lang) {
  std::vector<Quantity> out;
  std::size_t i = 0;
  while (i < s.size()) {
    if (i > 0 && alnum(s[i - 1])) {
      ++i;
      continue;
    }
    const std::size_t begin = i;
    bool dollar = false;
    std::size_t j = i;
    if (s.compare(j, 3, "us$") == 0)
      j += 3;
    else if (s[j] == '$')
      j += 1;
    dollar = j > i;
    while (dollar && j < s.size() && s[j] == ' ') ++j;
    Quantity q;
    std::optional<double> v;
    const std::size_t at = j;
    if (j < s.size() && digit(s[j])) v = number_digits(s, j, lang, q.integer);
    if (!v) {
      j = at;
      if (const Entry* f = entry_at(s, j, "fraction", lang); f != nullptr && j > at) {
        q.value = std::strtod(f->value.c_str(), nullptr);
        q.unit = Unit::pct;
        q.integer = false;
        q.begin = begin;
        q.end = j;
        q.text = s.substr(begin, j - begin);
        out.push_back(q);
        i = j;
        continue;
      }
      j = at;
      v = number_words(s, j, lang);
    }
    if (!v) {
      i = dollar ? j : i + 1;
      continue;
    }
    q.value = *v;
    std::size_t k = j;
    bool scaled = false;
    if (const Entry* sc = entry_at(s, k, "scale", lang)) {
      q.value *= std::strtod(sc->value.c_str(), nullptr);
      j = k;
      scaled = true;
    }
    k = j;
    if (const Entry* pc = entry_at(s, k, "percent", lang)) {
      q.unit = pc->value == "pp" ? Unit::pp : Unit::pct;
      j = k;
    } else {
      k = j;
      if (entry_at(s, k, "currency", lang) != nullptr) {
        dollar = true;
        j = k;
      }
      if (dollar) q.unit = Unit::money;
    }
    q.is_year = q.unit == Unit::plain && !scaled && q.integer && j - at == 4 && q.value >= 1949 &&
                q.value <= 2100;
    q.begin = begin;
    q.end = j;
    q.text = s.substr(begin, j - begin);
    out.push_back(q);
    i = j;
  }
  return out;
}

}  // namespace fardeau::extract

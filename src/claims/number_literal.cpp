// Number literals of the claim language: digits, a scale word (41bn, 41 milliards),
// then `%` or `pp`. The scale words and their multipliers live here.
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>
#include <utility>

#include <fmt/format.h>

#include "claims/diagnostic.hpp"
#include "claims/lexer.hpp"
#include "claims/lexer_chars.hpp"

namespace fardeau::claims {
namespace {

struct ScaleWord {
  std::string_view word;
  Scale scale;
  bool any_case;
};
constexpr std::array<ScaleWord, 20> kScaleWords{{
    {"k", Scale::thousand, false},       {"K", Scale::thousand, false},
    {"thousand", Scale::thousand, true}, {"thousands", Scale::thousand, true},
    {"M", Scale::million, false},        {"m", Scale::million, false},
    {"mn", Scale::million, false},       {"million", Scale::million, true},
    {"millions", Scale::million, true},  {"bn", Scale::billion, false},
    {"billion", Scale::billion, true},   {"billions", Scale::billion, true},
    {"Md", Scale::billion, false},       {"Mds", Scale::billion, false},
    {"Mrd", Scale::billion, false},      {"milliard", Scale::billion, true},
    {"milliards", Scale::billion, true}, {"tn", Scale::trillion, false},
    {"trillion", Scale::trillion, true}, {"trillions", Scale::trillion, true},
}};

constexpr std::string_view kSuffixList =
    "k, M, mn, million(s), bn, billion(s), Md, milliard(s), tn, trillion(s), % or pp";
constexpr std::string_view kSuffixListFr =
    "k, M, mn, million(s), bn, billion(s), Md, milliard(s), tn, trillion(s), % ou pp";

}  // namespace

double multiplier(Scale s) {
  switch (s) {
    case Scale::none:
      return 1.0;
    case Scale::thousand:
      return 1e3;
    case Scale::million:
      return 1e6;
    case Scale::billion:
      return 1e9;
    case Scale::trillion:
      return 1e12;
  }
  return 1.0;
}

std::optional<Scale> scale_word(std::string_view word) {
  for (const auto& w : kScaleWords)
    if (w.any_case ? iequals(word, w.word) : word == w.word) return w.scale;
  return std::nullopt;
}

Result<Token> lex_number(std::string_view claim, std::size_t start) {
  auto err = [&](std::size_t at, std::string msg, std::string msg_fr) {
    return error_at(ErrorCode::parse_error, claim, at, std::move(msg), std::move(msg_fr));
  };
  std::size_t j = start;
  while (j < claim.size() && is_digit(claim[j])) ++j;
  if (j + 1 < claim.size() && claim[j] == '.' && is_digit(claim[j + 1])) {
    ++j;
    while (j < claim.size() && is_digit(claim[j])) ++j;
  }
  if (j < claim.size() && (claim[j] == 'e' || claim[j] == 'E')) {
    std::size_t k = j + 1;
    if (k < claim.size() && (claim[k] == '+' || claim[k] == '-')) ++k;
    if (k < claim.size() && is_digit(claim[k])) {
      j = k;
      while (j < claim.size() && is_digit(claim[j])) ++j;
    }
  }
  std::string_view digits = claim.substr(start, j - start);
  double v = 0.0;
  auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
  if (ec == std::errc::result_out_of_range)
    return err(start, fmt::format("number '{}' is out of range", digits),
               fmt::format("nombre '{}' hors limites", digits));
  if (ec != std::errc{} || ptr != digits.data() + digits.size())
    return err(start, fmt::format("malformed number '{}'", digits),
               fmt::format("nombre mal formé '{}'", digits));

  Token t;
  t.kind = TokenKind::number;
  // Attached suffix: every letter run glued to the number must be a known word.
  std::size_t w = j;
  while (w < claim.size() && is_alpha(claim[w])) ++w;
  if (w > j) {
    std::string_view word = claim.substr(j, w - j);
    if (auto sc = scale_word(word))
      t.scale = *sc;
    else if (word == "pp")
      t.unit = NumberUnit::points;
    else if (word == "e" || word == "E")
      return err(j, "an exponent needs digits: write 41e9",
                 "un exposant demande des chiffres\u00a0: écrivez 41e9");
    else
      return err(j,
                 fmt::format("unknown suffix '{}' after a number; expected {}", word, kSuffixList),
                 fmt::format("suffixe inconnu '{}' après un nombre\u00a0; attendu\u00a0: {}", word,
                             kSuffixListFr));
    j = w;
  } else {
    // Suffix after spaces: taken only when it is a scale word or pp, so that
    // "29 and ..." still reads as a number then a keyword.
    std::size_t sp = spaces_at(claim, j);
    std::size_t a = j + sp;
    std::size_t b = a;
    while (b < claim.size() && is_alpha(claim[b])) ++b;
    if (sp > 0 && b > a && (b >= claim.size() || !is_ident_char(claim[b]))) {
      std::string_view word = claim.substr(a, b - a);
      if (auto sc = scale_word(word)) {
        t.scale = *sc;
        j = b;
      } else if (word == "pp") {
        t.unit = NumberUnit::points;
        j = b;
      }
    }
  }
  // Percent sign, attached or after a (no-break) space: "12.5%", "12.5 %".
  std::size_t sp = spaces_at(claim, j);
  if (j + sp < claim.size() && claim[j + sp] == '%') {
    if (t.unit == NumberUnit::points)
      return err(j + sp, "a number cannot be both in pp and in %",
                 "un nombre ne peut pas être à la fois en pp et en %");
    t.unit = NumberUnit::percent;
    j = j + sp + 1;
  }
  t.value = v * multiplier(t.scale);
  if (!std::isfinite(t.value))
    return err(start, fmt::format("number '{}' is out of range", claim.substr(start, j - start)),
               fmt::format("nombre '{}' hors limites", claim.substr(start, j - start)));
  t.offset = static_cast<std::uint32_t>(start);
  t.length = static_cast<std::uint32_t>(j - start);
  t.text = claim.substr(start, j - start);
  return t;
}

}  // namespace fardeau::claims

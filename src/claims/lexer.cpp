#include "claims/lexer.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>

#include <fmt/format.h>

#include "claims/diagnostic.hpp"
#include "claims/limits.hpp"

namespace fardeau::claims {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ident_start(char c) { return is_alpha(c) || c == '_'; }
bool is_ident_char(char c) { return is_alpha(c) || is_digit(c) || c == '_'; }

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

// One decoded code point; len == 0 marks invalid UTF-8 at that byte.
struct CodePoint {
  char32_t cp = 0;
  std::size_t len = 0;
};

CodePoint decode(std::string_view s, std::size_t i) {
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c0 = b(i);
  if (c0 < 0x80U) return {c0, 1};
  std::size_t len = 0;
  char32_t cp = 0;
  if (c0 >= 0xC2U && c0 <= 0xDFU) {
    len = 2;
    cp = c0 & 0x1FU;
  } else if (c0 >= 0xE0U && c0 <= 0xEFU) {
    len = 3;
    cp = c0 & 0x0FU;
  } else if (c0 >= 0xF0U && c0 <= 0xF4U) {
    len = 4;
    cp = c0 & 0x07U;
  } else
    return {};
  if (i + len > s.size()) return {};
  for (std::size_t k = 1; k < len; ++k) {
    if ((b(i + k) & 0xC0U) != 0x80U) return {};
    cp = (cp << 6) | (b(i + k) & 0x3FU);
  }
  // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
  if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF))
    return {};
  return {cp, len};
}

bool is_space_cp(char32_t cp) {
  return cp == U' ' || cp == U'\t' || cp == U'\n' || cp == U'\r' || cp == U'\f' || cp == U'\v' ||
         cp == 0x00A0 || cp == 0x202F || cp == 0x2009 || cp == 0x2007;
}

// Non-ASCII characters that stand for an ASCII operator.
bool unicode_operator(char32_t cp, TokenKind& kind) {
  switch (cp) {
    case 0x00B1:
      kind = TokenKind::plusminus;
      return true;  // ±
    case 0x2265:
      kind = TokenKind::ge;
      return true;  // ≥
    case 0x2264:
      kind = TokenKind::le;
      return true;  // ≤
    case 0x2260:
      kind = TokenKind::ne;
      return true;  // ≠
    case 0x2248:
      kind = TokenKind::approx;
      return true;  // ≈
    case 0x2212:
      kind = TokenKind::minus;
      return true;  // − minus sign
    case 0x00D7:
      kind = TokenKind::star;
      return true;  // ×
    case 0x00F7:
      kind = TokenKind::slash;
      return true;  // ÷
    case 0x2013:
      kind = TokenKind::dotdot;
      return true;  // – en dash: 2016–2018
    default:
      return false;
  }
}

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

class Lexer {
 public:
  explicit Lexer(std::string_view s) : s_(s) {}

  Result<std::vector<Token>> run() {
    if (s_.size() > kMaxClaimBytes)
      return error_at(
          ErrorCode::parse_error, s_, kMaxClaimBytes,
          fmt::format("claim is {} bytes long; the limit is {} bytes", s_.size(), kMaxClaimBytes),
          fmt::format("l’affirmation fait {} octets\u00a0; la limite est de {} octets", s_.size(),
                      kMaxClaimBytes));
    while (true) {
      skip_spaces();
      if (i_ >= s_.size()) break;
      if (auto st = next(); !st.ok()) return st.error();
    }
    Token end;
    end.kind = TokenKind::end;
    end.offset = static_cast<std::uint32_t>(s_.size());
    out_.push_back(end);
    return std::move(out_);
  }

 private:
  // Spaces (ASCII and the no-break spaces of French typography); invalid UTF-8 stops the
  // run and is reported by next().
  std::size_t spaces_at(std::size_t i) const {
    std::size_t j = i;
    while (j < s_.size()) {
      CodePoint c = decode(s_, j);
      if (c.len == 0 || !is_space_cp(c.cp)) break;
      j += c.len;
    }
    return j - i;
  }
  void skip_spaces() { i_ += spaces_at(i_); }

  void push(TokenKind kind, std::size_t start, std::size_t len) {
    Token t;
    t.kind = kind;
    t.offset = static_cast<std::uint32_t>(start);
    t.length = static_cast<std::uint32_t>(len);
    t.text = s_.substr(start, len);
    out_.push_back(t);
    i_ = start + len;
  }

  Error err(std::size_t at, std::string msg, std::string msg_fr) const {
    return error_at(ErrorCode::parse_error, s_, at, std::move(msg), std::move(msg_fr));
  }

  char peek(std::size_t k = 0) const { return i_ + k < s_.size() ? s_[i_ + k] : '\0'; }

  Status next() {
    char c = s_[i_];
    std::size_t start = i_;
    if (is_digit(c)) return number();
    if (is_ident_start(c)) return identifier();
    switch (c) {
      case '(':
        push(TokenKind::lparen, start, 1);
        return ok_status();
      case ')':
        push(TokenKind::rparen, start, 1);
        return ok_status();
      case '[':
        push(TokenKind::lbracket, start, 1);
        return ok_status();
      case ']':
        push(TokenKind::rbracket, start, 1);
        return ok_status();
      case ',':
        push(TokenKind::comma, start, 1);
        return ok_status();
      case ':':
        push(TokenKind::colon, start, 1);
        return ok_status();
      case '@':
        push(TokenKind::at, start, 1);
        return ok_status();
      case '*':
        push(TokenKind::star, start, 1);
        return ok_status();
      case '/':
        push(TokenKind::slash, start, 1);
        return ok_status();
      case '~':
        push(TokenKind::approx, start, 1);
        return ok_status();
      case '-':
        push(TokenKind::minus, start, 1);
        return ok_status();
      case '+':
        // "+-" is the ASCII tolerance sign, so "1 +-2" is not "1 + -2" (documented).
        if (peek(1) == '-')
          push(TokenKind::plusminus, start, 2);
        else
          push(TokenKind::plus, start, 1);
        return ok_status();
      case '=':
        push(TokenKind::eq, start, peek(1) == '=' ? 2 : 1);
        return ok_status();
      case '!':
        if (peek(1) == '=') {
          push(TokenKind::ne, start, 2);
          return ok_status();
        }
        return err(start, "unexpected '!'; write 'not' for negation or '!=' for 'differs from'",
                   "'!' inattendu\u00a0; écrivez 'not' pour la négation ou '!=' pour « différent "
                   "de »");
      case '<':
        if (peek(1) == '=')
          push(TokenKind::le, start, 2);
        else if (peek(1) == '>')
          push(TokenKind::ne, start, 2);
        else
          push(TokenKind::lt, start, 1);
        return ok_status();
      case '>':
        push(peek(1) == '=' ? TokenKind::ge : TokenKind::gt, start, peek(1) == '=' ? 2 : 1);
        return ok_status();
      case '.':
        if (peek(1) == '.') {
          push(TokenKind::dotdot, start, 2);
          return ok_status();
        }
        if (is_digit(peek(1)))
          return err(start, "a number starts with a digit: write 0.5, not .5",
                     "un nombre commence par un chiffre\u00a0: écrivez 0.5, pas .5");
        return err(start, "unexpected '.'; a year range is written A..B, e.g. 2016..2018",
                   "'.' inattendu\u00a0; une plage d’années s’écrit A..B, par exemple 2016..2018");
      case '%':
        return err(start, "'%' must follow a number, e.g. 12.5% or ±5%",
                   "'%' doit suivre un nombre, par exemple 12.5% ou ±5%");
      default:
        break;
    }
    CodePoint cp = decode(s_, i_);
    if (cp.len == 0)
      return err(start,
                 fmt::format("invalid UTF-8 byte 0x{:02X}",
                             static_cast<unsigned>(static_cast<unsigned char>(c))),
                 fmt::format("octet UTF-8 invalide 0x{:02X}",
                             static_cast<unsigned>(static_cast<unsigned char>(c))));
    TokenKind kind{};
    if (unicode_operator(cp.cp, kind)) {
      push(kind, start, cp.len);
      return ok_status();
    }
    if (cp.cp < 0x20 || cp.cp == 0x7F)
      return err(
          start,
          fmt::format("unexpected control character U+{:04X}", static_cast<std::uint32_t>(cp.cp)),
          fmt::format("caractère de contrôle inattendu U+{:04X}",
                      static_cast<std::uint32_t>(cp.cp)));
    return err(start,
               fmt::format("unexpected character '{}' (U+{:04X}); a claim uses numbers, "
                           "names, ( ) [ ] , .. @ and the operators + - * / = != < <= > >= ~ ±",
                           s_.substr(start, cp.len), static_cast<std::uint32_t>(cp.cp)),
               fmt::format("caractère inattendu '{}' (U+{:04X})\u00a0; une affirmation s’écrit "
                           "avec des nombres, des noms, ( ) [ ] , .. @ et les opérateurs "
                           "+ - * / = != < <= > >= ~ ±",
                           s_.substr(start, cp.len), static_cast<std::uint32_t>(cp.cp)));
  }

  Status identifier() {
    std::size_t start = i_;
    std::size_t j = i_;
    while (j < s_.size() && is_ident_char(s_[j])) ++j;
    // Hyphenated names (europe-canada, nato-2019, as-of): a '-' followed at once by a letter
    // or digit continues the name. Subtraction after a name needs spaces, but a bare name
    // is never a number, so this costs nothing in practice.
    while (j + 1 < s_.size() && s_[j] == '-' && (is_alpha(s_[j + 1]) || is_digit(s_[j + 1]))) {
      ++j;
      while (j < s_.size() && is_ident_char(s_[j])) ++j;
    }
    std::string_view w = s_.substr(start, j - start);
    TokenKind kind = TokenKind::identifier;
    if (iequals(w, "and"))
      kind = TokenKind::kw_and;
    else if (iequals(w, "or"))
      kind = TokenKind::kw_or;
    else if (iequals(w, "not"))
      kind = TokenKind::kw_not;
    push(kind, start, j - start);
    return ok_status();
  }

  Status number() {
    std::size_t start = i_;
    std::size_t j = i_;
    while (j < s_.size() && is_digit(s_[j])) ++j;
    if (j + 1 < s_.size() && s_[j] == '.' && is_digit(s_[j + 1])) {
      ++j;
      while (j < s_.size() && is_digit(s_[j])) ++j;
    }
    if (j < s_.size() && (s_[j] == 'e' || s_[j] == 'E')) {
      std::size_t k = j + 1;
      if (k < s_.size() && (s_[k] == '+' || s_[k] == '-')) ++k;
      if (k < s_.size() && is_digit(s_[k])) {
        j = k;
        while (j < s_.size() && is_digit(s_[j])) ++j;
      }
    }
    std::string_view digits = s_.substr(start, j - start);
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
    while (w < s_.size() && is_alpha(s_[w])) ++w;
    if (w > j) {
      std::string_view word = s_.substr(j, w - j);
      if (auto sc = scale_word(word))
        t.scale = *sc;
      else if (word == "pp")
        t.unit = NumberUnit::points;
      else if (word == "e" || word == "E")
        return err(j, "an exponent needs digits: write 41e9",
                   "un exposant demande des chiffres\u00a0: écrivez 41e9");
      else
        return err(
            j, fmt::format("unknown suffix '{}' after a number; expected {}", word, kSuffixList),
            fmt::format("suffixe inconnu '{}' après un nombre\u00a0; attendu\u00a0: {}", word,
                        kSuffixListFr));
      j = w;
    } else {
      // Suffix after spaces: taken only when it is a scale word or pp, so that
      // "29 and ..." still reads as a number then a keyword.
      std::size_t sp = spaces_at(j);
      std::size_t a = j + sp;
      std::size_t b = a;
      while (b < s_.size() && is_alpha(s_[b])) ++b;
      if (sp > 0 && b > a && (b >= s_.size() || !is_ident_char(s_[b]))) {
        std::string_view word = s_.substr(a, b - a);
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
    std::size_t sp = spaces_at(j);
    if (j + sp < s_.size() && s_[j + sp] == '%') {
      if (t.unit == NumberUnit::points)
        return err(j + sp, "a number cannot be both in pp and in %",
                   "un nombre ne peut pas être à la fois en pp et en %");
      t.unit = NumberUnit::percent;
      j = j + sp + 1;
    }
    t.value = v * multiplier(t.scale);
    if (!std::isfinite(t.value))
      return err(start, fmt::format("number '{}' is out of range", s_.substr(start, j - start)),
                 fmt::format("nombre '{}' hors limites", s_.substr(start, j - start)));
    t.offset = static_cast<std::uint32_t>(start);
    t.length = static_cast<std::uint32_t>(j - start);
    t.text = s_.substr(start, j - start);
    out_.push_back(t);
    i_ = j;
    return ok_status();
  }

  std::string_view s_;
  std::size_t i_ = 0;
  std::vector<Token> out_;
};

}  // namespace

const char* describe(TokenKind kind) {
  switch (kind) {
    case TokenKind::end:
      return "end of claim";
    case TokenKind::number:
      return "number";
    case TokenKind::identifier:
      return "name";
    case TokenKind::kw_and:
      return "'and'";
    case TokenKind::kw_or:
      return "'or'";
    case TokenKind::kw_not:
      return "'not'";
    case TokenKind::lparen:
      return "'('";
    case TokenKind::rparen:
      return "')'";
    case TokenKind::lbracket:
      return "'['";
    case TokenKind::rbracket:
      return "']'";
    case TokenKind::comma:
      return "','";
    case TokenKind::colon:
      return "':'";
    case TokenKind::at:
      return "'@'";
    case TokenKind::dotdot:
      return "'..'";
    case TokenKind::plus:
      return "'+'";
    case TokenKind::minus:
      return "'-'";
    case TokenKind::star:
      return "'*'";
    case TokenKind::slash:
      return "'/'";
    case TokenKind::eq:
      return "'='";
    case TokenKind::ne:
      return "'!='";
    case TokenKind::lt:
      return "'<'";
    case TokenKind::le:
      return "'<='";
    case TokenKind::gt:
      return "'>'";
    case TokenKind::ge:
      return "'>='";
    case TokenKind::approx:
      return "'~'";
    case TokenKind::plusminus:
      return "'±'";
  }
  return "token";
}

const char* describe_fr(TokenKind kind) {
  switch (kind) {
    case TokenKind::end:
      return "fin de l’affirmation";
    case TokenKind::number:
      return "nombre";
    case TokenKind::identifier:
      return "nom";
    default:
      // Keywords and punctuation are quoted as written, the same in both languages.
      return describe(kind);
  }
}

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

Result<std::vector<Token>> lex(std::string_view claim) { return Lexer(claim).run(); }

}  // namespace fardeau::claims

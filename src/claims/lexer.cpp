#include "claims/lexer.hpp"

#include <cstdint>

#include <fmt/format.h>

#include "claims/diagnostic.hpp"
#include "claims/lexer_chars.hpp"
#include "claims/limits.hpp"

namespace fardeau::claims {

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

std::size_t spaces_at(std::string_view s, std::size_t i) {
  std::size_t j = i;
  while (j < s.size()) {
    CodePoint c = decode(s, j);
    if (c.len == 0 || !is_space_cp(c.cp)) break;
    j += c.len;
  }
  return j - i;
}

namespace {

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
  void skip_spaces() { i_ += spaces_at(s_, i_); }

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
    FARDEAU_TRY(t, lex_number(s_, i_));
    out_.push_back(t);
    i_ = t.offset + t.length;
    return ok_status();
  }

  std::string_view s_;
  std::size_t i_ = 0;
  std::vector<Token> out_;
};

}  // namespace

Result<std::vector<Token>> lex(std::string_view claim) { return Lexer(claim).run(); }

}  // namespace fardeau::claims

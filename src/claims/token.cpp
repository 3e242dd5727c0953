#include "claims/token.hpp"

namespace fardeau::claims {

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

}  // namespace fardeau::claims

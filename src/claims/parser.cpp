#include "claims/parser.hpp"

#include "claims/claim_parser.hpp"
#include "claims/lexer.hpp"

namespace fardeau::claims {
namespace {

CompareOp compare_op(TokenKind k) {
  switch (k) {
    case TokenKind::ne:
      return CompareOp::ne;
    case TokenKind::lt:
      return CompareOp::lt;
    case TokenKind::le:
      return CompareOp::le;
    case TokenKind::gt:
      return CompareOp::gt;
    case TokenKind::ge:
      return CompareOp::ge;
    case TokenKind::approx:
      return CompareOp::approx;
    default:
      return CompareOp::eq;
  }
}

}  // namespace

bool is_compare(TokenKind k) {
  switch (k) {
    case TokenKind::eq:
    case TokenKind::ne:
    case TokenKind::lt:
    case TokenKind::le:
    case TokenKind::gt:
    case TokenKind::ge:
    case TokenKind::approx:
      return true;
    default:
      return false;
  }
}

Result<Claim> ClaimParser::run() {
  if (peek().kind == TokenKind::end)
    return err(peek(), "empty claim; expected a comparison such as members(2018) = 29",
               "affirmation vide\u00a0; attendu une comparaison comme members(2018) = 29");
  FARDEAU_TRY(root, parse_expr());
  claim_.root = root;
  if (peek().kind == TokenKind::at) {
    FARDEAU_TRY(tag, parse_vintage());
    claim_.vintage = std::move(tag);
  }
  if (peek().kind != TokenKind::end) return trailing_error();
  return std::move(claim_);
}

Result<NodeId> ClaimParser::parse_or() {
  std::uint32_t start = peek().offset;
  FARDEAU_TRY(lhs, parse_and());
  NodeId left = lhs;
  while (peek().kind == TokenKind::kw_or) {
    take();
    FARDEAU_TRY(rhs, parse_and());
    FARDEAU_TRY(n, add(start, Logic{LogicOp::or_, left, rhs}, {left, rhs}));
    left = n;
  }
  return left;
}

Result<NodeId> ClaimParser::parse_and() {
  std::uint32_t start = peek().offset;
  FARDEAU_TRY(lhs, parse_not());
  NodeId left = lhs;
  while (peek().kind == TokenKind::kw_and) {
    take();
    FARDEAU_TRY(rhs, parse_not());
    FARDEAU_TRY(n, add(start, Logic{LogicOp::and_, left, rhs}, {left, rhs}));
    left = n;
  }
  return left;
}

Result<NodeId> ClaimParser::parse_not() {
  if (peek().kind != TokenKind::kw_not) return parse_comparison();
  const Token& kw = take();
  if (auto st = enter(kw); !st.ok()) return st.error();
  FARDEAU_TRY(operand, parse_not());
  leave();
  return add(kw.offset, Not{operand}, {operand});
}

Result<NodeId> ClaimParser::parse_comparison() {
  std::uint32_t start = peek().offset;
  FARDEAU_TRY(lhs, parse_sum());
  if (peek().kind == TokenKind::plusminus)
    return err(peek(), "a tolerance (±) follows '~ value', e.g. pct_gdp[USA, 2018] ~ 4 ±0.2",
               "une tolérance (±) suit '~ valeur', par exemple pct_gdp[USA, 2018] ~ 4 ±0.2");
  if (!is_compare(peek().kind)) return lhs;
  const Token& op = take();
  FARDEAU_TRY(rhs, parse_sum());
  Compare c{compare_op(op.kind), lhs, rhs, std::nullopt, op.offset};
  if (peek().kind == TokenKind::plusminus) {
    if (c.op != CompareOp::approx)
      return err(
          peek(),
          fmt::format("a tolerance (±) only follows '~'; '{}' compares exactly", to_symbol(c.op)),
          fmt::format("une tolérance (±) ne suit que '~'\u00a0; '{}' compare exactement",
                      to_symbol(c.op)));
    FARDEAU_TRY(tol, parse_tolerance());
    c.tolerance = std::move(tol);
  }
  if (is_compare(peek().kind))
    return err(peek(), "comparisons do not chain; join them with 'and', e.g. a < b and b < c",
               "les comparaisons ne s’enchaînent pas\u00a0; reliez-les par 'and', par exemple "
               "a < b and b < c");
  return add(start, std::move(c), {lhs, rhs});
}

Result<Tolerance> ClaimParser::parse_tolerance() {
  const Token& sign = take();
  const Token& t = peek();
  if (t.kind == TokenKind::minus)
    return err(t, "a tolerance is not negative: write ±0.2 or ±5%",
               "une tolérance n’est pas négative\u00a0: écrivez ±0.2 ou ±5%");
  if (t.kind != TokenKind::number)
    return err(t,
               fmt::format("expected a number after '±', e.g. ±0.2 (absolute) or ±5% "
                           "(relative), found {}",
                           found(t)),
               fmt::format("nombre attendu après '±', par exemple ±0.2 (absolue) ou ±5% "
                           "(relative), trouvé\u00a0: {}",
                           found_fr(t)));
  take();
  Tolerance tol;
  tol.kind = t.unit == NumberUnit::percent ? ToleranceKind::relative : ToleranceKind::absolute;
  tol.amount = t.value;
  tol.text = std::string(t.text);
  tol.span = Span{sign.offset, t.offset + t.length - sign.offset};
  return tol;
}

Result<NodeId> ClaimParser::parse_sum() {
  std::uint32_t start = peek().offset;
  FARDEAU_TRY(lhs, parse_product());
  NodeId left = lhs;
  while (peek().kind == TokenKind::plus || peek().kind == TokenKind::minus) {
    const Token& op = take();
    FARDEAU_TRY(rhs, parse_product());
    ArithOp aop = op.kind == TokenKind::plus ? ArithOp::add : ArithOp::sub;
    FARDEAU_TRY(n, add(start, Arith{aop, left, rhs, op.offset}, {left, rhs}));
    left = n;
  }
  return left;
}

Result<NodeId> ClaimParser::parse_product() {
  std::uint32_t start = peek().offset;
  FARDEAU_TRY(lhs, parse_unary());
  NodeId left = lhs;
  while (peek().kind == TokenKind::star || peek().kind == TokenKind::slash) {
    const Token& op = take();
    FARDEAU_TRY(rhs, parse_unary());
    ArithOp aop = op.kind == TokenKind::star ? ArithOp::mul : ArithOp::div;
    FARDEAU_TRY(n, add(start, Arith{aop, left, rhs, op.offset}, {left, rhs}));
    left = n;
  }
  return left;
}

Result<NodeId> ClaimParser::parse_unary() {
  if (peek().kind != TokenKind::minus) return parse_postfix();
  const Token& op = take();
  if (auto st = enter(op); !st.ok()) return st.error();
  FARDEAU_TRY(operand, parse_unary());
  leave();
  return add(op.offset, Negate{operand}, {operand});
}

Error ClaimParser::trailing_error() const {
  const Token& t = peek();
  if (t.kind == TokenKind::comma && pos_ > 0) {
    const Token& before = toks_[pos_ - 1];
    const Token& after = peek(1);
    if (before.kind == TokenKind::number && after.kind == TokenKind::number &&
        before.offset + before.length == t.offset && t.offset + 1 == after.offset)
      return err(t,
                 fmt::format("numbers use a decimal point: write {}.{}, not {},{} (the "
                             "comma separates arguments)",
                             before.text, after.text, before.text, after.text),
                 fmt::format("les nombres s’écrivent avec un point décimal\u00a0: écrivez "
                             "{}.{}, pas {},{} (la virgule sépare les arguments)",
                             before.text, after.text, before.text, after.text));
  }
  if (t.kind == TokenKind::dotdot)
    return err(t,
               "a year range A..B is only valid as a function argument, e.g. "
               "cumulative(defexp_usd_const, europe-canada, 2016..2018)",
               "une plage d’années A..B n’est valide qu’en argument d’une fonction, par "
               "exemple cumulative(defexp_usd_const, europe-canada, 2016..2018)");
  if (t.kind == TokenKind::rparen)
    return err(t, "unbalanced ')': no '(' to close", "')' en trop\u00a0: aucune '(' à fermer");
  if (t.kind == TokenKind::rbracket)
    return err(t, "unbalanced ']': no '[' to close", "']' en trop\u00a0: aucun '[' à fermer");
  if (t.kind == TokenKind::at)
    return err(t,
               "a vintage (@nato-2019) follows a call, a series or a parenthesis, or ends "
               "the claim",
               "une édition (@nato-2019) suit un appel, une série ou une parenthèse, ou "
               "termine l’affirmation");
  return err(t, fmt::format("expected an operator or the end of the claim, found {}", found(t)),
             fmt::format("attendu un opérateur ou la fin de l’affirmation, trouvé\u00a0: {}",
                         found_fr(t)));
}

Result<Claim> parse(std::string_view text) {
  FARDEAU_TRY(tokens, lex(text));
  return ClaimParser(text, std::move(tokens)).run();
}

}  // namespace fardeau::claims

// The claim grammar's primaries: numbers, names (with a membership), calls f(...) and
// series s[...], their argument lists and year ranges, parentheses, and the @vintage
// that may follow a call, a series or a parenthesis.
#include "claims/claim_parser.hpp"

namespace fardeau::claims {

// `@vintage` after a call, a series or a parenthesis. A vintage that ends the claim
// belongs to the whole claim, so it is left for run().
Result<NodeId> ClaimParser::parse_postfix() {
  FARDEAU_TRY(id, parse_primary());
  NodeId node = id;
  if (peek().kind != TokenKind::at) return node;
  if (peek(1).kind != TokenKind::identifier) return parse_vintage().error();
  if (peek(2).kind == TokenKind::end) return node;
  const NodeData& d = claim_.nodes[node].data;
  bool taggable = std::holds_alternative<Call>(d) || std::holds_alternative<Series>(d) ||
                  std::holds_alternative<Paren>(d);
  if (!taggable)
    return err(peek(),
               "a vintage (@nato-2019) follows a call, a series or a parenthesis, or "
               "ends the claim",
               "une édition (@nato-2019) suit un appel, une série ou une parenthèse, ou "
               "termine l’affirmation");
  FARDEAU_TRY(tag, parse_vintage());
  Node& n = claim_.nodes[node];
  n.vintage = std::move(tag);
  n.span.length = last_end_ - n.span.offset;
  return node;
}

Result<VintageTag> ClaimParser::parse_vintage() {
  const Token& at = take();
  const Token& name = peek();
  if (name.kind != TokenKind::identifier)
    return err(
        name,
        fmt::format("expected a vintage name after '@', e.g. @nato-2019, found {}", found(name)),
        fmt::format("nom d’édition attendu après '@', par exemple @nato-2019, "
                    "trouvé\u00a0: {}",
                    found_fr(name)));
  take();
  return VintageTag{std::string(name.text), Span{at.offset, name.offset + name.length - at.offset}};
}

Result<NodeId> ClaimParser::parse_primary() {
  const Token& t = peek();
  switch (t.kind) {
    case TokenKind::number: {
      take();
      return add(t.offset, NumberLit{t.value, t.scale, t.unit, std::string(t.text)}, {});
    }
    case TokenKind::identifier:
      return parse_name_or_call();
    case TokenKind::lparen: {
      take();
      if (auto st = enter(t); !st.ok()) return st.error();
      FARDEAU_TRY(inner, parse_expr());
      if (peek().kind != TokenKind::rparen)
        return err(peek(),
                   fmt::format("expected ')' to close the '(' at column {}, found {}",
                               col(t.offset), found(peek())),
                   fmt::format("')' attendue pour fermer la '(' de la colonne {}, "
                               "trouvé\u00a0: {}",
                               col(t.offset), found_fr(peek())));
      take();
      leave();
      return add(t.offset, Paren{inner}, {inner});
    }
    case TokenKind::plus: {
      // Unary plus changes nothing; accept it ("+41bn") without a node.
      take();
      if (auto st = enter(t); !st.ok()) return st.error();
      FARDEAU_TRY(operand, parse_unary());
      leave();
      return operand;
    }
    case TokenKind::end:
      return err(t, "unexpected end of claim; expected a number, a name, a call or '('",
                 "fin inattendue de l’affirmation\u00a0; attendu un nombre, un nom, un appel "
                 "ou '('");
    default:
      if (is_compare(t.kind))
        return err(t, fmt::format("expected a value before {}", describe(t.kind)),
                   fmt::format("valeur attendue avant {}", describe_fr(t.kind)));
      return err(
          t, fmt::format("expected a number, a name, a call or '(', found {}", found(t)),
          fmt::format("attendu un nombre, un nom, un appel ou '(', trouvé\u00a0: {}", found_fr(t)));
  }
}

Result<NodeId> ClaimParser::parse_name_or_call() {
  const Token& name = take();
  std::string id(name.text);
  if (peek().kind == TokenKind::lparen || peek().kind == TokenKind::lbracket) {
    bool call = peek().kind == TokenKind::lparen;
    FARDEAU_TRY(args, parse_args(name, call ? TokenKind::rparen : TokenKind::rbracket));
    if (call) return add_list(name.offset, Call{std::move(id), args}, args);
    return add_list(name.offset, Series{std::move(id), args}, args);
  }
  if (peek().kind == TokenKind::colon) {
    take();
    const Token& m = peek();
    std::optional<Membership> membership;
    if (m.kind == TokenKind::identifier && m.text == "current")
      membership = Membership::current;
    else if (m.kind == TokenKind::identifier && m.text == "as-of")
      membership = Membership::as_of;
    if (!membership)
      return err(m,
                 fmt::format("expected a membership after '{}:': current or as-of, found {}", id,
                             found(m)),
                 fmt::format("appartenance attendue après '{}:'\u00a0: current ou as-of, "
                             "trouvé\u00a0: {}",
                             id, found_fr(m)));
    take();
    return add(name.offset, Name{std::move(id), membership}, {});
  }
  return add(name.offset, Name{std::move(id), std::nullopt}, {});
}

Result<std::vector<NodeId>> ClaimParser::parse_args(const Token& name, TokenKind close) {
  const Token& open = take();
  if (auto st = enter(open); !st.ok()) return st.error();
  std::vector<NodeId> args;
  const char* close_text = close == TokenKind::rparen ? ")" : "]";
  if (accept(close)) {
    leave();
    return args;
  }
  while (true) {
    FARDEAU_TRY(arg, parse_arg(name, close));
    args.push_back(arg);
    if (accept(TokenKind::comma)) continue;
    if (accept(close)) break;
    const Token& t = peek();
    if (t.kind == TokenKind::end)
      return err(t,
                 fmt::format("unterminated {}: expected '{}' to close '{}{}' at column {}",
                             close == TokenKind::rparen ? "call" : "series", close_text, name.text,
                             open.text, col(open.offset)),
                 fmt::format("{} non terminé\u00a0: '{}' attendu pour fermer '{}{}' de la "
                             "colonne {}",
                             close == TokenKind::rparen ? "appel" : "série", close_text, name.text,
                             open.text, col(open.offset)));
    return err(t,
               fmt::format("expected ',' or '{}' after argument {} of {}, found {}", close_text,
                           args.size(), name.text, found(t)),
               fmt::format("',' ou '{}' attendu après l’argument {} de {}, trouvé\u00a0: {}",
                           close_text, args.size(), name.text, found_fr(t)));
  }
  leave();
  return args;
}

Result<NodeId> ClaimParser::parse_arg(const Token& name, TokenKind close) {
  std::uint32_t start = peek().offset;
  FARDEAU_TRY(from, parse_expr());
  if (peek().kind != TokenKind::dotdot) return from;
  const Token& dots = take();
  const Token& t = peek();
  if (t.kind == TokenKind::comma || t.kind == close || t.kind == TokenKind::end ||
      t.kind == TokenKind::rparen || t.kind == TokenKind::rbracket)
    return err(t,
               fmt::format("unterminated range: expected the last year after '{}' in {}, "
                           "e.g. 2016..2018",
                           dots.text, name.text),
               fmt::format("plage non terminée\u00a0: dernière année attendue après '{}' dans "
                           "{}, par exemple 2016..2018",
                           dots.text, name.text));
  FARDEAU_TRY(to, parse_sum());
  return add(start, Range{from, to}, {from, to});
}

}  // namespace fardeau::claims

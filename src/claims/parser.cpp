#include "claims/parser.hpp"

#include <algorithm>
#include <utility>

#include <fmt/format.h>

#include "claims/diagnostic.hpp"
#include "claims/lexer.hpp"
#include "claims/limits.hpp"

namespace fardeau::claims {
namespace {

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

class Parser {
 public:
  Parser(std::string_view text, std::vector<Token> tokens) : toks_(std::move(tokens)) {
    claim_.text = std::string(text);
  }

  Result<Claim> run() {
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

 private:
  // ----------------------------------------------------------------- tokens
  const Token& peek(std::size_t k = 0) const { return toks_[std::min(pos_ + k, toks_.size() - 1)]; }
  const Token& take() {
    const Token& t = toks_[pos_];
    if (pos_ + 1 < toks_.size()) ++pos_;
    last_end_ = t.offset + t.length;
    return t;
  }
  bool accept(TokenKind k) {
    if (peek().kind != k) return false;
    take();
    return true;
  }

  // "found ..." part of messages: the token kind and its text when that helps.
  std::string found(const Token& t) const {
    switch (t.kind) {
      case TokenKind::end:
        return "end of claim";
      case TokenKind::number:
        return fmt::format("number {}", t.text);
      case TokenKind::identifier:
        return fmt::format("name '{}'", t.text);
      default:
        return describe(t.kind);
    }
  }
  static std::string found_fr(const Token& t) {
    switch (t.kind) {
      case TokenKind::end:
        return "fin de l’affirmation";
      case TokenKind::number:
        return fmt::format("nombre {}", t.text);
      case TokenKind::identifier:
        return fmt::format("nom '{}'", t.text);
      default:
        return describe_fr(t.kind);
    }
  }

  // Every message has its French version, so that a French reader never gets English.
  Error err(const Token& at, std::string msg, std::string msg_fr) const {
    return error_at(ErrorCode::parse_error, claim_.text, at.offset, std::move(msg),
                    std::move(msg_fr));
  }
  Error err_offset(std::size_t offset, std::string msg, std::string msg_fr) const {
    return error_at(ErrorCode::parse_error, claim_.text, offset, std::move(msg), std::move(msg_fr));
  }
  std::size_t col(std::size_t offset) const { return column_of(claim_.text, offset); }

  // ----------------------------------------------------------------- nodes
  Result<NodeId> add(std::uint32_t start, NodeData data, std::initializer_list<NodeId> kids) {
    int h = 1;
    for (NodeId k : kids) h = std::max(h, heights_[k] + 1);
    return push(start, std::move(data), h);
  }
  Result<NodeId> add_list(std::uint32_t start, NodeData data, const std::vector<NodeId>& kids) {
    int h = 1;
    for (NodeId k : kids) h = std::max(h, heights_[k] + 1);
    return push(start, std::move(data), h);
  }
  // The height limit keeps every later recursive pass within kMaxTreeHeight frames.
  Result<NodeId> push(std::uint32_t start, NodeData data, int height) {
    if (height > kMaxTreeHeight)
      return err_offset(start,
                        fmt::format("expression too deep: more than {} levels of nested or "
                                    "chained operations; split the claim",
                                    kMaxTreeHeight),
                        fmt::format("expression trop profonde\u00a0: plus de {} niveaux "
                                    "d’opérations imbriquées ou enchaînées\u00a0; divisez "
                                    "l’affirmation",
                                    kMaxTreeHeight));
    Node n;
    n.span = Span{start, last_end_ > start ? last_end_ - start : 0};
    n.data = std::move(data);
    claim_.nodes.push_back(std::move(n));
    heights_.push_back(height);
    return static_cast<NodeId>(claim_.nodes.size() - 1);
  }

  // Syntactic nesting guard: parentheses, argument lists, unary minus, not.
  Status enter(const Token& at) {
    if (++depth_ > kMaxNesting)
      return err(at, fmt::format("expression nested deeper than {} levels", kMaxNesting),
                 fmt::format("expression imbriquée sur plus de {} niveaux", kMaxNesting));
    return ok_status();
  }
  void leave() { --depth_; }

  // ----------------------------------------------------------------- grammar
  Result<NodeId> parse_expr() { return parse_or(); }

  Result<NodeId> parse_or() {
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

  Result<NodeId> parse_and() {
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

  Result<NodeId> parse_not() {
    if (peek().kind != TokenKind::kw_not) return parse_comparison();
    const Token& kw = take();
    if (auto st = enter(kw); !st.ok()) return st.error();
    FARDEAU_TRY(operand, parse_not());
    leave();
    return add(kw.offset, Not{operand}, {operand});
  }

  Result<NodeId> parse_comparison() {
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

  Result<Tolerance> parse_tolerance() {
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

  Result<NodeId> parse_sum() {
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

  Result<NodeId> parse_product() {
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

  Result<NodeId> parse_unary() {
    if (peek().kind != TokenKind::minus) return parse_postfix();
    const Token& op = take();
    if (auto st = enter(op); !st.ok()) return st.error();
    FARDEAU_TRY(operand, parse_unary());
    leave();
    return add(op.offset, Negate{operand}, {operand});
  }

  // `@vintage` after a call, a series or a parenthesis. A vintage that ends the claim
  // belongs to the whole claim, so it is left for run().
  Result<NodeId> parse_postfix() {
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

  Result<VintageTag> parse_vintage() {
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
    return VintageTag{std::string(name.text),
                      Span{at.offset, name.offset + name.length - at.offset}};
  }

  Result<NodeId> parse_primary() {
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
        return err(t, fmt::format("expected a number, a name, a call or '(', found {}", found(t)),
                   fmt::format("attendu un nombre, un nom, un appel ou '(', trouvé\u00a0: {}",
                               found_fr(t)));
    }
  }

  Result<NodeId> parse_name_or_call() {
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

  Result<std::vector<NodeId>> parse_args(const Token& name, TokenKind close) {
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
                               close == TokenKind::rparen ? "call" : "series", close_text,
                               name.text, open.text, col(open.offset)),
                   fmt::format("{} non terminé\u00a0: '{}' attendu pour fermer '{}{}' de la "
                               "colonne {}",
                               close == TokenKind::rparen ? "appel" : "série", close_text,
                               name.text, open.text, col(open.offset)));
      return err(t,
                 fmt::format("expected ',' or '{}' after argument {} of {}, found {}", close_text,
                             args.size(), name.text, found(t)),
                 fmt::format("',' ou '{}' attendu après l’argument {} de {}, trouvé\u00a0: {}",
                             close_text, args.size(), name.text, found_fr(t)));
    }
    leave();
    return args;
  }

  Result<NodeId> parse_arg(const Token& name, TokenKind close) {
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

  // Something is left after a complete claim: say what, with the likely cause.
  Error trailing_error() const {
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

  std::vector<Token> toks_;
  std::size_t pos_ = 0;
  std::uint32_t last_end_ = 0;
  int depth_ = 0;
  std::vector<int> heights_;
  Claim claim_;
};

}  // namespace

Result<Claim> parse(std::string_view text) {
  FARDEAU_TRY(tokens, lex(text));
  return Parser(text, std::move(tokens)).run();
}

}  // namespace fardeau::claims

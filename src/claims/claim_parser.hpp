// The claim parser's state (internal to parser.cpp and parser_calls.cpp): the token
// cursor, node building with the depth and height guards, and located errors. The
// grammar is split in two: operators and comparisons (parser.cpp), and primaries, calls,
// series, ranges and vintages (parser_calls.cpp).
#pragma once
#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "claims/ast.hpp"
#include "claims/diagnostic.hpp"
#include "claims/limits.hpp"
#include "claims/token.hpp"
#include "core/error.hpp"

namespace fardeau::claims {

/// =, !=, <, <=, >, >= or ~.
bool is_compare(TokenKind k);

class ClaimParser {
 public:
  ClaimParser(std::string_view text, std::vector<Token> tokens) : toks_(std::move(tokens)) {
    claim_.text = std::string(text);
  }

  Result<Claim> run();

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
  // Operators and comparisons, lowest precedence first (parser.cpp).
  Result<NodeId> parse_or();
  Result<NodeId> parse_and();
  Result<NodeId> parse_not();
  Result<NodeId> parse_comparison();
  Result<Tolerance> parse_tolerance();
  Result<NodeId> parse_sum();
  Result<NodeId> parse_product();
  Result<NodeId> parse_unary();
  // Primaries, calls, series, ranges and vintages (parser_calls.cpp).
  Result<NodeId> parse_postfix();
  Result<VintageTag> parse_vintage();
  Result<NodeId> parse_primary();
  Result<NodeId> parse_name_or_call();
  Result<std::vector<NodeId>> parse_args(const Token& name, TokenKind close);
  Result<NodeId> parse_arg(const Token& name, TokenKind close);
  // Something is left after a complete claim: say what, with the likely cause.
  Error trailing_error() const;

  std::vector<Token> toks_;
  std::size_t pos_ = 0;
  std::uint32_t last_end_ = 0;
  int depth_ = 0;
  std::vector<int> heights_;
  Claim claim_;
};

}  // namespace fardeau::claims

// The typed syntax tree of a claim. Nodes live in one vector and refer to each other by
// index: a Claim copies with one vector copy (readings.cpp rewrites copies) and no pass
// ever needs an owning pointer.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "claims/token.hpp"
#include "core/group.hpp"

namespace fardeau::claims {

using NodeId = std::uint32_t;
inline constexpr NodeId kNoNode = 0xFFFFFFFFU;

/// Bytes of the claim a node covers; columns are computed from the offset on demand.
struct Span {
  std::uint32_t offset = 0;
  std::uint32_t length = 0;
};

/// `@nato-2019`: the edition a call, a series, a parenthesis or the whole claim uses.
struct VintageTag {
  std::string id;  ///< "nato-2019"
  Span span;       ///< from the '@'
};

/// 41, 41e9, 41 milliards, 12.5%. `value` is after the scale word; `text` as written.
struct NumberLit {
  double value = 0.0;
  Scale scale = Scale::none;
  NumberUnit unit = NumberUnit::none;
  std::string text;
};

/// A bare name: an ally code (USA), a group (europe-canada), an indicator (pct_gdp).
/// Groups may carry a membership: `europe-canada:current`.
struct Name {
  std::string id;
  std::optional<Membership> membership;
};

/// A year range `A..B` (only as a call argument).
struct Range {
  NodeId from = kNoNode;
  NodeId to = kNoNode;
};

/// `f(a, b, ...)`; the span starts at the function name.
struct Call {
  std::string function;
  std::vector<NodeId> args;
};

/// `indicator[entity, year]`, or `indicator[year]` inside count(...).
struct Series {
  std::string indicator;
  std::vector<NodeId> args;
};

/// Unary minus.
struct Negate {
  NodeId operand = kNoNode;
};

enum class ArithOp : std::uint8_t { add, sub, mul, div };
struct Arith {
  ArithOp op = ArithOp::add;
  NodeId lhs = kNoNode;
  NodeId rhs = kNoNode;
  std::uint32_t op_offset = 0;  ///< byte offset of the operator (division by zero points here)
};

enum class CompareOp : std::uint8_t { eq, ne, lt, le, gt, ge, approx };

/// `±0.2` (absolute, in the unit of the compared values), `±0.2pp` (same) or `±5%`
/// (relative to the right-hand value).
enum class ToleranceKind : std::uint8_t { absolute, relative };
struct Tolerance {
  ToleranceKind kind = ToleranceKind::absolute;
  double amount = 0.0;  ///< 0.2, or 5 for 5 %
  std::string text;     ///< as written after the ± sign
  Span span;            ///< from the ± sign
};

struct Compare {
  CompareOp op = CompareOp::eq;
  NodeId lhs = kNoNode;
  NodeId rhs = kNoNode;
  std::optional<Tolerance> tolerance;  ///< only with `~`
  std::uint32_t op_offset = 0;
};

enum class LogicOp : std::uint8_t { and_, or_ };
struct Logic {
  LogicOp op = LogicOp::and_;
  NodeId lhs = kNoNode;
  NodeId rhs = kNoNode;
};

struct Not {
  NodeId operand = kNoNode;
};

/// Kept so that a vintage can follow a parenthesis and the printer keeps the grouping.
struct Paren {
  NodeId inner = kNoNode;
};

using NodeData =
    std::variant<NumberLit, Name, Range, Call, Series, Negate, Arith, Compare, Logic, Not, Paren>;

struct Node {
  Span span;
  NodeData data;
  std::optional<VintageTag> vintage;  ///< only on Call, Series and Paren
};

/// A parsed claim: the text it came from (columns in errors refer to it), the nodes,
/// the root, and the vintage of the whole claim when it ends with `@vintage`.
struct Claim {
  std::string text;
  std::vector<Node> nodes;
  NodeId root = kNoNode;
  std::optional<VintageTag> vintage;

  const Node& at(NodeId id) const { return nodes[id]; }
  Node& at(NodeId id) { return nodes[id]; }
};

const char* to_symbol(ArithOp op);
const char* to_symbol(CompareOp op);
const char* to_symbol(LogicOp op);

}  // namespace fardeau::claims

#include "claims/printer.hpp"

#include <type_traits>

namespace fardeau::claims {
namespace {

class Printer {
 public:
  explicit Printer(const Claim& c) : c_(c) {}

  // `at_end`: this node ends the printed claim. A vintage printed there would read back
  // as the vintage of the whole claim, so such a node is wrapped in parentheses.
  void node(NodeId id, bool at_end) {
    const Node& n = c_.at(id);
    bool wrap = at_end && n.vintage.has_value();
    if (wrap) out_ += '(';
    std::visit([&](const auto& d) { print(d, at_end && !wrap); }, n.data);
    if (n.vintage) out_ += "@" + n.vintage->id;
    if (wrap) out_ += ')';
  }

  std::string take() { return std::move(out_); }

 private:
  void print(const NumberLit& d, bool) { out_ += d.text; }
  void print(const Name& d, bool) {
    out_ += d.id;
    if (d.membership) out_ += std::string(":") + to_string(*d.membership);
  }
  void print(const Range& d, bool at_end) {
    node(d.from, false);
    out_ += "..";
    node(d.to, at_end);
  }
  void args(const std::vector<NodeId>& a) {
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (i) out_ += ", ";
      node(a[i], false);
    }
  }
  void print(const Call& d, bool) {
    out_ += d.function;
    out_ += '(';
    args(d.args);
    out_ += ')';
  }
  void print(const Series& d, bool) {
    out_ += d.indicator;
    out_ += '[';
    args(d.args);
    out_ += ']';
  }
  void print(const Negate& d, bool at_end) {
    out_ += '-';
    node(d.operand, at_end);
  }
  void print(const Arith& d, bool at_end) {
    node(d.lhs, false);
    out_ += ' ';
    out_ += to_symbol(d.op);
    out_ += ' ';
    node(d.rhs, at_end);
  }
  void print(const Compare& d, bool at_end) {
    node(d.lhs, false);
    out_ += ' ';
    out_ += to_symbol(d.op);
    out_ += ' ';
    node(d.rhs, at_end && !d.tolerance);
    if (d.tolerance) out_ += " +-" + d.tolerance->text;
  }
  void print(const Logic& d, bool at_end) {
    node(d.lhs, false);
    out_ += ' ';
    out_ += to_symbol(d.op);
    out_ += ' ';
    node(d.rhs, at_end);
  }
  void print(const Not& d, bool at_end) {
    out_ += "not ";
    node(d.operand, at_end);
  }
  void print(const Paren& d, bool) {
    out_ += '(';
    node(d.inner, false);
    out_ += ')';
  }

  const Claim& c_;
  std::string out_;
};

}  // namespace

std::string to_source(const Claim& claim, NodeId node) {
  Printer p(claim);
  p.node(node, false);
  return p.take();
}

std::string to_source(const Claim& claim) {
  if (claim.root == kNoNode) return {};
  Printer p(claim);
  p.node(claim.root, true);
  std::string s = p.take();
  if (claim.vintage) s += " @" + claim.vintage->id;
  return s;
}

}  // namespace fardeau::claims

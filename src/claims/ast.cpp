#include "claims/ast.hpp"

namespace fardeau::claims {

const char* to_symbol(ArithOp op) {
  switch (op) {
    case ArithOp::add:
      return "+";
    case ArithOp::sub:
      return "-";
    case ArithOp::mul:
      return "*";
    case ArithOp::div:
      return "/";
  }
  return "?";
}

const char* to_symbol(CompareOp op) {
  switch (op) {
    case CompareOp::eq:
      return "=";
    case CompareOp::ne:
      return "!=";
    case CompareOp::lt:
      return "<";
    case CompareOp::le:
      return "<=";
    case CompareOp::gt:
      return ">";
    case CompareOp::ge:
      return ">=";
    case CompareOp::approx:
      return "~";
  }
  return "?";
}

const char* to_symbol(LogicOp op) { return op == LogicOp::and_ ? "and" : "or"; }

}  // namespace fardeau::claims

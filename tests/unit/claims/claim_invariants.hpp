// What must hold for ANY input text, checked by the libFuzzer target
// (fuzz/claims_parser_fuzz.cpp) and replayed on the kept inputs by
// fuzz_corpus_test.cpp:
//  - no crash, no hang, no sanitizer report (the caller runs under them);
//  - every error has a column inside the claim (1 .. characters + 1);
//  - a parsed claim prints to text that parses again, and printing is then a fixed point;
//  - no pass returns ErrorCode::internal (that would be a checker/evaluator mismatch);
//  - every reading of a parsed claim evaluates without an internal error.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "claims/check.hpp"
#include "claims/diagnostic.hpp"
#include "claims/evaluator.hpp"
#include "claims/parser.hpp"
#include "claims/printer.hpp"
#include "claims/readings.hpp"

namespace fardeau::claims::testing {

/// The first broken invariant, described, or nullopt.
inline std::optional<std::string> broken_invariant(std::string_view text, const DataContext& ctx) {
  auto column_ok = [&](const Error& e) {
    auto col = error_column(e);
    return col && *col >= 1 && *col <= column_of(text, text.size());
  };
  auto c = parse(text);
  if (!c.ok()) {
    if (c.error().code != ErrorCode::parse_error) return "parse returned a non-parse error";
    if (!column_ok(c.error())) return "parse error without a valid column: " + c.error().where;
    (void)caret_display(text, c.error());
    return std::nullopt;
  }
  std::string printed = to_source(*c);
  auto again = parse(printed);
  if (!again.ok())
    return "printed claim does not parse: '" + printed + "': " + again.error().what();
  if (to_source(*again) != printed)
    return "printing is not a fixed point: '" + printed + "' -> '" + to_source(*again) + "'";

  Status st = check(*c);
  if (!st.ok() && st.error().code == ErrorCode::internal) return "check: " + st.error().what();
  if (!st.ok() && !column_ok(st.error()))
    return "check error without a column: " + st.error().what();
  Status st2 = check(*again);
  if (st.ok() != st2.ok()) return "check disagrees on the printed claim: '" + printed + "'";

  auto v = evaluate(*c, ctx);
  if (!v.ok() && v.error().code == ErrorCode::internal) return "evaluate: " + v.error().what();
  if (!v.ok() && st.ok() && !column_ok(v.error()))
    return "evaluation error without a column: " + v.error().what();
  if (st.ok()) {
    auto v2 = evaluate(*again, ctx);
    if (v.ok() != v2.ok() || (v.ok() && v->holds != v2->holds))
      return "the printed claim evaluates differently: '" + printed + "'";
    int n = 0;
    for (const auto& r : readings(*c, ctx)) {
      if (++n > 8) break;  // bounded: the fuzzer needs speed more than every reading
      auto rv = evaluate(r.claim, ctx);
      if (!rv.ok() && rv.error().code == ErrorCode::internal)
        return "reading '" + r.text + "': " + rv.error().what();
    }
  }
  return std::nullopt;
}

}  // namespace fardeau::claims::testing

#include "claims/claim_evaluator.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "analysis/change.hpp"
#include "claims/check.hpp"
#include "claims/parser.hpp"
#include "claims/printer.hpp"
#include "core/number_format.hpp"
#include "core/target_rule.hpp"

namespace fardeau::claims {
namespace {

std::string join(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : ", ") + x;
  return s;
}

}  // namespace

Result<Verdict> Evaluator::run() {
  if (!std::isfinite(opts_.default_tolerance_pct) || opts_.default_tolerance_pct < 0.0)
    return make_error(ErrorCode::invalid_argument,
                      fmt::format("the default tolerance must be a percentage >= 0, got {}",
                                  opts_.default_tolerance_pct),
                      fmt::format("la tolérance par défaut doit être un pourcentage >= 0, "
                                  "reçu\u00a0: {}",
                                  opts_.default_tolerance_pct),
                      "");
  if (auto st = check(c_); !st.ok()) return st.error();
  if (auto st = check_vintages(); !st.ok()) return st.error();
  std::string base;
  if (c_.vintage) {
    base = c_.vintage->id;
    step(VintageStep{base, VintageStep::Why::named});
  } else {
    auto d = ctx_.default_vintage();
    if (!d.ok()) return d.error();
    base = *d;
    step(VintageStep{base, VintageStep::Why::default_});
  }
  Env env{base, nullptr, true};
  FARDEAU_TRY(holds, truth(c_.root, env));
  v_.holds = holds;
  v_.vintages.assign(vintages_.begin(), vintages_.end());
  if (!v_.comparisons.empty()) {
    v_.left = v_.comparisons.front().left;
    v_.right = v_.comparisons.front().right;
    v_.tolerance = v_.comparisons.front().tolerance;
  }
  step(ResultStep{holds});
  return std::move(v_);
}

Status Evaluator::check_vintages() const {
  auto known = ctx_.vintages();
  auto validate = [&](const VintageTag& t) -> Status {
    if (std::find(known.begin(), known.end(), t.id) != known.end()) return ok_status();
    return error_at(
        ErrorCode::not_found, c_.text, t.span.offset,
        fmt::format("unknown vintage '{}'; vintages: {}", t.id, join(known)),
        fmt::format("édition inconnue '{}'\u00a0; éditions\u00a0: {}", t.id, join(known)));
  };
  if (c_.vintage)
    if (auto s = validate(*c_.vintage); !s.ok()) return s;
  for (const auto& n : c_.nodes)
    if (n.vintage)
      if (auto s = validate(*n.vintage); !s.ok()) return s;
  return ok_status();
}

// ------------------------------------------------------------------ values
Result<int> Evaluator::year_of(NodeId id, const Env& env) {
  FARDEAU_TRY(v, num(id, env));
  if (!(v >= 1 && v <= 9999) || std::floor(v) != v)
    return at(id, ErrorCode::invalid_argument,
              fmt::format("a year is a whole number between 1 and 9999, got {}",
                          figure(v, Lang::en, FigureStyle::trace)),
              fmt::format("une année est un nombre entier entre 1 et 9999, reçu\u00a0: {}",
                          figure(v, Lang::fr, FigureStyle::trace)));
  return static_cast<int>(v);
}

Result<std::pair<int, int>> Evaluator::range_of(NodeId id, const Env& env) {
  const auto& r = std::get<Range>(c_.at(id).data);
  FARDEAU_TRY(a, year_of(r.from, env));
  FARDEAU_TRY(b, year_of(r.to, env));
  if (a >= b)
    return at(id, ErrorCode::invalid_argument,
              fmt::format("the range {}..{} must run forward over at least two years", a, b),
              fmt::format("la plage {}..{} doit avancer sur au moins deux années", a, b));
  return std::pair<int, int>{a, b};
}

Result<double> Evaluator::num(NodeId id, const Env& env_in) {
  const Node& n = c_.at(id);
  Env env = scoped(n, env_in);
  if (const auto* d = std::get_if<NumberLit>(&n.data)) return d->value;
  if (const auto* d = std::get_if<Paren>(&n.data)) return num(d->inner, env);
  if (const auto* d = std::get_if<Negate>(&n.data)) {
    FARDEAU_TRY(v, num(d->operand, env));
    return -v;
  }
  if (const auto* d = std::get_if<Arith>(&n.data)) return arith(*d, env);
  if (const auto* d = std::get_if<Series>(&n.data)) return series(*d, env, id);
  if (const auto* d = std::get_if<Call>(&n.data)) return call(*d, env, id);
  return at(id, ErrorCode::internal, "a number was expected here (checker bug)");
}

Result<double> Evaluator::arith(const Arith& d, const Env& env) {
  FARDEAU_TRY(l, num(d.lhs, env));
  FARDEAU_TRY(r, num(d.rhs, env));
  double v = 0.0;
  switch (d.op) {
    case ArithOp::add:
      v = l + r;
      break;
    case ArithOp::sub:
      v = l - r;
      break;
    case ArithOp::mul:
      v = l * r;
      break;
    case ArithOp::div:
      if (r == 0.0)
        return error_at(ErrorCode::invalid_argument, c_.text, d.op_offset,
                        fmt::format("division by zero: {} is 0", to_source(c_, d.rhs)),
                        fmt::format("division par zéro\u00a0: {} vaut 0", to_source(c_, d.rhs)));
      v = l / r;
      break;
  }
  if (!std::isfinite(v))
    return error_at(ErrorCode::invalid_argument, c_.text, d.op_offset,
                    fmt::format("the result of '{}' is out of range", to_symbol(d.op)),
                    fmt::format("le résultat de '{}' est hors limites", to_symbol(d.op)));
  return v;
}

// ------------------------------------------------------------------ truth
Result<bool> Evaluator::truth(NodeId id, const Env& env_in) {
  const Node& n = c_.at(id);
  Env env = scoped(n, env_in);
  if (const auto* d = std::get_if<Compare>(&n.data)) return compare(*d, env, id);
  if (const auto* d = std::get_if<Paren>(&n.data)) return truth(d->inner, env);
  if (const auto* d = std::get_if<Not>(&n.data)) {
    FARDEAU_TRY(v, truth(d->operand, env));
    return !v;
  }
  if (const auto* d = std::get_if<Logic>(&n.data)) {
    // Both sides always run: the explanation is complete and no error hides behind a
    // short circuit.
    FARDEAU_TRY(l, truth(d->lhs, env));
    FARDEAU_TRY(r, truth(d->rhs, env));
    bool v = d->op == LogicOp::and_ ? (l && r) : (l || r);
    if (env.top) step(LogicStep{l, d->op, r, v});
    return v;
  }
  if (const auto* d = std::get_if<Call>(&n.data)) return meets(*d, env, id);
  return at(id, ErrorCode::internal, "a comparison was expected here (checker bug)");
}

Result<bool> Evaluator::meets(const Call& d, const Env& env, NodeId id) {
  bool per_ally = is_per_ally_meets(c_, d);
  std::size_t k = per_ally ? 0 : 1;
  std::string ally = per_ally ? (env.ally ? *env.ally : std::string())
                              : normalize_ally(std::get<Name>(c_.at(d.args[0]).data).id);
  if (ally.empty()) return at(id, ErrorCode::internal, "meets(year) outside count (checker bug)");
  FARDEAU_TRY(y, year_of(d.args[k], env));
  // meets(year) without a target: the 2% guideline, from the table of guidelines.
  double target = guideline(GuidelineId::two_pct_gdp).target_pct;
  if (d.args.size() > k + 1) {
    FARDEAU_TRY(t, num(d.args[k + 1], env));
    auto ok = check_target_pct(t, "target");
    if (!ok.ok()) return located(ok.error(), d.args[k + 1]);
    target = t;
  }
  FARDEAU_TRY(v, fetch(*find_indicator("pct_gdp"), ally, y, env,
                       Where{id, per_ally ? kNoNode : d.args[0], d.args[k]}));
  bool m = meets_target(v, target);
  if (env.top) step(MeetsStep{ally, y, target, v, round2(v), m});
  return m;
}

Result<bool> Evaluator::compare(const Compare& d, const Env& env, NodeId id) {
  FARDEAU_TRY(l, num(d.lhs, env));
  FARDEAU_TRY(r, num(d.rhs, env));
  bool v = false;
  std::optional<AppliedTolerance> tol;
  double noise = kEqualityNoise * std::max({1.0, std::fabs(l), std::fabs(r)});
  switch (d.op) {
    case CompareOp::eq:
      v = std::fabs(l - r) <= noise;
      break;
    case CompareOp::ne:
      v = std::fabs(l - r) > noise;
      break;
    case CompareOp::lt:
      v = l < r;
      break;
    case CompareOp::le:
      v = l <= r;
      break;
    case CompareOp::gt:
      v = l > r;
      break;
    case CompareOp::ge:
      v = l >= r;
      break;
    case CompareOp::approx: {
      AppliedTolerance t;
      if (d.tolerance) {
        t.kind = d.tolerance->kind;
        t.amount = d.tolerance->amount;
      } else {
        t.kind = ToleranceKind::relative;
        t.amount = opts_.default_tolerance_pct;
        t.is_default = true;
      }
      t.band = t.kind == ToleranceKind::absolute ? t.amount : t.amount / 100.0 * std::fabs(r);
      // The band is inclusive; `noise` keeps 4.2 ~ 4 ±0.2 true despite binary rounding.
      v = std::fabs(l - r) <= t.band + noise;
      tol = t;
      break;
    }
  }
  if (env.top) {
    CompareStep cs{to_source(c_, id), l, d.op, r, std::nullopt, v};
    if (tol)
      cs.band =
          CompareStep::Band{std::fabs(l - r), tol->band,   tol->kind == ToleranceKind::relative,
                            tol->is_default,  tol->amount, std::fabs(r)};
    step(std::move(cs));
    ComparisonOutcome co{to_source(c_, id), d.op, l, r, tol, v, col(c_.at(id).span.offset), {}};
    if (d.op == CompareOp::approx) co.difference_pct = analysis::difference_pct(l, r);
    v_.comparisons.push_back(std::move(co));
  }
  return v;
}

Result<Verdict> evaluate(const Claim& claim, const DataContext& ctx, const EvalOptions& opts) {
  return Evaluator(claim, ctx, opts).run();
}

Result<Verdict> evaluate(std::string_view claim, const DataContext& ctx, const EvalOptions& opts) {
  FARDEAU_TRY(parsed, parse(claim));
  return evaluate(parsed, ctx, opts);
}

}  // namespace fardeau::claims

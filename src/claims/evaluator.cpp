#include "claims/evaluator.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <utility>

#include <fmt/format.h>

#include "analysis/change.hpp"
#include "analysis/shares.hpp"
#include "claims/check.hpp"
#include "claims/diagnostic.hpp"
#include "claims/function_table.hpp"
#include "claims/limits.hpp"
#include "claims/parser.hpp"
#include "claims/printer.hpp"
#include "core/number_format.hpp"
#include "core/target_rule.hpp"

namespace fardeau::claims {
namespace {

// `=` tolerates the binary noise of sums of published values, nothing more.
constexpr double kEqualityNoise = 1e-9;
constexpr std::string_view kDefaultGroup = "nato";
constexpr double kDefaultTargetPct = 2.0;

struct Env {
  std::string_view vintage;
  const std::string* ally = nullptr;  ///< the ally a count(...) predicate is testing
  bool top = true;                    ///< outside count(...): record and trace every step
};

// Where a context error points: the ally argument for an unknown ally (not_found), the
// year or range for a year outside the vintage (invalid_argument), the call otherwise.
struct Where {
  NodeId call = kNoNode;
  NodeId ally = kNoNode;
  NodeId year = kNoNode;
};

struct Aggregate {
  double total = 0.0;
  std::size_t members = 0;
  std::vector<std::string> reporting;
  std::vector<std::string> skipped;  ///< members the vintage publishes nothing for
};

std::string join(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : ", ") + x;
  return s;
}

class Evaluator {
 public:
  Evaluator(const Claim& c, const DataContext& ctx, const EvalOptions& o)
      : c_(c), ctx_(ctx), opts_(o) {}

  Result<Verdict> run() {
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

 private:
  void step(TraceStep s) { v_.trace.push_back(std::move(s)); }

  std::size_t col(std::size_t offset) const { return column_of(c_.text, offset); }
  Error at(NodeId id, ErrorCode code, std::string msg) const {
    return error_at(code, c_.text, c_.at(id).span.offset, std::move(msg));
  }
  // User-facing errors carry French too; the English-only form is for checker bugs.
  Error at(NodeId id, ErrorCode code, std::string msg, std::string msg_fr) const {
    return error_at(code, c_.text, c_.at(id).span.offset, std::move(msg), std::move(msg_fr));
  }
  // An error from the context, located at the call or series that asked.
  Error located(Error e, NodeId id) const {
    e.where = "column " + std::to_string(col(c_.at(id).span.offset));
    return e;
  }
  Error located(Error e, const Where& w) const {
    NodeId id = w.call;
    if (e.code == ErrorCode::not_found && w.ally != kNoNode) id = w.ally;
    if (e.code == ErrorCode::invalid_argument && w.year != kNoNode) id = w.year;
    return located(std::move(e), id);
  }

  Status check_vintages() const {
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

  static Env scoped(const Node& n, const Env& env) {
    Env e = env;
    if (n.vintage) e.vintage = n.vintage->id;
    return e;
  }

  // ------------------------------------------------------------------ data access
  Status spend(NodeId id) {
    if (++requests_ <= kMaxValueRequests) return ok_status();
    return at(id, ErrorCode::invalid_argument,
              fmt::format("the claim needs more than {} values; split it into smaller claims",
                          kMaxValueRequests),
              fmt::format("l’affirmation demande plus de {} valeurs\u00a0; divisez-la en "
                          "affirmations plus petites",
                          kMaxValueRequests));
  }

  Result<double> fetch(const IndicatorName& ind, const std::string& ally, int year, const Env& env,
                       const Where& w) {
    NodeId id = w.call;
    if (auto st = spend(id); !st.ok()) return st.error();
    auto r = ctx_.value(ind.measure, ally, year, env.vintage);
    if (!r.ok()) return located(r.error(), w);
    if (!std::isfinite(r->value))
      return at(id, ErrorCode::data_error,
                fmt::format("{} of {} in {} is not a finite number in {}", ind.name, ally, year,
                            env.vintage),
                fmt::format("{} de {} en {} n’est pas un nombre fini dans {}", ind.name, ally, year,
                            env.vintage));
    vintages_.insert(std::string(env.vintage));
    if (r->estimate) v_.uses_estimates = true;
    return r->value * ind.scale;
  }

  Result<std::vector<std::string>> members_of(const Name& g, int year, const Where& w) {
    auto m = ctx_.members(g.id, year, g.membership.value_or(Membership::as_of));
    if (!m.ok()) return located(m.error(), w);
    return std::move(*m);
  }

  Result<Aggregate> aggregate(const IndicatorName& ind, const Name& g, int year, const Env& env,
                              const Where& w) {
    NodeId id = w.call;
    FARDEAU_TRY(allies, members_of(g, year, w));
    Aggregate a;
    a.members = allies.size();
    for (const auto& ally : allies) {
      if (auto st = spend(id); !st.ok()) return st.error();
      auto r = ctx_.value(ind.measure, ally, year, env.vintage);
      if (!r.ok()) {
        // NATO's own aggregates leave out allies that publish nothing (Iceland).
        if (r.error().code == ErrorCode::unavailable) {
          a.skipped.push_back(ally);
          continue;
        }
        // A member the context does not know is its inconsistency, not the claim's.
        return located(r.error(), Where{id, kNoNode, w.year});
      }
      if (!std::isfinite(r->value))
        return at(id, ErrorCode::data_error,
                  fmt::format("{} of {} in {} is not a finite number in {}", ind.name, ally, year,
                              env.vintage),
                  fmt::format("{} de {} en {} n’est pas un nombre fini dans {}", ind.name, ally,
                              year, env.vintage));
      if (r->estimate) v_.uses_estimates = true;
      a.total += r->value * ind.scale;
      a.reporting.push_back(ally);
    }
    if (a.reporting.empty())
      return at(
          id, ErrorCode::unavailable,
          fmt::format("no ally of {} publishes {} for {} in {}", g.id, ind.name, year, env.vintage),
          fmt::format("aucun Allié de {} ne publie {} pour {} dans {}", g.id, ind.name, year,
                      env.vintage));
    vintages_.insert(std::string(env.vintage));
    if (env.top)
      step(AggregateStep{std::string(ind.name), g.id, g.membership.value_or(Membership::as_of),
                         year, a.total, a.reporting.size(), a.members, a.skipped,
                         std::string(env.vintage)});
    return a;
  }

  // An ally's value, or a group's sum.
  Result<double> entity_value(const IndicatorName& ind, NodeId entity, int year, const Env& env,
                              Where w) {
    const auto& name = std::get<Name>(c_.at(entity).data);
    w.ally = entity;
    if (is_group(name.id)) {
      FARDEAU_TRY(a, aggregate(ind, name, year, env, w));
      return a.total;
    }
    std::string ally = normalize_ally(name.id);
    FARDEAU_TRY(v, fetch(ind, ally, year, env, w));
    if (env.top) step(ValueStep{std::string(ind.name), ally, year, v, std::string(env.vintage)});
    return v;
  }

  // ------------------------------------------------------------------ values
  Result<int> year_of(NodeId id, const Env& env) {
    FARDEAU_TRY(v, num(id, env));
    if (!(v >= 1 && v <= 9999) || std::floor(v) != v)
      return at(id, ErrorCode::invalid_argument,
                fmt::format("a year is a whole number between 1 and 9999, got {}",
                            figure(v, Lang::en, FigureStyle::trace)),
                fmt::format("une année est un nombre entier entre 1 et 9999, reçu\u00a0: {}",
                            figure(v, Lang::fr, FigureStyle::trace)));
    return static_cast<int>(v);
  }

  Result<std::pair<int, int>> range_of(NodeId id, const Env& env) {
    const auto& r = std::get<Range>(c_.at(id).data);
    FARDEAU_TRY(a, year_of(r.from, env));
    FARDEAU_TRY(b, year_of(r.to, env));
    if (a >= b)
      return at(id, ErrorCode::invalid_argument,
                fmt::format("the range {}..{} must run forward over at least two years", a, b),
                fmt::format("la plage {}..{} doit avancer sur au moins deux années", a, b));
    return std::pair<int, int>{a, b};
  }

  Result<double> num(NodeId id, const Env& env_in) {
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

  Result<double> arith(const Arith& d, const Env& env) {
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

  Result<double> series(const Series& d, const Env& env, NodeId id) {
    const IndicatorName& ind = *find_indicator(d.indicator);
    if (d.args.size() == 1) {
      if (!env.ally)
        return at(id, ErrorCode::internal, "per-ally series outside count (checker bug)");
      FARDEAU_TRY(y, year_of(d.args[0], env));
      return fetch(ind, *env.ally, y, env, Where{id, kNoNode, d.args[0]});
    }
    FARDEAU_TRY(y, year_of(d.args[1], env));
    return entity_value(ind, d.args[0], y, env, Where{id, kNoNode, d.args[1]});
  }

  Result<double> call(const Call& d, const Env& env, NodeId id) {
    const FunctionInfo& f = *find_function(d.function);
    switch (f.id) {
      case FunctionId::members:
        return members(d, env, id);
      case FunctionId::count:
        return count(d, env, id);
      case FunctionId::value: {
        FARDEAU_TRY(y, year_of(d.args[2], env));
        return entity_value(indicator(d.args[0]), d.args[1], y, env, Where{id, kNoNode, d.args[2]});
      }
      case FunctionId::sum:
      case FunctionId::avg: {
        FARDEAU_TRY(y, year_of(d.args[2], env));
        const IndicatorName& ind = indicator(d.args[0]);
        FARDEAU_TRY(a, aggregate(ind, std::get<Name>(c_.at(d.args[1]).data), y, env,
                                 Where{id, d.args[1], d.args[2]}));
        if (f.id == FunctionId::sum) return a.total;
        double mean = a.total / static_cast<double>(a.reporting.size());
        if (env.top) step(MeanStep{to_source(c_, id), mean, a.reporting.size()});
        return mean;
      }
      case FunctionId::share:
        return share(d, env, id);
      case FunctionId::level_change:
      case FunctionId::cumulative:
      case FunctionId::pct_change:
      case FunctionId::trend:
        return change(f.id, indicator(d.args[0]), d.args[1], d.args[2], env, id);
      case FunctionId::real_change:
        return change(FunctionId::pct_change, *find_indicator("defexp_usd_const"), d.args[0],
                      d.args[1], env, id);
      case FunctionId::abs: {
        FARDEAU_TRY(v, num(d.args[0], env));
        return std::fabs(v);
      }
      case FunctionId::meets:
        break;
      case FunctionId::either:
        // claims::readings turns each of its years into a reading before evaluation.
        return at(id, ErrorCode::invalid_argument,
                  "either(...) leaves the year open: check the claim with its readings, one "
                  "for each year (fardeau check)",
                  "either(...) laisse l’année ouverte\u00a0: vérifiez l’affirmation avec ses "
                  "lectures, une par année (fardeau check)");
    }
    return at(id, ErrorCode::internal, fmt::format("{} is not a number (checker bug)", f.name));
  }

  const IndicatorName& indicator(NodeId id) const {
    return *find_indicator(std::get<Name>(c_.at(id).data).id);
  }

  Name group_arg(const Call& d, std::size_t i) const {
    if (d.args.size() > i) return std::get<Name>(c_.at(d.args[i]).data);
    return Name{std::string(kDefaultGroup), std::nullopt};
  }

  Result<double> members(const Call& d, const Env& env, NodeId id) {
    FARDEAU_TRY(y, year_of(d.args[0], env));
    Name g = group_arg(d, 1);
    FARDEAU_TRY(m, members_of(g, y, Where{id, d.args.size() > 1 ? d.args[1] : kNoNode, d.args[0]}));
    if (env.top) step(MembersStep{y, g.id, g.membership.value_or(Membership::as_of), m.size()});
    return static_cast<double>(m.size());
  }

  Result<double> count(const Call& d, const Env& env, NodeId id) {
    Name g = group_arg(d, 1);
    auto year_node = count_year(c_, id);
    if (!year_node) return at(id, ErrorCode::internal, "count without a year (checker bug)");
    FARDEAU_TRY(y, year_of(*year_node, env));
    FARDEAU_TRY(allies,
                members_of(g, y, Where{id, d.args.size() > 1 ? d.args[1] : kNoNode, *year_node}));
    std::vector<std::string> yes;
    std::vector<std::string> skipped;
    for (const auto& ally : allies) {
      Env sub{env.vintage, &ally, false};
      auto r = truth(d.args[0], sub);
      if (!r.ok()) {
        if (r.error().code == ErrorCode::unavailable) {
          skipped.push_back(ally);
          continue;
        }
        return r.error();
      }
      if (*r) yes.push_back(ally);
    }
    std::sort(yes.begin(), yes.end());
    std::sort(skipped.begin(), skipped.end());
    if (env.top)
      step(CountStep{g.id, g.membership.value_or(Membership::as_of), y, allies.size(), yes,
                     skipped});
    return static_cast<double>(yes.size());
  }

  Result<double> share(const Call& d, const Env& env, NodeId id) {
    const IndicatorName& ind = indicator(d.args[0]);
    std::string ally = normalize_ally(std::get<Name>(c_.at(d.args[1]).data).id);
    const Name& g = std::get<Name>(c_.at(d.args[2]).data);
    FARDEAU_TRY(y, year_of(d.args[3], env));
    FARDEAU_TRY(a, aggregate(ind, g, y, env, Where{id, d.args[2], d.args[3]}));
    if (std::find(a.reporting.begin(), a.reporting.end(), ally) == a.reporting.end())
      return at(d.args[1], ErrorCode::invalid_argument,
                fmt::format("{} is not a reporting member of {} in {}", ally, g.id, y),
                fmt::format("{} n’est pas un membre déclarant de {} en {}", ally, g.id, y));
    FARDEAU_TRY(x, fetch(ind, ally, y, env, Where{id, d.args[1], d.args[3]}));
    if (a.total == 0.0)
      return at(id, ErrorCode::invalid_argument,
                fmt::format("division by zero: {} of {} in {} is 0", ind.name, g.id, y),
                fmt::format("division par zéro\u00a0: {} de {} en {} vaut 0", ind.name, g.id, y));
    const double s = analysis::share_pct(x, a.total);
    if (env.top) step(ShareStep{ally, x, a.total, s});
    return s;
  }

  Result<double> change(FunctionId fn, const IndicatorName& ind, NodeId entity, NodeId range,
                        const Env& env, NodeId id) {
    FARDEAU_TRY(r, range_of(range, env));
    auto [a, b] = r;
    std::vector<double> x;
    bool all_years = fn == FunctionId::cumulative || fn == FunctionId::trend;
    for (int t = a; t <= b; ++t) {
      if (!all_years && t != a && t != b) continue;
      FARDEAU_TRY(v, entity_value(ind, entity, t, env, Where{id, entity, range}));
      x.push_back(v);
    }
    std::string src = env.top ? to_source(c_, id) : std::string();
    switch (fn) {
      case FunctionId::level_change: {
        const double v = analysis::level_change(x.front(), x.back());
        if (env.top) step(ChangeStep{false, src, a, b, v});
        return v;
      }
      case FunctionId::pct_change: {
        if (x.front() == 0.0)
          return at(
              id, ErrorCode::invalid_argument,
              fmt::format("division by zero: the {} value in {} is 0", ind.name, a),
              fmt::format("division par zéro\u00a0: la valeur de {} en {} vaut 0", ind.name, a));
        const double v = analysis::pct_change(x.front(), x.back());
        if (env.top) step(ChangeStep{true, src, a, b, v});
        return v;
      }
      case FunctionId::cumulative: {
        CumulativeStep c{src, a, {}, analysis::cumulative_over_base(x)};
        if (env.top) {
          const auto terms = analysis::over_base_terms(x);
          for (std::size_t i = 0; i < terms.size(); ++i)
            c.terms.push_back({a + 1 + static_cast<int>(i), terms[i]});
        }
        const double total = c.total;
        if (env.top) step(std::move(c));
        return total;
      }
      case FunctionId::trend: {
        const double slope = analysis::slope_per_year(x);
        if (env.top) step(TrendStep{src, slope, x.size()});
        return slope;
      }
      default:
        break;
    }
    return at(id, ErrorCode::internal, "not a change function (evaluator bug)");
  }

  // ------------------------------------------------------------------ truth
  Result<bool> truth(NodeId id, const Env& env_in) {
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

  Result<bool> meets(const Call& d, const Env& env, NodeId id) {
    bool per_ally = is_per_ally_meets(c_, d);
    std::size_t k = per_ally ? 0 : 1;
    std::string ally = per_ally ? (env.ally ? *env.ally : std::string())
                                : normalize_ally(std::get<Name>(c_.at(d.args[0]).data).id);
    if (ally.empty()) return at(id, ErrorCode::internal, "meets(year) outside count (checker bug)");
    FARDEAU_TRY(y, year_of(d.args[k], env));
    double target = kDefaultTargetPct;
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

  Result<bool> compare(const Compare& d, const Env& env, NodeId id) {
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

  const Claim& c_;
  const DataContext& ctx_;
  const EvalOptions& opts_;
  Verdict v_;
  std::set<std::string> vintages_;
  int requests_ = 0;
};

}  // namespace

Result<Verdict> evaluate(const Claim& claim, const DataContext& ctx, const EvalOptions& opts) {
  return Evaluator(claim, ctx, opts).run();
}

Result<Verdict> evaluate(std::string_view claim, const DataContext& ctx, const EvalOptions& opts) {
  FARDEAU_TRY(parsed, parse(claim));
  return evaluate(parsed, ctx, opts);
}

}  // namespace fardeau::claims

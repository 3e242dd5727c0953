// The functions of the claim language evaluated: members, count, value, sum / avg,
// share, abs and the changes over a range (level, cumulative, % and trend).
#include "claims/claim_evaluator.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "analysis/change.hpp"
#include "analysis/shares.hpp"
#include "claims/check.hpp"
#include "claims/printer.hpp"

namespace fardeau::claims {

Result<double> Evaluator::call(const Call& d, const Env& env, NodeId id) {
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

Result<double> Evaluator::members(const Call& d, const Env& env, NodeId id) {
  FARDEAU_TRY(y, year_of(d.args[0], env));
  Name g = group_arg(d, 1);
  FARDEAU_TRY(m, members_of(g, y, Where{id, d.args.size() > 1 ? d.args[1] : kNoNode, d.args[0]}));
  if (env.top) step(MembersStep{y, g.id, g.membership.value_or(Membership::as_of), m.size()});
  return static_cast<double>(m.size());
}

Result<double> Evaluator::count(const Call& d, const Env& env, NodeId id) {
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
    step(CountStep{g.id, g.membership.value_or(Membership::as_of), y, allies.size(), yes, skipped});
  return static_cast<double>(yes.size());
}

Result<double> Evaluator::share(const Call& d, const Env& env, NodeId id) {
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

Result<double> Evaluator::change(FunctionId fn, const IndicatorName& ind, NodeId entity,
                                 NodeId range, const Env& env, NodeId id) {
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

}  // namespace fardeau::claims

// Reading values for a claim from its DataContext: one ally's value, a group's sum with
// the members that publish nothing, and the budget of value requests.
#include "claims/claim_evaluator.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "claims/limits.hpp"

namespace fardeau::claims {

// ------------------------------------------------------------------ data access
Status Evaluator::spend(NodeId id) {
  if (++requests_ <= kMaxValueRequests) return ok_status();
  return at(id, ErrorCode::invalid_argument,
            fmt::format("the claim needs more than {} values; split it into smaller claims",
                        kMaxValueRequests),
            fmt::format("l’affirmation demande plus de {} valeurs\u00a0; divisez-la en "
                        "affirmations plus petites",
                        kMaxValueRequests));
}

Error Evaluator::not_finite(NodeId id, const IndicatorName& ind, const std::string& ally, int year,
                            const Env& env) const {
  return at(
      id, ErrorCode::data_error,
      fmt::format("{} of {} in {} is not a finite number in {}", ind.name, ally, year, env.vintage),
      fmt::format("{} de {} en {} n’est pas un nombre fini dans {}", ind.name, ally, year,
                  env.vintage));
}

Result<double> Evaluator::fetch(const IndicatorName& ind, const std::string& ally, int year,
                                const Env& env, const Where& w) {
  NodeId id = w.call;
  if (auto st = spend(id); !st.ok()) return st.error();
  auto r = ctx_.value(ind.measure, ally, year, env.vintage);
  if (!r.ok()) return located(r.error(), w);
  if (!std::isfinite(r->value)) return not_finite(id, ind, ally, year, env);
  vintages_.insert(std::string(env.vintage));
  if (r->estimate) v_.uses_estimates = true;
  return r->value * ind.scale;
}

Result<std::vector<std::string>> Evaluator::members_of(const Name& g, int year, const Where& w) {
  auto m = ctx_.members(g.id, year, g.membership.value_or(Membership::as_of));
  if (!m.ok()) return located(m.error(), w);
  return std::move(*m);
}

Result<Aggregate> Evaluator::aggregate(const IndicatorName& ind, const Name& g, int year,
                                       const Env& env, const Where& w) {
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
    if (!std::isfinite(r->value)) return not_finite(id, ind, ally, year, env);
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
    step(AggregateStep{std::string(ind.name), g.id, g.membership.value_or(Membership::as_of), year,
                       a.total, a.reporting.size(), a.members, a.skipped,
                       std::string(env.vintage)});
  return a;
}

// An ally's value, or a group's sum.
Result<double> Evaluator::entity_value(const IndicatorName& ind, NodeId entity, int year,
                                       const Env& env, Where w) {
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

Result<double> Evaluator::series(const Series& d, const Env& env, NodeId id) {
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

}  // namespace fardeau::claims

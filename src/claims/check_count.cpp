// count(...) and its year of membership: the per-ally forms of its predicate
// (indicator[year], meets(year)) must name one literal year unless the call gives it.
#include "claims/check.hpp"

#include <type_traits>
#include <variant>

#include <fmt/format.h>

#include "claims/check_rules.hpp"
#include "claims/printer.hpp"

namespace fardeau::claims {

Status count_year_check(const Claim& claim, NodeId id, const Call& d) {
  std::vector<NodeId> years;
  collect_per_ally_years(claim, d.args[0], years);
  if (years.empty())
    return check_error(claim, d.args[0],
                       "the predicate of count(...) must refer to each ally: use "
                       "indicator[year] or meets(year), e.g. count(pct_gdp[2014] >= 2)",
                       "le prédicat de count(...) doit porter sur chaque Allié\u00a0: utilisez "
                       "indicateur[année] ou meets(année), par exemple count(pct_gdp[2014] >= 2)");
  std::vector<double> distinct;
  for (NodeId y : years) {
    const auto* lit = std::get_if<NumberLit>(&claim.at(y).data);
    if (!lit)
      return check_error(claim, id,
                         "count(...) needs the year of membership: write it as a third argument, "
                         "e.g. count(predicate, nato, 2018)",
                         "count(...) demande l’année d’appartenance\u00a0: donnez-la en troisième "
                         "argument, par exemple count(prédicat, nato, 2018)");
    bool seen = false;
    for (double v : distinct) seen = seen || v == lit->value;
    if (!seen) distinct.push_back(lit->value);
  }
  if (distinct.size() > 1)
    return check_error(
        claim, id,
        fmt::format("count(...) needs the year of membership: the predicate names "
                    "{} years; write it as a third argument, e.g. count(predicate, "
                    "nato, {})",
                    distinct.size(), to_source(claim, years.back())),
        fmt::format("count(...) demande l’année d’appartenance\u00a0: le prédicat nomme "
                    "{} années\u00a0; donnez-la en troisième argument, par exemple "
                    "count(prédicat, nato, {})",
                    distinct.size(), to_source(claim, years.back())));
  return ok_status();
}

// Year nodes of the per-ally forms in a count predicate, not entering nested counts.
void collect_per_ally_years(const Claim& claim, NodeId id, std::vector<NodeId>& out) {
  const Node& n = claim.at(id);
  if (const auto* s = std::get_if<Series>(&n.data)) {
    if (s->args.size() == 1) out.push_back(s->args[0]);
    for (NodeId a : s->args) collect_per_ally_years(claim, a, out);
    return;
  }
  if (const auto* call = std::get_if<Call>(&n.data)) {
    const FunctionInfo* f = find_function(call->function);
    if (f && f->id == FunctionId::count) return;
    if (f && f->implicit_ally_in_count && is_per_ally_meets(claim, *call) && !call->args.empty())
      out.push_back(call->args[0]);
    for (NodeId a : call->args) collect_per_ally_years(claim, a, out);
    return;
  }
  std::visit(
      [&](const auto& d) {
        using T = std::decay_t<decltype(d)>;
        if constexpr (std::is_same_v<T, Range>) {
          collect_per_ally_years(claim, d.from, out);
          collect_per_ally_years(claim, d.to, out);
        } else if constexpr (std::is_same_v<T, Negate> || std::is_same_v<T, Not>) {
          collect_per_ally_years(claim, d.operand, out);
        } else if constexpr (std::is_same_v<T, Arith> || std::is_same_v<T, Compare> ||
                             std::is_same_v<T, Logic>) {
          collect_per_ally_years(claim, d.lhs, out);
          collect_per_ally_years(claim, d.rhs, out);
        } else if constexpr (std::is_same_v<T, Paren>) {
          collect_per_ally_years(claim, d.inner, out);
        }
      },
      n.data);
}

bool is_per_ally_meets(const Claim& claim, const Call& call) {
  return !call.args.empty() && !std::holds_alternative<Name>(claim.at(call.args[0]).data);
}

std::optional<NodeId> count_year(const Claim& claim, NodeId count_call) {
  const auto* call = std::get_if<Call>(&claim.at(count_call).data);
  if (!call || call->args.empty()) return std::nullopt;
  if (call->args.size() >= 3) return call->args[2];
  std::vector<NodeId> years;
  collect_per_ally_years(claim, call->args[0], years);
  if (years.empty()) return std::nullopt;
  return years.front();
}

}  // namespace fardeau::claims

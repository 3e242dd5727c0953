#include "claims/check.hpp"

#include <cmath>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "claims/check_rules.hpp"
#include "claims/check_words.hpp"
#include "claims/limits.hpp"

namespace fardeau::claims {
namespace {

using namespace check_words;  // NOLINT(google-build-using-namespace): the checker's own words

class Checker {
 public:
  explicit Checker(const Claim& c) : c_(c) {}

  Status run() {
    if (c_.root == kNoNode || c_.root >= c_.nodes.size())
      return make_error(ErrorCode::invalid_argument, "empty claim: nothing was parsed",
                        "affirmation vide\u00a0: rien n’a été analysé", "");
    FARDEAU_TRY(k, expr(c_.root, false));
    if (k != Kind::boolean)
      return err(c_.root,
                 fmt::format("a claim must be true or false, e.g. members(2018) = 29; "
                             "this is {}",
                             kind_words(k)),
                 fmt::format("une affirmation doit être vraie ou fausse, par exemple "
                             "members(2018) = 29\u00a0; ceci est {}",
                             kind_words_fr(k)));
    return ok_status();
  }

 private:
  // Every message has its French version, so that a French reader never gets English.
  Error err(NodeId id, std::string msg, std::string msg_fr,
            ErrorCode code = ErrorCode::invalid_argument) const {
    return check_error(c_, id, std::move(msg), std::move(msg_fr), code);
  }

  Result<Kind> expr(NodeId id, bool in_count) {
    const Node& n = c_.at(id);
    return std::visit([&](const auto& d) { return visit(id, d, in_count); }, n.data);
  }

  Result<Kind> visit(NodeId, const NumberLit&, bool) { return Kind::number; }
  Result<Kind> visit(NodeId, const Name&, bool) { return Kind::name; }
  Result<Kind> visit(NodeId, const Range&, bool) { return Kind::range; }

  Result<Kind> visit(NodeId, const Negate& d, bool in_count) {
    if (auto s = need_number(d.operand, in_count, "'-'"); !s.ok()) return s.error();
    return Kind::number;
  }
  Result<Kind> visit(NodeId, const Arith& d, bool in_count) {
    std::string op = fmt::format("'{}'", to_symbol(d.op));
    if (auto s = need_number(d.lhs, in_count, op); !s.ok()) return s.error();
    if (auto s = need_number(d.rhs, in_count, op); !s.ok()) return s.error();
    return Kind::number;
  }
  Result<Kind> visit(NodeId, const Compare& d, bool in_count) {
    std::string op = fmt::format("'{}'", to_symbol(d.op));
    if (auto s = need_number(d.lhs, in_count, op); !s.ok()) return s.error();
    if (auto s = need_number(d.rhs, in_count, op); !s.ok()) return s.error();
    return Kind::boolean;
  }
  Result<Kind> visit(NodeId, const Logic& d, bool in_count) {
    if (auto s = need_bool(d.lhs, in_count, to_symbol(d.op)); !s.ok()) return s.error();
    if (auto s = need_bool(d.rhs, in_count, to_symbol(d.op)); !s.ok()) return s.error();
    return Kind::boolean;
  }
  Result<Kind> visit(NodeId, const Not& d, bool in_count) {
    if (auto s = need_bool(d.operand, in_count, "not"); !s.ok()) return s.error();
    return Kind::boolean;
  }
  Result<Kind> visit(NodeId, const Paren& d, bool in_count) { return expr(d.inner, in_count); }

  // `where` names what needs the number; `where_fr` is its French, when it differs (an
  // operator symbol is the same in both languages).
  Status need_number(NodeId id, bool in_count, std::string_view where,
                     std::string_view where_fr = {}) {
    FARDEAU_TRY(k, expr(id, in_count));
    if (k == Kind::number) return ok_status();
    return not_a_number(id, k, where, where_fr);
  }

  Error not_a_number(NodeId id, Kind k, std::string_view where,
                     std::string_view where_fr = {}) const {
    if (where_fr.empty()) where_fr = where;
    // The name may sit inside parentheses: "(USA) > 2" (found by the fuzzer).
    NodeId inner = id;
    while (const auto* p = std::get_if<Paren>(&c_.at(inner).data)) inner = p->inner;
    if (k == Kind::name && std::holds_alternative<Name>(c_.at(inner).data)) {
      const auto& name = std::get<Name>(c_.at(inner).data);
      if (find_indicator(name.id))
        return err(id,
                   fmt::format("'{0}' is an indicator, not a number; give it an ally and a "
                               "year: {0}[USA, 2018]",
                               name.id),
                   fmt::format("'{0}' est un indicateur, pas un nombre\u00a0; donnez-lui un Allié "
                               "et une année\u00a0: {0}[USA, 2018]",
                               name.id));
      return err(id,
                 fmt::format("'{0}' is a name, not a number; {1} needs a value such as "
                             "pct_gdp[{0}, 2018]",
                             name.id, where),
                 fmt::format("'{0}' est un nom, pas un nombre\u00a0; {1} demande une valeur "
                             "comme pct_gdp[{0}, 2018]",
                             name.id, where_fr));
    }
    if (k == Kind::range)
      return err(id,
                 "a year range A..B is only valid as the last argument of level_change, "
                 "cumulative, pct_change, trend or real_change",
                 "une plage d’années A..B n’est valide qu’en dernier argument de level_change, "
                 "cumulative, pct_change, trend ou real_change");
    return err(id, fmt::format("{} needs a number, found a comparison", where),
               fmt::format("{} demande un nombre, trouvé\u00a0: une comparaison", where_fr));
  }

  Status need_bool(NodeId id, bool in_count, std::string_view where) {
    FARDEAU_TRY(k, expr(id, in_count));
    if (k == Kind::boolean) return ok_status();
    return err(
        id, fmt::format("'{}' joins comparisons, found {}", where, kind_words(k)),
        fmt::format("'{}' relie des comparaisons, trouvé\u00a0: {}", where, kind_words_fr(k)));
  }

  // ---------------------------------------------------------------- calls and series
  Result<Kind> visit(NodeId id, const Series& d, bool in_count) {
    const IndicatorName* ind = find_indicator(d.indicator);
    if (!ind)
      return err(id,
                 fmt::format("unknown indicator '{}'; indicators: {}{}", d.indicator,
                             indicator_names(), did_you_mean(d.indicator, indicator_list())),
                 fmt::format("indicateur inconnu '{}'\u00a0; indicateurs\u00a0: {}{}", d.indicator,
                             indicator_names(), did_you_mean_fr(d.indicator, indicator_list())),
                 ErrorCode::not_found);
    if (d.args.size() == 1) {
      if (const auto* n = std::get_if<Name>(&c_.at(d.args[0]).data))
        return err(
            id, fmt::format("{0}[{1}] needs a year: {0}[{1}, 2018]", d.indicator, n->id),
            fmt::format("{0}[{1}] demande une année\u00a0: {0}[{1}, 2018]", d.indicator, n->id));
      if (!in_count)
        return err(id,
                   fmt::format("{0}[year] names no ally; outside count(...) write "
                               "{0}[USA, year]",
                               d.indicator),
                   fmt::format("{0}[année] ne nomme aucun Allié\u00a0; hors de count(...), écrivez "
                               "{0}[USA, année]",
                               d.indicator));
      if (auto s = year_arg(d.args[0], in_count); !s.ok()) return s.error();
      return Kind::number;
    }
    if (d.args.size() != 2)
      return err(id,
                 fmt::format("{0}[...] takes an ally or group and a year: {0}[USA, 2018], "
                             "got {1} argument{2}",
                             d.indicator, d.args.size(), d.args.size() == 1 ? "" : "s"),
                 fmt::format("{0}[...] prend un Allié ou un groupe et une année\u00a0: "
                             "{0}[USA, 2018], reçu {1} argument{2}",
                             d.indicator, d.args.size(), d.args.size() <= 1 ? "" : "s"));
    if (auto s = entity_arg(c_, d.args[0], ArgKind::entity); !s.ok()) return s.error();
    if (auto s = additive_for_group(c_, *ind, d.args[0]); !s.ok()) return s.error();
    if (auto s = year_arg(d.args[1], in_count); !s.ok()) return s.error();
    return Kind::number;
  }

  Result<Kind> visit(NodeId id, const Call& d, bool in_count) {
    const FunctionInfo* f = find_function(d.function);
    if (!f) {
      if (find_indicator(d.function))
        return err(
            id,
            fmt::format("'{0}' is an indicator, not a function: write {0}[USA, 2018]", d.function),
            fmt::format("'{0}' est un indicateur, pas une fonction\u00a0: écrivez {0}[USA, 2018]",
                        d.function));
      return err(id,
                 fmt::format("unknown function '{}'; functions: {}{}", d.function, function_names(),
                             did_you_mean(d.function, function_list())),
                 fmt::format("fonction inconnue '{}'\u00a0; fonctions\u00a0: {}{}", d.function,
                             function_names(), did_you_mean_fr(d.function, function_list())),
                 ErrorCode::not_found);
    }
    if (f->id == FunctionId::either)
      return err(id,
                 "either(...) lists the years a claim leaves open; it is only valid as the first "
                 "or last year of a range, e.g. cumulative(defexp_usd_const, europe-canada, "
                 "either(2016, 2014)..2018)",
                 "either(...) énumère les années qu’une affirmation laisse ouvertes\u00a0; elle "
                 "n’est valide qu’en première ou dernière année d’une plage, par exemple "
                 "cumulative(defexp_usd_const, europe-canada, either(2016, 2014)..2018)");
    std::vector<ArgKind> params = f->params;
    std::size_t min_args = f->min_args;
    if (f->implicit_ally_in_count && is_per_ally_meets(c_, d)) {
      if (!in_count)
        return err(id,
                   fmt::format("{}(year) names no ally; outside count(...) write "
                               "{}(USA, year[, target])",
                               f->name, f->name),
                   fmt::format("{}(année) ne nomme aucun Allié\u00a0; hors de count(...), écrivez "
                               "{}(USA, année[, cible])",
                               f->name, f->name));
      params.erase(params.begin());
      --min_args;
    }
    if (d.args.size() < min_args || d.args.size() > params.size()) {
      std::string expected = min_args == params.size()
                                 ? std::to_string(params.size())
                                 : fmt::format("{} to {}", min_args, params.size());
      std::string expected_fr = min_args == params.size()
                                    ? std::to_string(params.size())
                                    : fmt::format("{} à {}", min_args, params.size());
      NodeId at = d.args.size() > params.size() ? d.args[params.size()] : id;
      return err(
          at,
          fmt::format("{} takes {} argument{}: {}; got {}", f->name, expected,
                      params.size() == 1 ? "" : "s", f->signature, d.args.size()),
          fmt::format("{} prend {} argument{}\u00a0: {}\u00a0; reçu {}", f->name, expected_fr,
                      params.size() == 1 ? "" : "s", f->signature, d.args.size()));
    }
    const IndicatorName* ind = nullptr;
    for (std::size_t i = 0; i < d.args.size(); ++i) {
      NodeId a = d.args[i];
      switch (params[i]) {
        case ArgKind::indicator: {
          FARDEAU_TRY(p, indicator_arg(c_, a, *f, i));
          ind = p;
          break;
        }
        case ArgKind::entity:
        case ArgKind::ally:
        case ArgKind::group:
          if (auto s = entity_arg(c_, a, params[i], f, i); !s.ok()) return s.error();
          // avg is the one aggregate that a ratio (pct_gdp) allows.
          if (ind && params[i] != ArgKind::ally && f->id != FunctionId::avg)
            if (auto s = additive_for_group(c_, *ind, a); !s.ok()) return s.error();
          break;
        case ArgKind::year:
          if (auto s = year_arg(a, in_count); !s.ok()) return s.error();
          break;
        case ArgKind::range:
          if (auto s = range_arg(a, *f, in_count); !s.ok()) return s.error();
          break;
        case ArgKind::predicate: {
          // A count inside a count would run once per ally per ally: refused.
          if (in_count)
            return err(id, "count(...) cannot be nested inside another count(...)",
                       "count(...) ne peut pas être imbriqué dans un autre count(...)");
          FARDEAU_TRY(k, expr(a, true));
          if (k != Kind::boolean)
            return err(a,
                       fmt::format("count(...) needs a comparison to test on each ally, e.g. "
                                   "count(pct_gdp[2014] >= 2); found {}",
                                   kind_words(k)),
                       fmt::format("count(...) demande une comparaison à tester sur chaque Allié, "
                                   "par exemple count(pct_gdp[2014] >= 2)\u00a0; trouvé\u00a0: {}",
                                   kind_words_fr(k)));
          break;
        }
        case ArgKind::number:
          if (auto s = need_number(a, in_count, fmt::format("argument {} of {}", i + 1, f->name),
                                   fmt::format("l’argument {} de {}", i + 1, f->name));
              !s.ok())
            return s.error();
          break;
      }
    }
    if (ind && f->id == FunctionId::share && !ind->additive)
      return err(d.args[0], not_additive(*ind, "the group"), not_additive_fr(*ind, "le groupe"));
    if (f->id == FunctionId::count && d.args.size() < 3) {
      if (auto s = count_year_check(c_, id, d); !s.ok()) return s.error();
    }
    return f->result == ValueType::boolean ? Kind::boolean : Kind::number;
  }

  // A literal year must be a whole number a calendar can hold; other expressions are
  // checked when evaluated.
  Status literal_year(NodeId a) {
    const auto* lit = std::get_if<NumberLit>(&c_.at(a).data);
    if (!lit) return ok_status();
    if (lit->unit != NumberUnit::none || lit->scale != Scale::none || lit->value < 1 ||
        lit->value > 9999 || std::floor(lit->value) != lit->value)
      return err(
          a, fmt::format("a year is a whole number between 1 and 9999, got {}", lit->text),
          fmt::format("une année est un nombre entier entre 1 et 9999, reçu\u00a0: {}", lit->text));
    return ok_status();
  }

  Status year_arg(NodeId a, bool in_count) {
    FARDEAU_TRY(k, expr(a, in_count));
    if (k != Kind::number) {
      if (k == Kind::range)
        return err(a, "a single year is expected here, not a range",
                   "une seule année est attendue ici, pas une plage");
      return not_a_number(a, k, "a year", "une année");
    }
    return literal_year(a);
  }

  Status range_arg(NodeId a, const FunctionInfo& f, bool in_count) {
    const auto* r = std::get_if<Range>(&c_.at(a).data);
    if (!r)
      return err(a,
                 fmt::format("the last argument of {} must be a year range A..B, e.g. "
                             "2016..2018",
                             f.name),
                 fmt::format("le dernier argument de {} doit être une plage d’années A..B, par "
                             "exemple 2016..2018",
                             f.name));
    FARDEAU_TRY(from, range_end(r->from, in_count));
    FARDEAU_TRY(to, range_end(r->to, in_count));
    // Every pair of years the range may mean must run forward.
    for (const NumberLit* a0 : from)
      for (const NumberLit* a1 : to)
        if (!(a0->value < a1->value))
          return err(a,
                     fmt::format("the range {}..{} must run forward over at least two years, "
                                 "e.g. 2016..2018",
                                 a0->text, a1->text),
                     fmt::format("la plage {}..{} doit avancer sur au moins deux années, par "
                                 "exemple 2016..2018",
                                 a0->text, a1->text));
    return ok_status();
  }

  // One end of a range: a year, or either(year, year, ...). The literal years it may be
  // (none when the year is computed: 2019 - 1).
  Result<std::vector<const NumberLit*>> range_end(NodeId a, bool in_count) {
    std::vector<const NumberLit*> years;
    const auto* call = std::get_if<Call>(&c_.at(a).data);
    const FunctionInfo* f = call ? find_function(call->function) : nullptr;
    if (!f || f->id != FunctionId::either) {
      if (auto s = year_arg(a, in_count); !s.ok()) return s.error();
      if (const auto* lit = std::get_if<NumberLit>(&c_.at(a).data)) years.push_back(lit);
      return years;
    }
    if (call->args.size() < f->min_args || call->args.size() > f->params.size())
      return err(a,
                 fmt::format("either takes 2 to {} years: {}; got {}", f->params.size(),
                             f->signature, call->args.size()),
                 fmt::format("either prend 2 à {} années\u00a0: {}\u00a0; reçu {}",
                             f->params.size(), f->signature, call->args.size()));
    for (NodeId y : call->args) {
      const auto* lit = std::get_if<NumberLit>(&c_.at(y).data);
      if (!lit)
        return err(y, "either(...) lists years written out, e.g. either(2016, 2014)",
                   "either(...) énumère des années écrites en chiffres, par exemple "
                   "either(2016, 2014)");
      if (auto s = literal_year(y); !s.ok()) return s.error();
      years.push_back(lit);
    }
    open_year_readings_ *= call->args.size();
    if (open_year_readings_ > kMaxOpenYearReadings)
      return err(a,
                 fmt::format("too many open years: the either(...) of this claim make more than "
                             "{} combinations",
                             kMaxOpenYearReadings),
                 fmt::format("trop d’années ouvertes\u00a0: les either(...) de cette affirmation "
                             "font plus de {} combinaisons",
                             kMaxOpenYearReadings));
    return years;
  }

  const Claim& c_;
  std::size_t open_year_readings_ = 1;  ///< product of the years of the either(...) seen
};

}  // namespace

Status check(const Claim& claim) { return Checker(claim).run(); }

}  // namespace fardeau::claims

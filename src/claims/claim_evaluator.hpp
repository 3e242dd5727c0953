// The claim evaluator's state (internal to evaluator*.cpp): the Evaluator class, what it
// carries down the tree (Env) and where a context error points (Where). Its work is split
// by concept: evaluator.cpp (the verdict: numbers, arithmetic, comparisons, meets, and
// evaluate()), evaluator_data.cpp (reading values from the DataContext: single values,
// group aggregates, the request budget), evaluator_calls.cpp (the functions of the
// language: members, count, sum / avg, share and the changes over a range).
#pragma once
#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "claims/diagnostic.hpp"
#include "claims/evaluator.hpp"
#include "claims/function_table.hpp"

namespace fardeau::claims {

// `=` tolerates the binary noise of sums of published values, nothing more.
constexpr double kEqualityNoise = 1e-9;
constexpr std::string_view kDefaultGroup = "nato";

struct Env {
  std::string_view vintage;
  const std::string* ally = nullptr;  ///< the ally a count(...) predicate is testing
  bool top = true;                    ///< outside count(...): record and trace every step
};

// Where a context error points: the ally argument for an unknown ally (not_found), the
// year or range for a year outside the vintage (out_of_coverage, or invalid_argument from a
// context that does not tell them apart), the call otherwise.
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

class Evaluator {
 public:
  Evaluator(const Claim& c, const DataContext& ctx, const EvalOptions& o)
      : c_(c), ctx_(ctx), opts_(o) {}

  Result<Verdict> run();

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
    e.where = at_claim_column(static_cast<int>(col(c_.at(id).span.offset)));
    return e;
  }
  Error located(Error e, const Where& w) const {
    NodeId id = w.call;
    if (e.code == ErrorCode::not_found && w.ally != kNoNode) id = w.ally;
    const bool about_year =
        e.code == ErrorCode::out_of_coverage || e.code == ErrorCode::invalid_argument;
    if (about_year && w.year != kNoNode) id = w.year;
    return located(std::move(e), id);
  }

  Status check_vintages() const;

  static Env scoped(const Node& n, const Env& env) {
    Env e = env;
    if (n.vintage) e.vintage = n.vintage->id;
    return e;
  }

  // ------------------------------------------------------------------ data access
  Status spend(NodeId id);
  // A value the context holds that is NaN or infinite: the data is wrong, not the claim.
  Error not_finite(NodeId id, const IndicatorName& ind, const std::string& ally, int year,
                   const Env& env) const;

  Result<double> fetch(const IndicatorName& ind, const std::string& ally, int year, const Env& env,
                       const Where& w);

  Result<std::vector<std::string>> members_of(const Name& g, int year, const Where& w);

  Result<Aggregate> aggregate(const IndicatorName& ind, const Name& g, int year, const Env& env,
                              const Where& w);

  // An ally's value, or a group's sum.
  Result<double> entity_value(const IndicatorName& ind, NodeId entity, int year, const Env& env,
                              Where w);

  // ------------------------------------------------------------------ values
  Result<int> year_of(NodeId id, const Env& env);

  Result<std::pair<int, int>> range_of(NodeId id, const Env& env);

  Result<double> num(NodeId id, const Env& env_in);

  Result<double> arith(const Arith& d, const Env& env);

  Result<double> series(const Series& d, const Env& env, NodeId id);

  Result<double> call(const Call& d, const Env& env, NodeId id);

  const IndicatorName& indicator(NodeId id) const {
    return *find_indicator(std::get<Name>(c_.at(id).data).id);
  }

  Name group_arg(const Call& d, std::size_t i) const {
    if (d.args.size() > i) return std::get<Name>(c_.at(d.args[i]).data);
    return Name{std::string(kDefaultGroup), std::nullopt};
  }

  Result<double> members(const Call& d, const Env& env, NodeId id);

  Result<double> count(const Call& d, const Env& env, NodeId id);

  Result<double> share(const Call& d, const Env& env, NodeId id);

  Result<double> change(FunctionId fn, const IndicatorName& ind, NodeId entity, NodeId range,
                        const Env& env, NodeId id);

  // ------------------------------------------------------------------ truth
  Result<bool> truth(NodeId id, const Env& env_in);

  Result<bool> meets(const Call& d, const Env& env, NodeId id);

  Result<bool> compare(const Compare& d, const Env& env, NodeId id);

  const Claim& c_;
  const DataContext& ctx_;
  const EvalOptions& opts_;
  Verdict v_;
  std::set<std::string> vintages_;
  int requests_ = 0;
};

}  // namespace fardeau::claims

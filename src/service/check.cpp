#include "service/check.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "claims/check.hpp"
#include "claims/diagnostic.hpp"
#include "claims/parser.hpp"
#include "claims/printer.hpp"
#include "claims/readings.hpp"
#include "service/claim_context.hpp"

namespace fardeau::service {
namespace {

Status validate_scope(const Scope& s) {
  if (s.membership != Membership::as_of)
    return make_error(ErrorCode::invalid_argument,
                      "claims write their membership on the group (europe-canada:current, "
                      "nato:as-of); --membership does not apply to check",
                      at_parameter("membership"));
  return ok_status();
}

// A reading that failed because the data lacks something (a value the edition does not
// publish, a year outside it) is "not checkable"; any other failure is the claim's fault.
bool is_data_gap(const Error& e) {
  return e.code == ErrorCode::unavailable || ClaimContext::is_coverage_error(e);
}

ReadingOutcome outcome_of(claims::ReadingChoices choices, std::string text, claims::Verdict v) {
  ReadingOutcome o;
  o.label = claims::label_en(choices);
  o.choices = std::move(choices);
  o.claim = std::move(text);
  o.checkable = true;
  o.holds = v.holds;
  o.value = v.left;
  o.compared_with = v.right;
  if (!v.comparisons.empty()) o.comparison = v.comparisons.front();
  o.comparisons = std::move(v.comparisons);
  o.vintages = std::move(v.vintages);
  o.uses_estimates = v.uses_estimates;
  o.trace = std::move(v.trace);
  return o;
}

Result<CheckResult> check_claim(const ClaimContext& ctx, const VintageInfo& def,
                                const CheckQuery& q, bool vintage_pinned_by_scope) {
  FARDEAU_TRY(claim, claims::parse(q.claim));
  if (auto st = claims::check(claim); !st) return st.error();

  CheckResult r;
  r.vintage = def;
  r.query = q;
  r.query.scope.vintage = def.id;
  r.claim = claims::to_source(claim);

  // As written (--as-written), only the years the claim itself leaves open (either) vary.
  claims::ReadingOptions opts;
  if (q.try_readings && !vintage_pinned_by_scope) opts.vintages = ctx.vintages();
  opts.vary_method = opts.vary_prices = opts.vary_membership = q.try_readings;
  std::vector<claims::Reading> readings = claims::readings(claim, opts);
  if (readings.size() <= 1) readings = {claims::Reading{{}, "as written", claim, r.claim, {}}};

  for (std::size_t i = 0; i < readings.size(); ++i) {
    const auto& rd = readings[i];
    auto v = claims::evaluate(rd.claim, ctx);
    if (v) {
      // A claim that reads no data (members(2018) = 29) means the same in every edition.
      if (i == 0 && v->vintages.empty() && readings.size() > 1) {
        r.readings.push_back(outcome_of({}, r.claim, std::move(*v)));
        break;
      }
      // The reading, not the claim, named the edition: say so in the steps.
      if (!claim.vintage && rd.claim.vintage && !v->trace.empty())
        if (auto* first = std::get_if<claims::VintageStep>(&v->trace.front());
            first && first->why == claims::VintageStep::Why::named)
          first->why = claims::VintageStep::Why::reading;
      r.readings.push_back(outcome_of(rd.choices, rd.text, std::move(*v)));
      continue;
    }
    const Error& e = v.error();
    const bool gap = is_data_gap(e);
    // Unknown names are wrong in every reading; other failures of the claim's own
    // reading are the claim's; a later reading may fail on its own data (a share of an
    // ally its edition does not publish) and is then only not checkable.
    if (!gap && (i == 0 || e.code == ErrorCode::not_found || e.code == ErrorCode::parse_error ||
                 e.code == ErrorCode::internal))
      return e;
    ReadingOutcome o;
    o.choices = rd.choices;
    o.label = rd.label;
    o.claim = rd.text;
    o.reason = e;
    r.readings.push_back(std::move(o));
  }

  for (std::size_t i = 0; i < r.readings.size(); ++i) {
    const auto& o = r.readings[i];
    if (!o.checkable) continue;
    ++r.checkable;
    if (o.holds) ++r.holding;
  }
  if (r.checkable == 0) {
    r.verdict = ClaimVerdict::not_checkable;
  } else if (r.holding == r.checkable) {
    r.verdict = ClaimVerdict::true_;
  } else if (r.holding == 0) {
    r.verdict = ClaimVerdict::false_;
  } else {
    r.verdict = ClaimVerdict::true_under_some_readings;
  }
  const bool want_holding = r.verdict == ClaimVerdict::true_under_some_readings;
  for (std::size_t i = 0; i < r.readings.size(); ++i) {
    const auto& o = r.readings[i];
    if (o.checkable && (!want_holding || o.holds)) {
      r.shown = i;
      break;
    }
  }
  // Among the editions of that same reading (same method, prices, membership), show the
  // one that reproduces the figure best: "41 billion" is cited from the 2019 edition
  // (+1.7%) rather than from the 2024 one that also rounds to it (+4%).
  if (want_holding && r.shown && *r.shown < readings.size()) {
    const auto off = [](const ReadingOutcome& o) {
      return o.compared_with != 0 ? std::abs(o.value / o.compared_with - 1.0) : std::abs(o.value);
    };
    const std::size_t first = *r.shown;
    for (std::size_t i = first + 1; i < r.readings.size() && i < readings.size(); ++i) {
      const auto& o = r.readings[i];
      if (o.checkable && o.holds &&
          readings[i].key_without_vintage == readings[first].key_without_vintage &&
          off(o) < off(r.readings[*r.shown]))
        r.shown = i;
    }
  }
  if (const auto* f = r.figure()) {
    for (const auto& id : f->vintages)
      if (const VintageInfo* info = ctx.info(id)) r.editions.push_back(*info);
  } else {
    // Not checkable: cite the editions tried, so the reader sees what was looked at.
    std::vector<std::string> tried;
    for (const auto& rd : readings) {
      std::string id = rd.claim.vintage ? rd.claim.vintage->id : def.id;
      if (std::find(tried.begin(), tried.end(), id) == tried.end()) tried.push_back(id);
    }
    for (const auto& id : tried)
      if (const VintageInfo* info = ctx.info(id)) r.editions.push_back(*info);
  }
  return r;
}

}  // namespace

const char* to_string(ClaimVerdict v) {
  switch (v) {
    case ClaimVerdict::true_:
      return "true";
    case ClaimVerdict::false_:
      return "false";
    case ClaimVerdict::true_under_some_readings:
      return "true under some readings";
    case ClaimVerdict::not_checkable:
      return "not checkable";
  }
  return "not checkable";
}

Result<CheckResult> check(const Engine& engine, const CheckQuery& q) {
  if (auto st = validate_scope(q.scope); !st) return st.error();
  ClaimContext ctx(engine, q.scope.vintage);
  FARDEAU_TRY(def_id, ctx.default_vintage());
  return check_claim(ctx, *ctx.info(def_id), q, q.scope.vintage.has_value());
}

Result<VintageInfo> check_edition(const Engine& engine, const Scope& scope) {
  if (auto st = validate_scope(scope); !st) return st.error();
  ClaimContext ctx(engine, scope.vintage);
  FARDEAU_TRY(def_id, ctx.default_vintage());
  return *ctx.info(def_id);
}

std::size_t CheckFileResult::count(ClaimVerdict v) const {
  return static_cast<std::size_t>(std::count_if(claims.begin(), claims.end(), [&](const auto& c) {
    return c.result && c.result->verdict == v;
  }));
}

std::size_t CheckFileResult::errors() const {
  return static_cast<std::size_t>(std::count_if(claims.begin(), claims.end(),
                                                [](const auto& c) { return c.error.has_value(); }));
}

Result<CheckFileResult> check_file(const Engine& engine, const CheckFileQuery& q) {
  if (auto st = validate_scope(q.scope); !st) return st.error();
  ClaimContext ctx(engine, q.scope.vintage);
  FARDEAU_TRY(def_id, ctx.default_vintage());
  FARDEAU_TRY(lines, parse_claims_file(q.text, q.source));
  CheckFileResult out;
  out.vintage = *ctx.info(def_id);
  out.query = q;
  out.query.text.clear();
  out.query.scope.vintage = def_id;
  for (auto& line : lines) {
    FileClaimOutcome c;
    c.line = std::move(line);
    CheckQuery one{q.scope, c.line.claim, q.explain, q.try_readings};
    auto r = check_claim(ctx, out.vintage, one, q.scope.vintage.has_value());
    if (r) {
      c.result = std::move(*r);
    } else {
      Error e = r.error();
      c.error_column = c.line.column;
      if (auto col = claims::error_column(e)) c.error_column = c.line.column + *col - 1;
      e.where = file_location(q.source, c.line, e);
      c.error = std::move(e);
    }
    out.claims.push_back(std::move(c));
  }
  return out;
}

}  // namespace fardeau::service

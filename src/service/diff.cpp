#include "service/diff.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "analysis/revision.hpp"
#include "core/target_rule.hpp"

namespace fardeau::service {
namespace {

struct Resolved {
  std::string id;
  std::optional<Measure> measure;
};

/// A published id of `d`, or a measure name / alias bound by `d` to one of its ids.
std::optional<Resolved> resolve_indicator(const Dataset& d, const std::string& name) {
  std::optional<Measure> m = measure_from_name(name);
  if (m) {
    if (const auto* b = d.info().binding(*m);
        b && !b->derived() && d.panel().has_indicator(b->indicator))
      return Resolved{b->indicator, m};
    return std::nullopt;
  }
  if (!d.panel().has_indicator(name)) return std::nullopt;
  for (const auto& b : d.info().measures)
    if (b.indicator == name && !b.derived() && b.scale == 1.0) m = b.measure;
  return Resolved{name, m};
}

Error unknown_indicator(const Dataset& d, const std::string& name) {
  std::string valid;
  for (const auto& ind : d.panel().indicators()) valid += (valid.empty() ? "" : ", ") + ind.id;
  return make_error(ErrorCode::not_found,
                    fmt::format("'{}' is not published by {}; valid: {} (or pct_gdp, "
                                "defexp_usd_current, defexp_usd_const, gdp_usd_current, "
                                "gdp_usd_const, equipment_share)",
                                name, d.info().id, valid),
                    at_parameter("indicator"));
}

/// The edition `id` names (an empty or unknown id is the engine's error, listing the valid
/// ids), with errors located at `flag` rather than --vintage.
Result<DatasetPtr> edition(const Engine& e, const std::string& id, const Location& flag) {
  auto d = e.dataset(id);
  if (!d) {
    Error err = d.error();
    if (err.where.is(Location::Kind::parameter) && err.where.parameter == "vintage")
      err.where = flag;
    return err;
  }
  return d;
}

}  // namespace

const char* to_string(DiffStatus s) {
  switch (s) {
    case DiffStatus::revised:
      return "revised";
    case DiffStatus::added:
      return "added";
    case DiffStatus::dropped:
      return "dropped";
  }
  return "revised";
}

Result<DiffResult> diff(const Engine& engine, const DiffQuery& q) {
  FARDEAU_TRY(reg, engine.allies());
  FARDEAU_TRY(a, edition(engine, q.from, at_parameter("from")));
  FARDEAU_TRY(b, edition(engine, q.to, at_parameter("to")));
  if (!std::isfinite(q.min_change) || q.min_change < 0)
    return make_error(ErrorCode::invalid_argument,
                      fmt::format("{} is not a valid threshold; expected 0 or more", q.min_change),
                      at_parameter("min_change"));
  auto ia = resolve_indicator(*a, q.indicator);
  if (!ia) return unknown_indicator(*a, q.indicator);
  auto ib = resolve_indicator(*b, q.indicator);
  if (!ib) return unknown_indicator(*b, q.indicator);

  // Constant prices of two base years are two series, not one series revised: every value
  // moves with the deflator's base. Say so instead of listing the whole table as revisions.
  if (const auto ba = constant_price_base(ia->id), bb = constant_price_base(ib->id);
      ba && bb && *ba != *bb)
    return make_error(ErrorCode::unavailable,
                      fmt::format("{} publishes {} at constant {} prices and {} at constant {} "
                                  "prices: a change of price base, not a revision of one series; "
                                  "compare current prices (defexp_usd_current, gdp_usd_current) "
                                  "or shares (pct_gdp) between these editions",
                                  a->info().id, ia->id, *ba, b->info().id, *bb),
                      at_parameter("indicator"));

  DiffResult r;
  r.from = a->info();
  r.to = b->info();
  r.query = q;
  r.query.from = a->info().id;
  r.query.to = b->info().id;
  r.from_indicator = ia->id;
  r.to_indicator = ib->id;
  for (const auto& ind : b->panel().indicators())
    if (ind.id == ib->id) r.unit = ind.unit;
  r.compliance = ia->measure == Measure::defexp_pct_gdp && ib->measure == Measure::defexp_pct_gdp;
  if (r.compliance) {
    auto t = check_target_pct(q.target_pct, at_parameter("target"));
    if (!t) return t.error();
  }

  auto [fa, la] = a->panel().year_range(ia->id);
  auto [fb, lb] = b->panel().year_range(ib->id);
  r.first_year = std::max(fa, fb);
  r.last_year = std::min(la, lb);
  if (r.first_year > r.last_year)
    return make_error(ErrorCode::unavailable,
                      fmt::format("{} ({}-{}) and {} ({}-{}) have no year of {} in common",
                                  a->info().id, fa, la, b->info().id, fb, lb, q.indicator),
                      at_parameter("indicator"));
  if (q.year) {
    if (*q.year < r.first_year || *q.year > r.last_year)
      return make_error(ErrorCode::out_of_coverage,
                        fmt::format("year {} is outside the years both editions cover ({}-{})",
                                    *q.year, r.first_year, r.last_year),
                        at_parameter("year"));
    r.first_year = r.last_year = *q.year;
  }

  const std::optional<double> target = r.compliance ? std::optional(q.target_pct) : std::nullopt;
  // Allies in registry order, then NATO's aggregate rows.
  std::vector<std::pair<std::string, const Ally*>> entities;
  for (const auto& ally : reg->all()) entities.emplace_back(ally.iso3, &ally);
  for (std::string_view agg : {kNatoEuropeCanada, kNatoTotal})
    if (a->panel().has_entity(agg) || b->panel().has_entity(agg))
      entities.emplace_back(agg, nullptr);

  for (const auto& [iso3, ally] : entities) {
    for (int y = r.first_year; y <= r.last_year; ++y) {
      auto va = a->panel().get(iso3, ia->id, y);
      auto vb = b->panel().get(iso3, ib->id, y);
      if (!va && !vb) continue;
      if (va && vb) ++r.compared;
      const auto rev =
          analysis::revise(va ? std::optional(va->value) : std::nullopt,
                           vb ? std::optional(vb->value) : std::nullopt, q.min_change, target);
      if (!rev) continue;
      DiffRow row{
          iso3,         ally, y, rev->status, va, vb, rev->change, rev->change_pct, rev->from_meets,
          rev->to_meets};
      if (rev->status == DiffStatus::revised) ++r.revised;
      if (rev->status == DiffStatus::added) ++r.added;
      if (rev->status == DiffStatus::dropped) ++r.dropped;
      if (rev->status_change()) ++r.status_changes;
      r.rows.push_back(std::move(row));
    }
  }
  return r;
}

}  // namespace fardeau::service

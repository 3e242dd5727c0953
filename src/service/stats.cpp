#include "service/stats.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "analysis/shares.hpp"
#include "core/group.hpp"

namespace fardeau::service {
namespace {

/// The allies of the alliance in `year`, with the membership rule of the scope.
Result<std::vector<const Ally*>> members_of(const AllyRegistry& reg, int year, Membership m) {
  return resolve_group(GroupSpec{GroupId::nato, {}}, reg, year, m);
}

struct YearRange {
  int from = 0, to = 0;
};

/// `from`/`to` defaulted to the span of `m` in the edition and checked against it.
Result<YearRange> resolve_range(const Dataset& d, Measure m, std::optional<int> from,
                                std::optional<int> to) {
  auto [first, last] = d.years(m);
  FARDEAU_TRY(f, resolve_year(d, m, from.value_or(first), at_parameter("from")));
  FARDEAU_TRY(t, resolve_year(d, m, to.value_or(last), at_parameter("to")));
  if (f > t)
    return make_error(ErrorCode::invalid_argument,
                      fmt::format("{} is after --to ({}); valid years in {}: {}-{}", f, t,
                                  d.info().id, first, last),
                      at_parameter("from"));
  return YearRange{f, t};
}

/// GDP for rankings and shares: current prices when the edition has them, else constant.
std::optional<Measure> gdp_of(const Dataset& d) {
  if (d.has(Measure::gdp_usd_current_m)) return Measure::gdp_usd_current_m;
  if (d.has(Measure::gdp_usd_const_m)) return Measure::gdp_usd_const_m;
  return std::nullopt;
}

Error no_gdp(const Dataset& d) {
  return make_error(ErrorCode::unavailable,
                    fmt::format("{} publishes no GDP, which this test needs; use an edition "
                                "with GDP (nato-2026, nato-2019, sipri-2025, wdi-2018)",
                                d.info().id),
                    at_parameter("vintage"));
}

/// Spending in US dollars at a price basis, or the error naming the flag to change.
Result<Measure> spending_of(const Dataset& d, PriceBasis basis) {
  if (d.has(spending_measure(basis))) return spending_measure(basis);
  return make_error(ErrorCode::unavailable,
                    fmt::format("{} publishes no defence spending in US dollars at {} prices; {}",
                                d.info().id, to_string(basis), d.info().notes),
                    d.has(spending_measure(basis == PriceBasis::current ? PriceBasis::constant
                                                                        : PriceBasis::current))
                        ? at_parameter("basis")
                        : at_parameter("vintage"));
}

/// What every statistics query loads first: the ally registry and the edition.
struct StatsData {
  const AllyRegistry* reg = nullptr;
  DatasetPtr d;
};

Result<StatsData> stats_data(const Engine& engine, const StatsScope& s) {
  FARDEAU_TRY(reg, engine.allies());
  FARDEAU_TRY(d, stats_dataset(engine, s));
  return StatsData{reg, d};
}

/// `r` naming its edition, its query's scope and definition resolved to it.
template <typename R, typename Q>
void resolve_scope(R& r, const Q& q, const Dataset& d) {
  r.vintage = d.info();
  r.query = q;
  r.query.stats.scope.vintage = d.info().id;
  r.query.stats.definition = d.info().family;
}

Error too_few(const Dataset& d, std::size_t n, std::size_t min_n, int year, const Location& param,
              std::string_view what) {
  return make_error(ErrorCode::invalid_argument,
                    fmt::format("{}: only {} allies with {} in {} ({} needed for this statistic)",
                                year, n, what, d.info().id, min_n),
                    param);
}

/// The error when no year of `r` could be tested: one year is "too few allies", a longer
/// range "no year has enough".
Error nothing_tested(const Dataset& d, YearRange r, const std::vector<SkippedYear>& skipped,
                     std::size_t min_n, std::string_view what) {
  if (r.from == r.to)
    return too_few(d, skipped.empty() ? 0 : skipped.front().n, min_n, r.from, at_parameter("from"),
                   what);
  return make_error(ErrorCode::invalid_argument,
                    fmt::format("no year in {}-{} has {} allies with {} in {}", r.from, r.to, min_n,
                                what, d.info().id),
                    at_parameter("from"));
}

}  // namespace

Result<DatasetPtr> stats_dataset(const Engine& engine, const StatsScope& s) {
  const std::string& def = s.definition;
  if (!def.empty() && def != "nato" && def != "sipri")
    return make_error(ErrorCode::invalid_argument,
                      fmt::format("unknown definition '{}'; valid: nato (NATO defence "
                                  "expenditure, {}), sipri (SIPRI military expenditure, {})",
                                  def, kDefaultVintage, kSipriVintage),
                      at_parameter("definition"));
  if (s.scope.vintage) {
    FARDEAU_TRY(d, engine.dataset(*s.scope.vintage));
    if (!def.empty() && d->info().family != def)
      return make_error(ErrorCode::invalid_argument,
                        fmt::format("--definition {} contradicts --vintage {} (a {} edition); "
                                    "give one of them",
                                    def, d->info().id, d->info().family),
                        at_parameter("definition"));
    return d;
  }
  return engine.dataset(def == "sipri" ? kSipriVintage : kDefaultVintage);
}

// ---- exploitation -----------------------------------------------------------------------

Result<ExploitationResult> exploitation(const Engine& engine, const ExploitationQuery& q) {
  FARDEAU_TRY(data, stats_data(engine, q.stats));
  const auto& [reg, d] = data;
  const auto gdp_m = gdp_of(*d);
  if (!gdp_m) return no_gdp(*d);
  // Burden: the edition's own % of GDP (NATO computes it on constant-price GDP); else
  // spending / GDP at current prices.
  const bool published = d->has(Measure::defexp_pct_gdp);
  if (!published && !d->has(Measure::defexp_usd_current_m))
    return spending_of(*d, PriceBasis::current).error();
  const Measure burden_m = published ? Measure::defexp_pct_gdp : Measure::defexp_usd_current_m;
  FARDEAU_TRY(range, resolve_range(*d, burden_m, q.from, q.to));
  ExploitationResult r;
  resolve_scope(r, q, *d);
  r.query.from = range.from;
  r.query.to = range.to;
  r.gdp_measure = to_string(*gdp_m);
  r.burden_source = published ? "published" : "computed";

  for (int year = range.from; year <= range.to; ++year) {
    FARDEAU_TRY(members, members_of(*reg, year, q.stats.scope.membership));
    ExploitationYear y = analysis::exploitation_sample(*d, members, year, *gdp_m, published);
    if (auto why = analysis::test_exploitation(y, *d, kStatsMinAllies)) {
      r.skipped.push_back({year, y.allies.size(), *why});
      continue;
    }
    r.years.push_back(std::move(y));
  }
  if (r.years.empty())
    return nothing_tested(*d, range, r.skipped, kStatsMinAllies, "GDP and % of GDP");
  return r;
}

// ---- concordance ------------------------------------------------------------------------

Result<BenefitProxy> parse_benefit_proxy(std::string_view s) {
  if (s == "gdp") return BenefitProxy::gdp;
  if (s == "population") return BenefitProxy::population;
  if (s == "mixed") return BenefitProxy::mixed;
  return make_error(ErrorCode::invalid_argument,
                    fmt::format("unknown benefit proxy '{}'; valid: gdp, population, mixed "
                                "(average of the GDP and population shares)",
                                s),
                    at_parameter("benefit"));
}

const char* to_string(BenefitProxy b) {
  switch (b) {
    case BenefitProxy::gdp:
      return "gdp";
    case BenefitProxy::population:
      return "population";
    case BenefitProxy::mixed:
      return "mixed";
  }
  return "gdp";
}

Result<ConcordanceResult> concordance(const Engine& engine, const ConcordanceQuery& q) {
  FARDEAU_TRY(data, stats_data(engine, q.stats));
  const auto& [reg, d] = data;
  const PriceBasis basis = PriceBasis::current;
  FARDEAU_TRY(spend_m, spending_of(*d, basis));
  const bool need_gdp = q.benefit != BenefitProxy::population;
  const bool need_pop = q.benefit != BenefitProxy::gdp;
  const auto gdp_m = gdp_of(*d);
  if (need_gdp && !gdp_m) return no_gdp(*d);
  if (need_pop && !d->has(Measure::population_k))
    return make_error(ErrorCode::unavailable,
                      fmt::format("{} publishes no population; use --benefit gdp", d->info().id),
                      at_parameter("benefit"));
  FARDEAU_TRY(year, resolve_year(*d, spend_m, q.year, at_parameter("year")));
  FARDEAU_TRY(members, members_of(*reg, year, q.stats.scope.membership));

  ConcordanceResult r;
  resolve_scope(r, q, *d);
  r.query.year = year;
  r.basis = basis;
  r.members = members.size();
  std::vector<double> spend, gdp, pop;
  for (const Ally* a : members) {
    auto s = d->get(a->iso3, spend_m, year);
    std::optional<Observation> g, p;
    if (need_gdp) g = d->get(a->iso3, *gdp_m, year);
    if (need_pop) p = d->get(a->iso3, Measure::population_k, year);
    if (!a->has_armed_forces || !s || (need_gdp && (!g || g->value <= 0)) ||
        (need_pop && (!p || p->value <= 0))) {
      r.excluded.push_back(a->iso3);
      continue;
    }
    ConcordanceRow row;
    row.ally = a;
    row.defexp_usd_m = s->value;
    row.estimate = s->estimate || (g && g->estimate) || (p && p->estimate);
    r.rows.push_back(row);
    spend.push_back(s->value);
    gdp.push_back(g ? g->value : 0.0);
    pop.push_back(p ? p->value : 0.0);
  }
  if (r.rows.size() < kStatsMinAllies)
    return too_few(*d, r.rows.size(), kStatsMinAllies, year, at_parameter("year"),
                   need_pop
                       ? (need_gdp ? "spending, GDP and population" : "spending and population")
                       : "spending and GDP");
  // Shares over the allies kept, so that every share column sums to 100.
  const auto spend_sh = analysis::shares_pct(spend), gdp_sh = analysis::shares_pct(gdp),
             pop_sh = analysis::shares_pct(pop);
  std::vector<double> benefit;
  for (std::size_t i = 0; i < r.rows.size(); ++i) {
    auto& row = r.rows[i];
    row.defexp_share_pct = spend_sh[i];
    if (need_gdp) row.gdp_share_pct = gdp_sh[i];
    if (need_pop) row.population_share_pct = pop_sh[i];
    row.benefit_share_pct = q.benefit == BenefitProxy::gdp          ? gdp_sh[i]
                            : q.benefit == BenefitProxy::population ? pop_sh[i]
                                                                    : (gdp_sh[i] + pop_sh[i]) / 2.0;
    row.difference_pp = row.defexp_share_pct - row.benefit_share_pct;
    if (row.difference_pp > 0) ++r.count_above;
    benefit.push_back(row.benefit_share_pct);
  }
  FARDEAU_TRY(w,
              analysis::wilcoxon_signed_rank(spend_sh, benefit, {analysis::Alternative::greater}));
  r.wilcoxon = w;
  const std::vector<std::vector<double>> ratings{spend_sh, benefit};
  FARDEAU_TRY(kw, analysis::kendall_w(ratings));
  r.kendall_w = kw;
  std::stable_sort(r.rows.begin(), r.rows.end(),
                   [](const auto& x, const auto& y) { return x.defexp_usd_m > y.defexp_usd_m; });
  return r;
}

// ---- concentration ----------------------------------------------------------------------

Result<ConcentrationResult> concentration(const Engine& engine, const ConcentrationQuery& q) {
  FARDEAU_TRY(data, stats_data(engine, q.stats));
  const auto& [reg, d] = data;
  FARDEAU_TRY(spend_m, spending_of(*d, q.basis));
  FARDEAU_TRY(range, resolve_range(*d, spend_m, q.from, q.to));
  ConcentrationResult r;
  resolve_scope(r, q, *d);
  r.query.from = range.from;
  r.query.to = range.to;
  for (int year = range.from; year <= range.to; ++year) {
    FARDEAU_TRY(members, members_of(*reg, year, q.stats.scope.membership));
    ConcentrationYear y;
    y.year = year;
    y.members = members.size();
    std::vector<double> spend;
    std::vector<const Ally*> kept;
    for (const Ally* a : members) {
      auto s = d->get(a->iso3, spend_m, year);
      if (!a->has_armed_forces || !s || s->value < 0) {
        y.excluded.push_back(a->iso3);
        continue;
      }
      spend.push_back(s->value);
      kept.push_back(a);
      y.total_defexp_usd_m += s->value;
    }
    y.n = spend.size();
    if (y.n < kConcentrationMinAllies) {
      r.skipped.push_back(
          {year, y.n,
           fmt::format("{} allies with spending, {} needed", y.n, kConcentrationMinAllies)});
      continue;
    }
    auto h = analysis::hhi(spend);
    auto g = analysis::gini(spend);
    if (!h || !g) {
      r.skipped.push_back({year, y.n, (!h ? h.error() : g.error()).message});
      continue;
    }
    y.hhi = *h;
    y.gini = *g;
    for (std::size_t i = 0; i < kept.size(); ++i) {
      const double share = analysis::share_pct(spend[i], y.total_defexp_usd_m);
      if (kept[i]->iso3 == kReferenceAllyIso3) y.us_share_pct = share;
      if (share > y.largest_share_pct) {
        y.largest_share_pct = share;
        y.largest_iso3 = kept[i]->iso3;
      }
    }
    r.years.push_back(std::move(y));
  }
  if (r.years.empty())
    return nothing_tested(*d, range, r.skipped, kConcentrationMinAllies, "spending");
  return r;
}

// ---- fair share -------------------------------------------------------------------------

Result<FairShareResult> fair_share(const Engine& engine, const FairShareQuery& q) {
  FARDEAU_TRY(data, stats_data(engine, q.stats));
  const auto& [reg, d] = data;
  FARDEAU_TRY(spend_m, spending_of(*d, q.basis));
  if (q.by == analysis::ShareBase::population && !d->has(Measure::population_k))
    return make_error(ErrorCode::unavailable,
                      fmt::format("{} publishes no population; use --by gdp", d->info().id),
                      at_parameter("by"));
  if (q.by == analysis::ShareBase::gdp && !gdp_of(*d)) return no_gdp(*d);
  FARDEAU_TRY(year, resolve_year(*d, spend_m, q.year, at_parameter("year")));
  FARDEAU_TRY(members, members_of(*reg, year, q.stats.scope.membership));
  FairShareResult r;
  resolve_scope(r, q, *d);
  r.query.year = year;
  r.members = members.size();
  r.shares = analysis::shares(*d, members, year, q.basis, q.by);
  // analysis::shares drops allies without armed forces silently: list them with the missing.
  for (const Ally* a : members)
    if (!a->has_armed_forces) r.shares.missing.push_back(a->iso3);
  std::sort(r.shares.missing.begin(), r.shares.missing.end());
  if (r.shares.rows.size() < kConcentrationMinAllies)
    return too_few(
        *d, r.shares.rows.size(), kConcentrationMinAllies, year, at_parameter("year"),
        q.by == analysis::ShareBase::gdp ? "spending and GDP" : "spending and population");
  std::stable_sort(r.shares.rows.begin(), r.shares.rows.end(),
                   [](const auto& x, const auto& y) { return x.ratio > y.ratio; });
  for (const auto& row : r.shares.rows)
    if (row.ratio > 1.0) ++r.count_above;
  return r;
}

}  // namespace fardeau::service

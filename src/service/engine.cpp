#include "service/engine.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "analysis/burden_report.hpp"
#include "analysis/change.hpp"
#include "core/target_rule.hpp"
#include "embedded_editions.hpp"
#include "io/builtin_reference.hpp"
#include "io/members_loader.hpp"
#include "io/vintage_catalogue.hpp"
#include "io/vintage_loader.hpp"

namespace fardeau::service {
namespace {

std::string vintage_ids(const std::vector<VintageInfo>& infos) {
  std::string s;
  for (const auto& v : infos) s += (s.empty() ? "" : ", ") + v.id;
  return s;
}

Status require(const Dataset& d, Measure m, std::string_view what) {
  if (d.has(m)) return ok_status();
  return make_error(
      ErrorCode::unavailable,
      fmt::format("{} publishes no {} ({}); {}", d.info().id, what, to_string(m), d.info().notes),
      at_parameter("vintage"));
}

Result<double> target(double pct, const Location& param) { return check_target_pct(pct, param); }

/// What every one-year query over a group resolves first: the edition, the year (checked
/// against the years of `m`; `what` names `m` when the edition must publish it), the
/// group and its members that year.
struct GroupYear {
  const AllyRegistry* reg = nullptr;
  DatasetPtr d;
  int year = 0;
  GroupSpec group;
  std::vector<const Ally*> members;
};

Result<GroupYear> group_year(const Engine& e, const Scope& scope, std::optional<int> year,
                             std::string_view group, Measure m, std::string_view what = {}) {
  FARDEAU_TRY(reg, e.allies());
  FARDEAU_TRY(d, e.dataset(scope));
  if (!what.empty())
    if (auto st = require(*d, m, what); !st) return st.error();
  FARDEAU_TRY(y, resolve_year(*d, m, year, at_parameter("year")));
  FARDEAU_TRY(g, parse_group(group, *reg));
  auto members = resolve_group(g, *reg, y, scope.membership);
  return GroupYear{reg, d, y, std::move(g), std::move(members)};
}

/// `r` with its query's defaults resolved: the year and the edition answered from.
template <typename R>
R resolved(R r, int year, const Dataset& d) {
  r.query.year = year;
  r.query.scope.vintage = d.info().id;
  return r;
}

}  // namespace

Engine::Engine(io::DataSource source, std::shared_ptr<const VintageProvider> imported)
    : source_(std::move(source)), imported_(std::move(imported)) {}

Result<const AllyRegistry*> Engine::allies() const {
  std::lock_guard lock(mu_);
  if (!allies_) {
    auto reg = source_.is_embedded() ? io::embedded_allies() : io::load_allies(source_);
    if (!reg) return reg.error();
    allies_ = std::make_unique<AllyRegistry>(std::move(*reg));
  }
  return allies_.get();
}

Result<const std::vector<VintageInfo>*> Engine::builtin_infos() const {
  if (source_.is_embedded()) return io::embedded_vintage_catalogue();
  std::lock_guard lock(mu_);
  if (!catalogue_) {
    auto loaded = io::load_vintage_catalogue(source_);
    if (!loaded) return loaded.error();
    catalogue_ = std::make_unique<std::vector<VintageInfo>>(std::move(*loaded));
  }
  return catalogue_.get();
}

Result<std::vector<VintageInfo>> Engine::all_vintage_infos() const {
  FARDEAU_TRY(builtins, builtin_infos());
  std::vector<VintageInfo> infos = *builtins;
  if (imported_) {
    FARDEAU_TRY(more, imported_->list());
    for (auto& v : more) infos.push_back(std::move(v));
  }
  return infos;
}

std::vector<VintageInfo> Engine::vintage_infos() const {
  auto all = all_vintage_infos();
  if (all) return std::move(*all);
  auto builtins = builtin_infos();
  return builtins ? **builtins : std::vector<VintageInfo>{};
}

Result<DatasetPtr> Engine::dataset(const Scope& scope) const {
  return dataset(scope.vintage ? std::string_view(*scope.vintage) : kDefaultVintage);
}

Result<DatasetPtr> Engine::dataset(std::string_view id) const {
  if (id.empty()) {
    // `--vintage ""` (an unset shell variable) is a mistake, not a request for the default.
    FARDEAU_TRY(infos, all_vintage_infos());
    return make_error(ErrorCode::invalid_argument,
                      fmt::format("an empty value is not a vintage; valid: {}", vintage_ids(infos)),
                      fmt::format("une valeur vide n’est pas une édition\u00a0; valides\u00a0: {}",
                                  vintage_ids(infos)),
                      at_parameter("vintage"));
  }
  {
    std::lock_guard lock(mu_);
    if (auto it = datasets_.find(id); it != datasets_.end()) return it->second;
  }
  FARDEAU_TRY(catalogue, builtin_infos());
  const auto& builtins = *catalogue;
  auto info =
      std::find_if(builtins.begin(), builtins.end(), [&](const auto& v) { return v.id == id; });
  if (info == builtins.end()) {
    // Not built in: an imported edition, if the store has it.
    FARDEAU_TRY(infos, all_vintage_infos());
    if (std::none_of(infos.begin(), infos.end(), [&](const auto& v) { return v.id == id; }))
      return make_error(
          ErrorCode::not_found,
          fmt::format("unknown vintage '{}'; valid: {}", id, vintage_ids(infos)),
          fmt::format("édition inconnue '{}'\u00a0; valides\u00a0: {}", id, vintage_ids(infos)),
          at_parameter("vintage"));
    auto imported = imported_->load(id);
    if (!imported) return imported.error();
    auto ptr = std::make_shared<const Dataset>(std::move(*imported));
    std::lock_guard lock(mu_);
    return datasets_.emplace(std::string(id), ptr).first->second;
  }
  // The embedded editions are read in place from their build-time image; a --data folder
  // is parsed as CSV.
  auto loaded = source_.is_embedded() ? io::load_vintage_image(*info, embedded::edition_image())
                                      : io::load_vintage(*info, source_);
  if (!loaded) return loaded.error();
  auto ptr = std::make_shared<const Dataset>(std::move(*loaded));
  std::lock_guard lock(mu_);
  auto [it, inserted] = datasets_.emplace(std::string(id), ptr);
  return it->second;
}

Result<int> resolve_year(const Dataset& d, Measure m, std::optional<int> year,
                         const Location& param) {
  auto [first, last] = d.years(m);
  if (first == 0)
    return make_error(
        ErrorCode::unavailable, fmt::format("{} publishes no {}", d.info().id, to_string(m)),
        fmt::format("{} ne publie pas {}", d.info().id, to_string(m)), at_parameter("vintage"));
  if (!year) return last;
  if (*year < first || *year > last)
    return make_error(ErrorCode::out_of_coverage,
                      fmt::format("year {} is outside {} ({}-{} for {})", *year, d.info().id, first,
                                  last, to_string(m)),
                      fmt::format("l’année {} est hors de {} ({}-{} pour {})", *year, d.info().id,
                                  first, last, to_string(m)),
                      param);
  return *year;
}

Result<VintagesResult> Engine::vintages() const {
  VintagesResult r;
  r.default_vintage = std::string(kDefaultVintage);
  FARDEAU_TRY(infos, all_vintage_infos());
  for (const auto& info : infos) {
    FARDEAU_TRY(d, dataset(info.id));
    VintageRow row{info, 0, 0, {}};
    std::tie(row.first_year, row.last_year) = d->span();
    for (const auto& ind : d->panel().indicators()) row.indicators.push_back(ind.id);
    r.rows.push_back(std::move(row));
  }
  return r;
}

Result<IndicatorsResult> Engine::indicators(const Scope& scope) const {
  FARDEAU_TRY(d, dataset(scope));
  IndicatorsResult r{d->info(), {}};
  for (const auto& ind : d->panel().indicators()) {
    IndicatorRow row{ind, 0, 0, {}};
    std::tie(row.first_year, row.last_year) = d->panel().year_range(ind.id);
    for (const auto& b : d->info().measures)
      if (b.indicator == ind.id) row.measures.push_back(to_string(b.measure));
    r.rows.push_back(std::move(row));
  }
  return r;
}

Result<AlliesResult> Engine::allies(const AlliesQuery& q) const {
  FARDEAU_TRY(reg, allies());
  FARDEAU_TRY(d, dataset(q.scope));
  AlliesResult r{d->info(), q, 0, {}};
  std::optional<int> year;
  if (q.year) {
    FARDEAU_TRY(y, resolve_year(*d, Measure::defexp_pct_gdp, q.year, at_parameter("year")));
    year = y;
  }
  for (const auto& a : reg->all()) {
    AllyRow row{&a, true, false};
    if (year) row.member = q.scope.membership == Membership::current || a.member_in(*year);
    for (int y = year.value_or(d->span().first); y <= year.value_or(d->span().second); ++y)
      row.reporting = row.reporting || d->get(a.iso3, Measure::defexp_pct_gdp, y).has_value();
    if (row.member) ++r.members;
    if (row.member || q.all) r.rows.push_back(row);
  }
  return r;
}

Result<ReportResult> Engine::report(const ReportQuery& q) const {
  FARDEAU_TRY(reg, allies());
  FARDEAU_TRY(d, dataset(q.scope));
  FARDEAU_TRY(year, resolve_year(*d, Measure::defexp_pct_gdp, q.year, at_parameter("year")));
  return resolved(
      ReportResult{d->info(), q, analysis::burden_report(*d, *reg, year, q.scope.membership)}, year,
      *d);
}

Result<ComplianceResultSet> Engine::compliance(const ComplianceQuery& q) const {
  FARDEAU_TRY(g, group_year(*this, q.scope, q.year, q.group, Measure::defexp_pct_gdp));
  FARDEAU_TRY(t, target(q.target_pct, at_parameter("target")));
  const Dataset& d = *g.d;
  ComplianceResultSet r{d.info(),
                        q,
                        g.group,
                        analysis::compliance(d, g.members, g.year, Measure::defexp_pct_gdp, t),
                        {}};
  if (q.equipment_pct) {
    FARDEAU_TRY(eq, target(*q.equipment_pct, at_parameter("equipment")));
    auto st = require(d, Measure::equipment_share_pct, "equipment share");
    if (!st) return st.error();
    r.equipment = analysis::compliance(d, g.members, g.year, Measure::equipment_share_pct, eq);
  }
  return resolved(std::move(r), g.year, d);
}

Result<GapResultSet> Engine::gap(const GapQuery& q) const {
  FARDEAU_TRY(g, group_year(*this, q.scope, q.year, q.group, Measure::defexp_pct_gdp));
  FARDEAU_TRY(t, target(q.target_pct, at_parameter("target")));
  const Dataset& d = *g.d;
  if (!d.has(gdp_measure(q.basis))) {
    const PriceBasis other =
        q.basis == PriceBasis::current ? PriceBasis::constant : PriceBasis::current;
    if (d.has(gdp_measure(other)))
      return make_error(ErrorCode::unavailable,
                        fmt::format("{} publishes no GDP at {} prices; use --basis {}", d.info().id,
                                    to_string(q.basis), to_string(other)),
                        at_parameter("basis"));
    return make_error(ErrorCode::unavailable,
                      fmt::format("{} publishes no GDP, so gaps cannot be priced; {}", d.info().id,
                                  d.info().notes),
                      at_parameter("vintage"));
  }
  return resolved(
      GapResultSet{d.info(), q, g.group, analysis::gap_to_target(d, g.members, g.year, t, q.basis)},
      g.year, d);
}

Result<SharesResultSet> Engine::shares(const SharesQuery& q) const {
  FARDEAU_TRY(g, group_year(*this, q.scope, q.year, q.group, spending_measure(q.basis),
                            "spending in US dollars"));
  const Dataset& d = *g.d;
  if (q.by == analysis::ShareBase::population) {
    auto pst = require(d, Measure::population_k, "population");
    if (!pst) return pst.error();
  } else if (!d.has(Measure::gdp_usd_current_m) && !d.has(Measure::gdp_usd_const_m)) {
    return make_error(ErrorCode::unavailable, d.info().id + " publishes no GDP",
                      at_parameter("by"));
  }
  return resolved(
      SharesResultSet{d.info(), q, g.group, analysis::shares(d, g.members, g.year, q.basis, q.by)},
      g.year, d);
}

Result<TrendResultSet> Engine::trend(const TrendQuery& q) const {
  FARDEAU_TRY(reg, allies());
  FARDEAU_TRY(d, dataset(q.scope));
  auto st = require(*d, spending_measure(q.basis), "spending in US dollars at that basis");
  if (!st) return st.error();
  auto [first, last] = d->years(spending_measure(q.basis));
  FARDEAU_TRY(from, resolve_year(*d, spending_measure(q.basis), q.from.value_or(first),
                                 at_parameter("from")));
  FARDEAU_TRY(to,
              resolve_year(*d, spending_measure(q.basis), q.to.value_or(last), at_parameter("to")));
  if (from >= to)
    return make_error(ErrorCode::invalid_argument,
                      fmt::format("{} must be before --to ({})", from, to), at_parameter("from"));
  FARDEAU_TRY(group, parse_group(q.group, *reg));
  TrendResultSet r{d->info(), q, group,
                   analysis::trend(*d, *reg, group, q.scope.membership, from, to, q.basis)};
  r.query.from = from;
  r.query.to = to;
  r.query.scope.vintage = d->info().id;
  return r;
}

namespace {

/// An ally or one of NATO's aggregate rows, by code or name.
Result<SeriesLine> series_entity(const AllyRegistry& reg, const std::string& key) {
  if (key == kNatoTotal || key == kNatoEuropeCanada)
    return SeriesLine{key,
                      key == kNatoTotal ? "NATO Total" : "NATO Europe and Canada",
                      key == kNatoTotal ? "Total OTAN" : "Europe de l'OTAN et Canada",
                      {}};
  const Ally* a = reg.find(key);
  if (!a)
    return make_error(ErrorCode::not_found,
                      fmt::format("unknown ally '{}'; valid: {}, NATO_TOTAL, NATO_EUR_CAN", key,
                                  reg.codes_list()),
                      at_parameter("ally"));
  return SeriesLine{a->iso3, a->name_en, a->name_fr, {}};
}

/// "POL,DEU,USA" -> the entities, in order; an empty item or one named twice is refused.
Result<std::vector<SeriesLine>> series_entities(const AllyRegistry& reg, const std::string& list) {
  std::vector<SeriesLine> out;
  if (list.find(',') == std::string::npos) {  // one entity: its own message when unknown
    FARDEAU_TRY(line, series_entity(reg, list));
    out.push_back(std::move(line));
    return out;
  }
  std::size_t at = 0;
  while (true) {
    const std::size_t comma = list.find(',', at);
    const std::string key = list.substr(at, comma == std::string::npos ? comma : comma - at);
    if (key.empty())
      return make_error(ErrorCode::invalid_argument,
                        fmt::format("empty ally in '{}'; expected codes separated by commas, "
                                    "e.g. POL,DEU,USA",
                                    list),
                        at_parameter("ally"));
    FARDEAU_TRY(line, series_entity(reg, key));
    for (const auto& seen : out)
      if (seen.iso3 == line.iso3)
        return make_error(ErrorCode::invalid_argument,
                          fmt::format("{} is named twice in '{}'", line.iso3, list),
                          at_parameter("ally"));
    out.push_back(std::move(line));
    if (comma == std::string::npos) return out;
    at = comma + 1;
  }
}

/// Each point's % change from the line's value in `base` (which must be published).
Status add_changes(SeriesLine& line, const Dataset& d, const std::string& id, int base) {
  auto b = d.panel().get(line.iso3, id, base);
  if (!b || b->value == 0)
    return make_error(ErrorCode::unavailable,
                      fmt::format("{} publishes no {} for {} in {}, the year to compare with",
                                  d.info().id, id, line.iso3, base),
                      at_parameter("change_from"));
  for (auto& p : line.points) p.change_pct = analysis::pct_change(b->value, p.obs.value);
  return ok_status();
}

}  // namespace

Result<SeriesResult> Engine::series(const SeriesQuery& q) const {
  FARDEAU_TRY(reg, allies());
  FARDEAU_TRY(d, dataset(q.scope));
  FARDEAU_TRY(lines, series_entities(*reg, q.entity));
  SeriesResult r{d->info(), q, {}, {}, std::move(lines)};
  // Indicator: a published id, a measure name, or a short alias of a measure.
  std::string id = q.indicator;
  if (!d->panel().has_indicator(id))
    if (auto m = measure_from_name(id))
      if (const auto* b = d->info().binding(*m); b && !b->derived()) id = b->indicator;
  if (!d->panel().has_indicator(id)) {
    std::string valid;
    for (const auto& ind : d->panel().indicators()) valid += (valid.empty() ? "" : ", ") + ind.id;
    return make_error(ErrorCode::not_found,
                      fmt::format("unknown indicator '{}' in {}; valid: {} (or pct_gdp, "
                                  "defexp_usd_current, defexp_usd_const, gdp_usd_current, "
                                  "gdp_usd_const, equipment_share)",
                                  q.indicator, d->info().id, valid),
                      at_parameter("indicator"));
  }
  r.indicator = id;
  for (const auto& ind : d->panel().indicators())
    if (ind.id == id) r.unit = ind.unit;
  auto [first, last] = d->panel().year_range(id);
  int from = q.from.value_or(first), to = q.to.value_or(last);
  if (from > to)
    return make_error(ErrorCode::invalid_argument, fmt::format("{} is after --to ({})", from, to),
                      at_parameter("from"));
  if (q.change_from && (*q.change_from < first || *q.change_from > last))
    return make_error(ErrorCode::out_of_coverage,
                      fmt::format("{} is outside the years of {} in {}: {}-{}", *q.change_from, id,
                                  d->info().id, first, last),
                      at_parameter("change_from"));
  for (auto& line : r.lines) {
    for (int y = from; y <= to; ++y)
      if (auto obs = d->panel().get(line.iso3, id, y)) line.points.push_back({y, *obs, {}});
    if (line.points.empty())
      return make_error(
          ErrorCode::unavailable,
          fmt::format("{} publishes no {} for {} in {}-{}", d->info().id, id, line.iso3, from, to),
          at_parameter("ally"));
    if (q.change_from)
      if (auto st = add_changes(line, *d, id, *q.change_from); !st) return st.error();
  }
  r.query.scope.vintage = d->info().id;
  return r;
}

}  // namespace fardeau::service

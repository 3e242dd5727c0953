#include "service/scenario.hpp"

#include <cmath>

#include <fmt/format.h>

#include "analysis/shares.hpp"
#include "core/target_rule.hpp"

namespace fardeau::service {
namespace {

std::string preset_ids() {
  std::string s;
  for (const auto& p : analysis::scenario_presets())
    s += (s.empty() ? "" : ", ") + std::string(p.id);
  return s;
}

Result<std::optional<double>> parse_growth(const std::string& text) {
  if (text.empty() || text == "trend") return std::optional<double>{};
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  if (end == text.c_str() || *end != '\0' || !std::isfinite(v) || v < -50.0 || v > 50.0)
    return make_error(
        ErrorCode::invalid_argument,
        fmt::format("'{}' is not a growth rate; valid: trend, or a number of % a year "
                    "between -50 and 50",
                    text),
        at_parameter("gdp_growth"));
  return std::optional<double>{v};
}

Status require_measure(const Dataset& d, Measure m) {
  if (d.has(m)) return ok_status();
  return make_error(ErrorCode::unavailable,
                    fmt::format("{} publishes no {}, which scenarios need; {}", d.info().id,
                                to_string(m), d.info().notes),
                    fmt::format("{} ne publie pas {}, dont les scénarios ont besoin\u00a0; {}",
                                d.info().id, to_string(m), d.info().notes),
                    at_parameter("vintage"));
}

Result<int> year_in(const Dataset& d, int year, const Location& flag) {
  auto [first, last] = d.years(Measure::defexp_pct_gdp);
  if (year < first || year > last)
    return make_error(
        ErrorCode::out_of_coverage,
        fmt::format("base year {} is outside {} ({}-{})", year, d.info().id, first, last),
        fmt::format("l’année de base {} est hors de {} ({}-{})", year, d.info().id, first, last),
        flag);
  return year;
}

}  // namespace

Result<ResolvedScenario> resolve_scenario(const Engine& engine, const ScenarioQuery& q) {
  FARDEAU_TRY(reg, engine.allies());
  FARDEAU_TRY(d, engine.dataset(q.scope));
  for (Measure m : {Measure::defexp_pct_gdp, Measure::defexp_usd_current_m,
                    Measure::defexp_usd_const_m, Measure::gdp_usd_const_m}) {
    auto st = require_measure(*d, m);
    if (!st) return st.error();
  }
  const analysis::ScenarioPreset* preset = nullptr;
  if (!q.preset.empty()) {
    preset = analysis::find_preset(q.preset);
    if (!preset)
      return make_error(ErrorCode::not_found,
                        fmt::format("unknown preset '{}'; valid: {}", q.preset, preset_ids()),
                        at_parameter("preset"));
  }
  ResolvedScenario r;
  r.dataset = d;
  r.query = q;
  analysis::ScenarioSpec& s = r.spec;
  FARDEAU_TRY(target, check_target_pct(q.target_pct.value_or(preset ? preset->target_pct : 2.0),
                                       at_parameter("target")));
  s.target_pct = target;
  const int latest = d->years(Measure::defexp_pct_gdp).second;
  Location from_flag = at_parameter("from");
  if (q.from) {
    s.from_year = *q.from;
  } else if (q.year) {
    s.from_year = *q.year;
    from_flag = at_parameter("year");
  } else if (preset && preset->from_year) {
    s.from_year = *preset->from_year;
    from_flag = at_parameter("preset");
  } else {
    s.from_year = latest;
  }
  FARDEAU_TRY(from, year_in(*d, s.from_year, from_flag));
  (void)from;
  if (q.by) {
    s.by_year = *q.by;
  } else if (q.year && (!preset || preset->immediate())) {
    s.by_year = *q.year;
  } else if (preset) {
    s.by_year = preset->by_year.value_or(s.from_year);
  } else {
    return make_error(
        ErrorCode::invalid_argument,
        "a horizon is required: --by YEAR, --year YEAR (that year only) or --preset NAME",
        at_parameter("by"));
  }
  if (s.by_year < s.from_year)
    return make_error(ErrorCode::invalid_argument,
                      fmt::format("horizon {} is before the base year {}; valid: {} or later",
                                  s.by_year, s.from_year, s.from_year),
                      at_parameter("by"));
  if (s.by_year - s.from_year > kMaxScenarioYears)
    return make_error(ErrorCode::invalid_argument,
                      fmt::format("horizon {} is more than {} years after the base year {}",
                                  s.by_year, kMaxScenarioYears, s.from_year),
                      at_parameter("by"));
  if (!q.path.empty()) {
    FARDEAU_TRY(path, analysis::parse_path_shape(q.path, at_parameter("path")));
    s.path = path;
  } else {
    s.path = preset ? preset->path : analysis::PathShape::linear;
  }
  FARDEAU_TRY(growth, parse_growth(q.gdp_growth));
  s.gdp_growth_pct = growth;
  if (q.us_pct) {
    FARDEAU_TRY(us, check_target_pct(*q.us_pct, at_parameter("us")));
    s.us_pct = us;
  }
  auto group = parse_group(q.allies, *reg);
  if (!group) {  // the group is given by --allies here
    Error e = group.error();
    if (e.where.is(Location::Kind::parameter) && e.where.parameter == "group")
      e.where = at_parameter("allies");
    return e;
  }
  r.group = *group;
  r.members = resolve_group(r.group, *reg, s.from_year, q.scope.membership);
  r.query.target_pct = s.target_pct;
  r.query.from = s.from_year;
  r.query.by = s.by_year;
  r.query.path = analysis::to_string(s.path);
  r.query.scope.vintage = d->info().id;
  return r;
}

Result<ScenarioResultSet> run_scenario(const Engine& engine, const ScenarioQuery& q) {
  FARDEAU_TRY(rs, resolve_scenario(engine, q));
  ScenarioResultSet out;
  out.vintage = rs.dataset->info();
  out.query = rs.query;
  out.group = rs.group;
  out.preset = q.preset;
  out.scenario = analysis::project(*rs.dataset, rs.members, rs.spec);
  if (out.scenario.bases.empty())
    return make_error(ErrorCode::unavailable,
                      fmt::format("no ally of '{}' has a share of GDP, spending and GDP in {} {}",
                                  rs.group.label(), out.vintage.id, rs.spec.from_year),
                      at_parameter("allies"));
  if (q.compare) {
    auto cd = engine.dataset(*q.compare);
    if (!cd) {
      Error e = cd.error();
      e.where = at_parameter("compare");
      return e;
    }
    const Dataset& c = **cd;
    if (!c.has(Measure::defexp_usd_current_m) || !c.has(Measure::defexp_pct_gdp))
      return make_error(ErrorCode::unavailable,
                        fmt::format("{} publishes no current-price spending and share of GDP to "
                                    "compare with",
                                    c.info().id),
                        at_parameter("compare"));
    out.compare_vintage = c.info();
    for (int y = rs.spec.from_year; y <= rs.spec.by_year; ++y) {
      OutturnYear o;
      o.year = y;
      double us = -1.0;
      for (const auto& b : out.scenario.bases) {
        auto e = c.get(b.ally->iso3, Measure::defexp_usd_current_m, y);
        auto p = c.get(b.ally->iso3, Measure::defexp_pct_gdp, y);
        if (!e || !p) continue;
        o.total_usd_m += e->value;
        o.allies += 1;
        o.meeting += meets_target(p->value, rs.spec.target_pct) ? 1 : 0;
        if (b.ally->iso3 == kReferenceAllyIso3) us = e->value;
      }
      if (o.allies == 0) continue;
      if (us >= 0.0) o.us_share_pct = analysis::share_pct(us, o.total_usd_m);
      out.outturn.push_back(o);
    }
  }
  return out;
}

Result<ScenarioPresetsResult> list_scenario_presets(const Engine& engine, const Scope& scope) {
  FARDEAU_TRY(d, engine.dataset(scope));
  ScenarioPresetsResult r;
  r.vintage = d->info();
  r.latest_year = d->years(Measure::defexp_pct_gdp).second;
  r.presets = analysis::scenario_presets();
  return r;
}

}  // namespace fardeau::service

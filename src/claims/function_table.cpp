#include "claims/function_table.hpp"

#include <algorithm>

#include "core/group.hpp"

namespace fardeau::claims {

const char* describe(ArgKind k) {
  switch (k) {
    case ArgKind::indicator:
      return "an indicator (e.g. pct_gdp, defexp_usd_const)";
    case ArgKind::entity:
      return "an ally or a group (e.g. USA, europe-canada)";
    case ArgKind::ally:
      return "an ally code (e.g. USA, FRA)";
    case ArgKind::group:
      return "a group (nato, europe-canada, european-allies, eu)";
    case ArgKind::year:
      return "a year (e.g. 2018)";
    case ArgKind::range:
      return "a year range (e.g. 2016..2018)";
    case ArgKind::predicate:
      return "a comparison (e.g. pct_gdp[2014] >= 2)";
    case ArgKind::number:
      return "a number";
  }
  return "an argument";
}

const char* describe_fr(ArgKind k) {
  switch (k) {
    case ArgKind::indicator:
      return "un indicateur (par exemple pct_gdp, defexp_usd_const)";
    case ArgKind::entity:
      return "un Allié ou un groupe (par exemple USA, europe-canada)";
    case ArgKind::ally:
      return "un code d’Allié (par exemple USA, FRA)";
    case ArgKind::group:
      return "un groupe (nato, europe-canada, european-allies, eu)";
    case ArgKind::year:
      return "une année (par exemple 2018)";
    case ArgKind::range:
      return "une plage d’années (par exemple 2016..2018)";
    case ArgKind::predicate:
      return "une comparaison (par exemple pct_gdp[2014] >= 2)";
    case ArgKind::number:
      return "un nombre";
  }
  return "un argument";
}

const std::vector<FunctionInfo>& functions() {
  using A = ArgKind;
  using V = ValueType;
  using F = FunctionId;
  static const std::vector<FunctionInfo> table{
      {F::members,
       "members",
       {A::year, A::group},
       1,
       V::number,
       false,
       "members(year[, group])",
       "allies",
       "number of allies in the group (default nato) in the year, Iceland included; membership "
       "as of the year unless the group is written group:current"},
      {F::count,
       "count",
       {A::predicate, A::group, A::year},
       1,
       V::number,
       false,
       "count(predicate[, group[, year]])",
       "allies",
       "number of allies of the group (default nato, members in the year) for which the "
       "predicate holds; inside it, indicator[year] and meets(year[, target]) refer to each ally "
       "in turn; the year defaults to the one year the predicate names; allies the vintage "
       "publishes nothing for (Iceland) are skipped and listed in the explanation"},
      {F::value,
       "value",
       {A::indicator, A::entity, A::year},
       3,
       V::number,
       false,
       "value(indicator, entity, year)",
       "unit of the indicator",
       "same as indicator[entity, year]: the published value of an ally, or for a group the "
       "sum over its members (additive indicators only)"},
      {F::sum,
       "sum",
       {A::indicator, A::group, A::year},
       3,
       V::number,
       false,
       "sum(indicator, group, year)",
       "unit of the indicator",
       "sum over the members of the group that report (additive indicators only)"},
      {F::avg,
       "avg",
       {A::indicator, A::group, A::year},
       3,
       V::number,
       false,
       "avg(indicator, group, year)",
       "unit of the indicator",
       "unweighted mean over the members of the group that report (alias: mean)"},
      {F::share,
       "share",
       {A::indicator, A::ally, A::group, A::year},
       4,
       V::number,
       false,
       "share(indicator, ally, group, year)",
       "%",
       "100 * value(ally) / sum(group): the ally's share of the group total (additive "
       "indicators only)"},
      {F::level_change,
       "level_change",
       {A::indicator, A::entity, A::range},
       3,
       V::number,
       false,
       "level_change(indicator, entity, A..B)",
       "unit of the indicator",
       "x(B) - x(A): the level difference between the last and the first year"},
      {F::cumulative,
       "cumulative",
       {A::indicator, A::entity, A::range},
       3,
       V::number,
       false,
       "cumulative(indicator, entity, A..B)",
       "unit of the indicator",
       "sum over t = A+1..B of (x(t) - x(A)): the extra amounts above the base year A, added up "
       "(NATO's \"have added $X since A\")"},
      {F::pct_change,
       "pct_change",
       {A::indicator, A::entity, A::range},
       3,
       V::number,
       false,
       "pct_change(indicator, entity, A..B)",
       "%",
       "100 * (x(B) / x(A) - 1)"},
      {F::trend,
       "trend",
       {A::indicator, A::entity, A::range},
       3,
       V::number,
       false,
       "trend(indicator, entity, A..B)",
       "unit of the indicator per year",
       "least-squares slope of x(t) on t over A..B; its sign says whether the series went up "
       "or down"},
      {F::real_change,
       "real_change",
       {A::entity, A::range},
       2,
       V::number,
       false,
       "real_change(entity, A..B)",
       "%",
       "pct_change(defexp_usd_const, entity, A..B): change of spending in constant prices"},
      {F::meets,
       "meets",
       {A::ally, A::year, A::number},
       2,
       V::boolean,
       true,
       "meets(ally, year[, target])",
       "true/false",
       "NATO's counting rule: pct_gdp rounded to two decimals is at or above the target "
       "(default 2, in % of GDP); inside count(...) the ally is left out: meets(year[, target])"},
      {F::abs, "abs", {A::number}, 1, V::number, false, "abs(x)", "unit of x", "absolute value"},
      {F::either,
       "either",
       {A::year, A::year, A::year, A::year, A::year, A::year, A::year, A::year},
       2,
       V::number,
       false,
       "either(year, year[, ...])",
       "year",
       "one of these years, the claim does not say which (\"have added 41 billion\" with no "
       "base year): only as the first or last year of a range A..B; each year is a reading, "
       "and the verdict says which reproduces the figure"},
  };
  return table;
}

const FunctionInfo* find_function(std::string_view name) {
  if (name == "mean") name = "avg";
  for (const auto& f : functions())
    if (f.name == name) return &f;
  return nullptr;
}

const std::vector<IndicatorName>& indicators() {
  static const std::vector<IndicatorName> table{
      {"pct_gdp", Measure::defexp_pct_gdp, 1.0, "% of GDP", false, "", false,
       "defence expenditure as a share of GDP, as published"},
      {"defexp_usd_current", Measure::defexp_usd_current_m, 1e6,
       "USD (current prices and exchange rates)", true, "defexp_usd_const", false,
       "defence expenditure"},
      {"defexp_usd_const", Measure::defexp_usd_const_m, 1e6,
       "USD (constant prices and exchange rates of the vintage's base year)", true,
       "defexp_usd_current", true, "defence expenditure in real terms"},
      {"gdp_usd_current", Measure::gdp_usd_current_m, 1e6, "USD (current prices)", true,
       "gdp_usd_const", false, "gross domestic product"},
      {"gdp_usd_const", Measure::gdp_usd_const_m, 1e6,
       "USD (constant prices of the vintage's base year)", true, "gdp_usd_current", true,
       "gross domestic product in real terms"},
      {"equipment_share", Measure::equipment_share_pct, 1.0, "% of defence expenditure", false, "",
       false, "major equipment including related R&D"},
      {"population", Measure::population_k, 1e3, "persons", true, "", false, "population"},
  };
  return table;
}

const IndicatorName* find_indicator(std::string_view name) {
  for (const auto& i : indicators())
    if (i.name == name) return &i;
  return nullptr;
}

bool is_group(std::string_view name) { return builtin_group_id(name).has_value(); }

bool is_ally_code(std::string_view name) {
  if (name.size() != 3) return false;
  return std::all_of(name.begin(), name.end(),
                     [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); });
}

std::string normalize_ally(std::string_view name) {
  std::string s(name);
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

namespace {
template <typename Range, typename Get>
std::string join(const Range& r, Get get) {
  std::string s;
  for (const auto& x : r) {
    if (!s.empty()) s += ", ";
    s += get(x);
  }
  return s;
}
}  // namespace

std::string function_names() {
  return join(functions(), [](const FunctionInfo& f) { return std::string(f.name); });
}
std::string indicator_names() {
  return join(indicators(), [](const IndicatorName& i) { return std::string(i.name); });
}
std::string group_names() {
  return join(builtin_groups(), [](const GroupInfo& g) { return std::string(g.id); });
}

std::optional<std::string> closest(std::string_view word,
                                   const std::vector<std::string_view>& candidates) {
  // Plain Levenshtein distance; words are short and candidates few.
  auto distance = [](std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
      std::size_t diag = row[0];
      row[0] = i;
      for (std::size_t j = 1; j <= b.size(); ++j) {
        std::size_t up = row[j];
        std::size_t sub = diag + (a[i - 1] == b[j - 1] ? 0 : 1);
        row[j] = std::min({row[j] + 1, row[j - 1] + 1, sub});
        diag = up;
      }
    }
    return row[b.size()];
  };
  if (word.size() > 64) return std::nullopt;
  std::optional<std::string> best;
  std::size_t best_d = 3;
  for (auto c : candidates) {
    std::size_t d = distance(word, c);
    if (d < best_d) {
      best_d = d;
      best = std::string(c);
    }
  }
  return best;
}

}  // namespace fardeau::claims

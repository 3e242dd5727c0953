#include "claims/readings.hpp"

#include <optional>

#include <functional>

#include "claims/function_table.hpp"
#include "claims/printer.hpp"

namespace fardeau::claims {
namespace {

// One open dimension: its options, each a choice (which the label is built from) and an
// edit of the claim.
struct Option {
  std::function<void(ReadingChoices&)> choose;
  std::function<void(Claim&)> apply;
};
using Dimension = std::vector<Option>;

bool aggregating(FunctionId id) {
  switch (id) {
    case FunctionId::members:
    case FunctionId::count:
    case FunctionId::meets:
    case FunctionId::abs:
      return false;
    default:
      return true;
  }
}

// A year the claim leaves open, either(2016, 2014): the call, and how a reading names its
// years ("base year 2016", "from 2012", "to 2018").
struct OpenYear {
  NodeId call = kNoNode;
  OpenYearChoice::Role role;
};

struct Sites {
  std::vector<OpenYear> open_years;  // either(...) calls, in the order written
  std::vector<NodeId> method_calls;  // cumulative / level_change calls
  bool first_is_cumulative = true;
  std::vector<NodeId> price_names;   // Name nodes naming a money indicator
  std::vector<NodeId> price_series;  // Series nodes of a money indicator
  bool written_constant = true;      // basis of the first money indicator
  std::vector<NodeId> groups;        // summed groups without a membership
  bool pinned_vintage = false;
};

void note_open_year(const Claim& c, NodeId id, OpenYearChoice::Role role, Sites& s) {
  const auto* call = std::get_if<Call>(&c.at(id).data);
  const FunctionInfo* f = call ? find_function(call->function) : nullptr;
  if (f && f->id == FunctionId::either) s.open_years.push_back({id, role});
}

Sites find_sites(const Claim& c) {
  Sites s;
  bool seen_price = false;
  auto note_price = [&](std::string_view name) {
    const IndicatorName* ind = find_indicator(name);
    if (!ind || ind->other_basis.empty()) return false;
    if (!seen_price) s.written_constant = ind->constant_prices;
    seen_price = true;
    return true;
  };
  auto note_group = [&](NodeId id) {
    const auto* n = std::get_if<Name>(&c.at(id).data);
    if (n && is_group(n->id) && !n->membership) s.groups.push_back(id);
  };
  s.pinned_vintage = c.vintage.has_value();
  for (NodeId id = 0; id < c.nodes.size(); ++id) {
    const Node& node = c.at(id);
    if (node.vintage) s.pinned_vintage = true;
    if (const auto* call = std::get_if<Call>(&node.data)) {
      const FunctionInfo* f = find_function(call->function);
      if (!f) continue;
      if (f->id == FunctionId::cumulative || f->id == FunctionId::level_change) {
        if (s.method_calls.empty()) s.first_is_cumulative = f->id == FunctionId::cumulative;
        s.method_calls.push_back(id);
      }
      for (std::size_t i = 0; i < call->args.size() && i < f->params.size(); ++i) {
        NodeId a = call->args[i];
        ArgKind k = f->params[i];
        if (k == ArgKind::range)
          if (const auto* r = std::get_if<Range>(&c.at(a).data)) {
            // The first year of a change is its base; trend only fits a line from it.
            using Role = OpenYearChoice::Role;
            note_open_year(c, r->from, f->id == FunctionId::trend ? Role::from : Role::base_year,
                           s);
            note_open_year(c, r->to, Role::to, s);
          }
        if (k == ArgKind::indicator) {
          const auto* n = std::get_if<Name>(&c.at(a).data);
          if (n && note_price(n->id)) s.price_names.push_back(a);
        }
        if ((k == ArgKind::entity || k == ArgKind::group) && aggregating(f->id)) note_group(a);
      }
    } else if (const auto* series = std::get_if<Series>(&node.data)) {
      if (note_price(series->indicator)) s.price_series.push_back(id);
      if (series->args.size() == 2) note_group(series->args[0]);
    }
  }
  return s;
}

void set_method(Claim& c, const std::vector<NodeId>& calls, std::string_view fn) {
  for (NodeId id : calls) std::get<Call>(c.at(id).data).function = std::string(fn);
}

// The same series at the wanted basis (defexp_usd_current <-> defexp_usd_const).
std::string at_basis(std::string_view name, bool constant) {
  const IndicatorName* ind = find_indicator(name);
  if (!ind || ind->other_basis.empty() || ind->constant_prices == constant)
    return std::string(name);
  return std::string(ind->other_basis);
}

void set_basis(Claim& c, const Sites& s, bool constant) {
  for (NodeId id : s.price_names) {
    auto& n = std::get<Name>(c.at(id).data);
    n.id = at_basis(n.id, constant);
  }
  for (NodeId id : s.price_series) {
    auto& n = std::get<Series>(c.at(id).data);
    n.indicator = at_basis(n.indicator, constant);
  }
}

}  // namespace

const ReadingWords kReadingWordsEn{"as written",
                                   "base year ",
                                   "from ",
                                   "to ",
                                   "cumulative over the base year",
                                   "level difference",
                                   "constant prices",
                                   "current prices",
                                   "as-of membership",
                                   "current membership"};

std::string reading_label(const ReadingChoices& c, const ReadingWords& w) {
  using Role = OpenYearChoice::Role;
  std::vector<std::string> parts;
  for (const auto& y : c.years)
    parts.push_back(std::string(y.role == Role::base_year ? w.base_year
                                : y.role == Role::from    ? w.from
                                                          : w.to) +
                    y.year);
  if (c.method)
    parts.emplace_back(*c.method == FunctionId::cumulative ? w.cumulative : w.level_change);
  if (c.prices) parts.emplace_back(*c.prices == PriceBasis::constant ? w.constant : w.current);
  if (c.vintage) parts.push_back(*c.vintage);
  if (c.membership)
    parts.emplace_back(*c.membership == Membership::as_of ? w.as_of_members : w.current_members);
  if (parts.empty()) return std::string(w.as_written);
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : ", ") + p;
  return out;
}

std::string label_en(const ReadingChoices& c) { return reading_label(c, kReadingWordsEn); }

std::vector<Reading> readings(const Claim& claim, const ReadingOptions& options) {
  Sites s = find_sites(claim);
  std::vector<Dimension> dims;

  // Open years first: they are what the speaker left out, and each is its own reading
  // whatever the options (the claim cannot be evaluated as written).
  for (const auto& open : s.open_years) {
    Dimension d;
    for (NodeId year : std::get<Call>(claim.at(open.call).data).args)
      d.push_back(
          Option{[y = OpenYearChoice{open.role, to_source(claim, year)}](ReadingChoices& r) {
                   r.years.push_back(y);
                 },
                 [call = open.call, year](Claim& c) { c.at(call).data = c.at(year).data; }});
    dims.push_back(std::move(d));
  }

  if (options.vary_method && !s.method_calls.empty()) {
    auto method = [calls = s.method_calls](FunctionId id, std::string_view fn) {
      return Option{[id](ReadingChoices& r) { r.method = id; },
                    [calls, fn](Claim& c) { set_method(c, calls, fn); }};
    };
    Option cum = method(FunctionId::cumulative, "cumulative");
    Option lvl = method(FunctionId::level_change, "level_change");
    dims.push_back(s.first_is_cumulative ? Dimension{cum, lvl} : Dimension{lvl, cum});
  }
  if (options.vary_prices && (!s.price_names.empty() || !s.price_series.empty())) {
    auto prices = [s](PriceBasis b) {
      return Option{[b](ReadingChoices& r) { r.prices = b; },
                    [s, b](Claim& c) { set_basis(c, s, b == PriceBasis::constant); }};
    };
    Option con = prices(PriceBasis::constant);
    Option cur = prices(PriceBasis::current);
    dims.push_back(s.written_constant ? Dimension{con, cur} : Dimension{cur, con});
  }
  std::optional<std::size_t> vintage_dim;
  if (!s.pinned_vintage && !options.vintages.empty()) {
    vintage_dim = dims.size();
    Dimension d;
    for (const auto& v : options.vintages)
      d.push_back(Option{[v](ReadingChoices& r) { r.vintage = v; },
                         [v](Claim& c) {
                           c.vintage = VintageTag{v, Span{}};
                         }});
    dims.push_back(std::move(d));
  }
  if (options.vary_membership && !s.groups.empty()) {
    auto set = [groups = s.groups](Membership m) {
      return Option{[m](ReadingChoices& r) { r.membership = m; },
                    [groups, m](Claim& c) {
                      for (NodeId id : groups) std::get<Name>(c.at(id).data).membership = m;
                    }};
    };
    dims.push_back(Dimension{set(Membership::as_of), set(Membership::current)});
  }

  // Cartesian product, first option of every dimension first: an odometer over indices.
  std::vector<Reading> out;
  std::vector<std::size_t> idx(dims.size(), 0);
  while (true) {
    Reading r{{}, std::string(), claim, std::string(), {}};
    for (std::size_t d = 0; d < dims.size(); ++d) {
      const Option& o = dims[d][idx[d]];
      o.choose(r.choices);
      o.apply(r.claim);
      if (d != vintage_dim) r.key_without_vintage.push_back(idx[d]);
    }
    r.label = label_en(r.choices);
    r.text = to_source(r.claim);
    out.push_back(std::move(r));
    std::size_t d = dims.size();
    while (d > 0) {
      --d;
      if (++idx[d] < dims[d].size()) break;
      idx[d] = 0;
      if (d == 0) return out;
    }
    if (dims.empty()) return out;
  }
}

std::vector<Reading> readings(const Claim& claim, const DataContext& ctx) {
  ReadingOptions o;
  o.vintages = ctx.vintages();
  return readings(claim, o);
}

}  // namespace fardeau::claims

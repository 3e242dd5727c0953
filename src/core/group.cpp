#include "core/group.hpp"

#include <algorithm>

namespace fardeau {

Result<Membership> parse_membership(std::string_view s) {
  if (s == "as-of") return Membership::as_of;
  if (s == "current") return Membership::current;
  return make_error(ErrorCode::invalid_argument,
                    "unknown membership '" + std::string(s) + "'; valid: as-of, current",
                    at_parameter("membership"));
}

const char* to_string(Membership m) { return m == Membership::as_of ? "as-of" : "current"; }

std::string GroupSpec::label() const {
  if (id != GroupId::custom) return std::string(to_string(id));
  std::string s;
  for (const auto& c : codes) s += (s.empty() ? "" : ",") + c;
  return s;
}

const std::vector<GroupInfo>& builtin_groups() {
  static const std::vector<GroupInfo> groups{
      {GroupId::nato, "nato", "NATO", "OTAN", "all allies", "tous les Alliés"},
      {GroupId::europe_canada, "europe-canada", "NATO Europe and Canada",
       "Europe de l'OTAN et Canada", "NATO Europe and Canada: all allies but the United States",
       "l'Europe de l'OTAN et le Canada : tous les Alliés sauf les États-Unis"},
      {GroupId::european_allies, "european-allies", "European Allies", "Alliés européens",
       "European Allies: all allies but the United States and Canada",
       "les Alliés européens : tous sauf les États-Unis et le Canada"},
      {GroupId::eu, "eu", "Allies in the EU", "Alliés membres de l'UE",
       "allies that are EU member states in the year",
       "les Alliés membres de l'Union européenne cette année-là"},
  };
  return groups;
}

const GroupInfo* group_info(GroupId id) {
  for (const auto& g : builtin_groups())
    if (g.group == id) return &g;
  return nullptr;
}

std::string_view to_string(GroupId id) {
  const GroupInfo* g = group_info(id);
  return g ? g->id : std::string_view("custom");
}

std::optional<GroupId> builtin_group_id(std::string_view name) {
  for (const auto& g : builtin_groups())
    if (g.id == name) return g.group;
  return std::nullopt;
}

bool in_builtin_group(GroupId id, const Ally& a, int year) {
  switch (id) {
    case GroupId::nato:
      return true;
    case GroupId::europe_canada:
      return a.iso3 != kReferenceAllyIso3;
    case GroupId::european_allies:
      return a.iso3 != kReferenceAllyIso3 && a.iso3 != kCanadaIso3;
    case GroupId::eu:
      return a.eu_member_in(year);
    case GroupId::custom:
      return false;
  }
  return false;
}

namespace {
/// "nato, europe-canada, european-allies, eu": the built-in groups, for messages.
std::string builtin_group_names() {
  std::string names;
  for (const auto& g : builtin_groups()) names += (names.empty() ? "" : ", ") + std::string(g.id);
  return names;
}
}  // namespace

Result<GroupSpec> parse_group(std::string_view text, const AllyRegistry& allies) {
  if (auto id = builtin_group_id(text)) return GroupSpec{*id, {}};
  GroupSpec spec{GroupId::custom, {}};
  std::size_t start = 0;
  while (start <= text.size()) {
    auto comma = text.find(',', start);
    auto item =
        text.substr(start, comma == std::string_view::npos ? text.size() - start : comma - start);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (item.empty())
      return make_error(ErrorCode::invalid_argument,
                        "empty item in group '" + std::string(text) + "'; valid: " +
                            builtin_group_names() + ", or ISO3 codes separated by commas",
                        at_parameter("group"));
    const Ally* a = allies.find(item);
    if (!a)
      return make_error(ErrorCode::not_found,
                        "unknown group or ally '" + std::string(item) + "'; valid groups: " +
                            builtin_group_names() + "; or a comma list of: " + allies.codes_list(),
                        at_parameter("group"));
    spec.codes.push_back(a->iso3);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return spec;
}

std::vector<const Ally*> resolve_group(const GroupSpec& g, const AllyRegistry& allies, int year,
                                       Membership m) {
  std::vector<const Ally*> out;
  for (const auto& a : allies.all()) {
    if (m == Membership::as_of && !a.member_in(year)) continue;
    bool in = g.id != GroupId::custom
                  ? in_builtin_group(g.id, a, year)
                  : std::find(g.codes.begin(), g.codes.end(), a.iso3) != g.codes.end();
    if (in) out.push_back(&a);
  }
  return out;
}

}  // namespace fardeau

#include "core/group.hpp"

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
  if (id != "custom") return id;
  std::string s;
  for (const auto& c : codes) s += (s.empty() ? "" : ",") + c;
  return s;
}

const std::vector<GroupInfo>& builtin_groups() {
  static const std::vector<GroupInfo> groups{
      {"nato", "all allies", "tous les Alliés"},
      {"europe-canada", "NATO Europe and Canada: all allies but the United States",
       "l'Europe de l'OTAN et le Canada : tous les Alliés sauf les États-Unis"},
      {"european-allies", "European Allies: all allies but the United States and Canada",
       "les Alliés européens : tous sauf les États-Unis et le Canada"},
      {"eu", "allies that are EU member states in the year",
       "les Alliés membres de l'Union européenne cette année-là"},
  };
  return groups;
}

Result<GroupSpec> parse_group(std::string_view text, const AllyRegistry& allies) {
  for (const auto& g : builtin_groups())
    if (text == g.id) return GroupSpec{std::string(text), {}};
  GroupSpec spec{"custom", {}};
  std::size_t start = 0;
  while (start <= text.size()) {
    auto comma = text.find(',', start);
    auto item =
        text.substr(start, comma == std::string_view::npos ? text.size() - start : comma - start);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (item.empty())
      return make_error(ErrorCode::invalid_argument,
                        "empty item in group '" + std::string(text) +
                            "'; valid: nato, europe-canada, european-allies, eu, or ISO3 codes "
                            "separated by commas",
                        at_parameter("group"));
    const Ally* a = allies.find(item);
    if (!a)
      return make_error(ErrorCode::not_found,
                        "unknown group or ally '" + std::string(item) +
                            "'; valid groups: nato, europe-canada, european-allies, eu; "
                            "or a comma list of: " +
                            allies.codes_list(),
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
    bool in = false;
    if (g.id == "nato")
      in = true;
    else if (g.id == "europe-canada")
      in = a.iso3 != "USA";
    else if (g.id == "european-allies")
      in = a.iso3 != "USA" && a.iso3 != "CAN";
    else if (g.id == "eu")
      in = a.eu_member_in(year);
    else
      for (const auto& c : g.codes) in = in || c == a.iso3;
    if (in) out.push_back(&a);
  }
  return out;
}

}  // namespace fardeau

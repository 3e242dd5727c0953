// Groups of allies, resolved as of a year (NATO had 29 members in 2018, 32 from 2024)
// or with today's membership.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/ally.hpp"
#include "core/error.hpp"

namespace fardeau {

enum class Membership {
  as_of,    ///< members in the year asked (NATO's rule for its aggregate rows)
  current,  ///< every ally of the registry, whatever the year
};
Result<Membership> parse_membership(std::string_view s);
const char* to_string(Membership m);

/// The groups fardeau knows, and `custom` for a list of ISO3 codes the user gives.
enum class GroupId { nato, europe_canada, european_allies, eu, custom };
/// The group's name as users type it ("europe-canada"); "custom" for a list.
std::string_view to_string(GroupId id);
/// A built-in group by its name; nullopt for anything else (including "custom").
std::optional<GroupId> builtin_group_id(std::string_view name);
/// Whether `a` belongs to built-in group `id` in `year` (membership of the alliance aside:
/// resolve_group applies it). Always false for `custom`, whose members are its codes.
bool in_builtin_group(GroupId id, const Ally& a, int year);

/// A group as the user names it: a known id or a list of ISO3 codes.
struct GroupSpec {
  GroupId id = GroupId::nato;
  std::vector<std::string> codes;  ///< for custom groups: the ISO3 codes, as given

  GroupSpec() = default;
  GroupSpec(GroupId group, std::vector<std::string> iso3_codes)
      : id(group), codes(std::move(iso3_codes)) {}
  /// For code that names a group literally ("nato", or "custom" with its codes); user
  /// input goes through parse_group, which checks it.
  GroupSpec(std::string_view name, std::vector<std::string> iso3_codes)
      : GroupSpec(builtin_group_id(name).value_or(GroupId::custom), std::move(iso3_codes)) {}

  std::string label() const;  ///< id, or the comma list for custom groups
};

/// Names of the built-in groups, with their names and a one-line description each.
struct GroupInfo {
  GroupId group;
  std::string_view id;       ///< as users type it: "europe-canada"
  std::string_view name_en;  ///< "NATO Europe and Canada", in titles and facts
  std::string_view name_fr;
  std::string_view description_en;
  std::string_view description_fr;
};
const std::vector<GroupInfo>& builtin_groups();
/// The row of a built-in group; null for `custom`.
const GroupInfo* group_info(GroupId id);

/// Parse "nato", "europe-canada", ... or "FRA,DEU,ITA" (codes checked against the registry).
Result<GroupSpec> parse_group(std::string_view text, const AllyRegistry& allies);

/// The allies of a group in `year` ("eu": Ally::eu_member_in(year), from
/// reference/eu_membership.csv). Allies without armed forces (Iceland) are kept: callers
/// decide whether they report.
std::vector<const Ally*> resolve_group(const GroupSpec& g, const AllyRegistry& allies, int year,
                                       Membership m);

}  // namespace fardeau

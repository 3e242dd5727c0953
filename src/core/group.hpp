// Groups of allies, resolved as of a year (NATO had 29 members in 2018, 32 from 2024)
// or with today's membership.
#pragma once
#include <string>
#include <string_view>
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

/// A group as the user names it: a known id or a list of ISO3 codes.
struct GroupSpec {
  std::string id;  ///< "nato", "europe-canada", "european-allies", "eu", or "custom"
  std::vector<std::string> codes;  ///< for custom groups: the ISO3 codes, as given
  std::string label() const;       ///< id, or the comma list for custom groups
};

/// Names of the built-in groups, with a one-line description each.
struct GroupInfo {
  std::string_view id;
  std::string_view description_en;
  std::string_view description_fr;
};
const std::vector<GroupInfo>& builtin_groups();

/// Parse "nato", "europe-canada", ... or "FRA,DEU,ITA" (codes checked against the registry).
Result<GroupSpec> parse_group(std::string_view text, const AllyRegistry& allies);

/// The allies of a group in `year` ("eu": Ally::eu_member_in(year), from
/// reference/eu_membership.csv). Allies without armed forces (Iceland) are kept: callers
/// decide whether they report.
std::vector<const Ally*> resolve_group(const GroupSpec& g, const AllyRegistry& allies, int year,
                                       Membership m);

}  // namespace fardeau

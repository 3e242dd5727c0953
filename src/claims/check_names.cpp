// Names in a claim: an indicator where an indicator goes, an ally or group where one
// goes, and no ratio summed over a group.
#include <string>

#include <fmt/format.h>

#include "claims/check_rules.hpp"
#include "claims/check_words.hpp"

namespace fardeau::claims {

using namespace check_words;  // NOLINT(google-build-using-namespace): the checker's own words

Result<const IndicatorName*> indicator_arg(const Claim& claim, NodeId a, const FunctionInfo& f,
                                           std::size_t i) {
  const auto* name = std::get_if<Name>(&claim.at(a).data);
  if (!name)
    return check_error(
        claim, a,
        fmt::format("argument {} of {} must be {}", i + 1, f.name, describe(ArgKind::indicator)),
        fmt::format("l’argument {} de {} doit être {}", i + 1, f.name,
                    describe_fr(ArgKind::indicator)));
  const IndicatorName* ind = find_indicator(name->id);
  if (!ind && (is_group(name->id) || is_ally_code(name->id)))
    return check_error(
        claim, a,
        fmt::format("argument {} of {} must be {}, not the {} {}", i + 1, f.name,
                    describe(ArgKind::indicator), is_group(name->id) ? "group" : "ally", name->id),
        fmt::format("l’argument {} de {} doit être {}, pas {} {}", i + 1, f.name,
                    describe_fr(ArgKind::indicator), is_group(name->id) ? "le groupe" : "l’Allié",
                    name->id));
  if (!ind)
    return check_error(
        claim, a,
        fmt::format("unknown indicator '{}'; indicators: {}{}", name->id, indicator_names(),
                    did_you_mean(name->id, indicator_list())),
        fmt::format("indicateur inconnu '{}'\u00a0; indicateurs\u00a0: {}{}", name->id,
                    indicator_names(), did_you_mean_fr(name->id, indicator_list())),
        ErrorCode::not_found);
  if (name->membership)
    return check_error(claim, a,
                       fmt::format("':{}' applies to groups, not to the indicator {}",
                                   to_string(*name->membership), name->id),
                       fmt::format("':{}' s’applique aux groupes, pas à l’indicateur {}",
                                   to_string(*name->membership), name->id));
  return ind;
}

Status entity_arg(const Claim& claim, NodeId a, ArgKind kind, const FunctionInfo* f,
                  std::size_t i) {
  const auto* name = std::get_if<Name>(&claim.at(a).data);
  std::string what = f ? fmt::format("argument {} of {}", i + 1, f->name) : "the series";
  std::string what_fr = f ? fmt::format("l’argument {} de {}", i + 1, f->name) : "la série";
  if (!name)
    return check_error(claim, a, fmt::format("{} must be {}", what, describe(kind)),
                       fmt::format("{} doit être {}", what_fr, describe_fr(kind)));
  bool group = is_group(name->id);
  bool ally = !group && is_ally_code(name->id);
  if (!group && !ally) {
    std::string msg = fmt::format(
        "unknown {} '{}'; groups: {}; allies: ISO3 codes such as "
        "USA, FRA, DEU",
        kind == ArgKind::group ? "group" : "ally or group", name->id, group_names());
    std::string msg_fr = fmt::format(
        "{} inconnu '{}'\u00a0; groupes\u00a0: {}\u00a0; Alliés\u00a0: codes ISO3 comme "
        "USA, FRA, DEU",
        kind == ArgKind::group ? "groupe" : "Allié ou groupe", name->id, group_names());
    if (find_indicator(name->id)) {
      msg = fmt::format("{} must be {}, not the indicator {}", what, describe(kind), name->id);
      msg_fr =
          fmt::format("{} doit être {}, pas l’indicateur {}", what_fr, describe_fr(kind), name->id);
    }
    return check_error(claim, a, msg, msg_fr, ErrorCode::not_found);
  }
  if (kind == ArgKind::ally && group)
    return check_error(
        claim, a,
        fmt::format("{} must be an ally code (e.g. USA), not the group {}", what, name->id),
        fmt::format("{} doit être un code d’Allié (par exemple USA), pas le groupe {}", what_fr,
                    name->id));
  if (kind == ArgKind::group && ally)
    return check_error(claim, a,
                       fmt::format("{} must be a group ({}), not the ally {}", what, group_names(),
                                   normalize_ally(name->id)),
                       fmt::format("{} doit être un groupe ({}), pas l’Allié {}", what_fr,
                                   group_names(), normalize_ally(name->id)));
  if (ally && name->membership)
    return check_error(claim, a,
                       fmt::format("':{}' applies to groups, not to the ally {}",
                                   to_string(*name->membership), normalize_ally(name->id)),
                       fmt::format("':{}' s’applique aux groupes, pas à l’Allié {}",
                                   to_string(*name->membership), normalize_ally(name->id)));
  return ok_status();
}

std::string not_additive(const IndicatorName& ind, std::string_view group) {
  return fmt::format(
      "{0} is a ratio: it cannot be added up over {1}; use avg({0}, group, "
      "year), or sum(defexp_usd_current, group, year) / sum(gdp_usd_current, "
      "group, year) * 100",
      ind.name, group);
}
std::string not_additive_fr(const IndicatorName& ind, std::string_view group) {
  return fmt::format(
      "{0} est un ratio\u00a0: il ne s’additionne pas sur {1}\u00a0; utilisez avg({0}, groupe, "
      "année), ou sum(defexp_usd_current, groupe, année) / sum(gdp_usd_current, "
      "groupe, année) * 100",
      ind.name, group);
}

Status additive_for_group(const Claim& claim, const IndicatorName& ind, NodeId a) {
  const auto* name = std::get_if<Name>(&claim.at(a).data);
  if (!name || !is_group(name->id) || ind.additive) return ok_status();
  return check_error(claim, a, not_additive(ind, name->id), not_additive_fr(ind, name->id));
}

}  // namespace fardeau::claims

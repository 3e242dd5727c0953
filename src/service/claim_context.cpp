#include "service/claim_context.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "claims/function_table.hpp"

namespace fardeau::service {
namespace {

// The claim language's name of a measure (defexp_usd_const), so that messages use the
// words the user wrote.
std::string_view language_name(Measure m) {
  for (const auto& ind : claims::indicators())
    if (ind.measure == m) return ind.name;
  return to_string(m);
}

}  // namespace

ClaimContext::ClaimContext(const Engine& engine, std::optional<std::string> default_vintage)
    : engine_(engine),
      default_vintage_(default_vintage ? std::move(*default_vintage)
                                       : std::string(kDefaultVintage)),
      infos_(engine.vintage_infos()) {}

const VintageInfo* ClaimContext::info(std::string_view vintage) const {
  for (const auto& v : infos_)
    if (v.id == vintage) return &v;
  return nullptr;
}

Result<const Dataset*> ClaimContext::dataset(std::string_view vintage) const {
  for (const auto& [id, d] : datasets_)
    if (id == vintage) return d.get();
  if (!info(vintage)) {
    std::string ids;
    for (const auto& v : infos_) ids += (ids.empty() ? "" : ", ") + v.id;
    return make_error(
        ErrorCode::not_found, fmt::format("unknown vintage '{}'; vintages: {}", vintage, ids),
        fmt::format("édition inconnue '{}'\u00a0; éditions\u00a0: {}", vintage, ids), "");
  }
  auto d = engine_.dataset(vintage);
  if (!d) return d.error();
  datasets_.emplace_back(std::string(vintage), *d);
  return datasets_.back().second.get();
}

Result<const AllyRegistry*> ClaimContext::registry() const {
  if (!registry_) {
    auto r = engine_.allies();
    if (!r) return r.error();
    registry_ = *r;
    for (const auto& a : registry_->all()) by_iso3_.emplace_back(a.iso3, &a);
    std::sort(by_iso3_.begin(), by_iso3_.end());
  }
  return registry_;
}

const Ally* ClaimContext::find_ally(std::string_view iso3) const {
  auto it = std::lower_bound(by_iso3_.begin(), by_iso3_.end(), iso3,
                             [](const auto& p, std::string_view k) { return p.first < k; });
  return it != by_iso3_.end() && it->first == iso3 ? it->second : nullptr;
}

Result<Observation> ClaimContext::value(Measure measure, std::string_view ally, int year,
                                        std::string_view vintage) const {
  FARDEAU_TRY(d, dataset(vintage));
  FARDEAU_TRY(reg, registry());
  // ISO3 only: the language writes allies as three-letter codes, and a name that only
  // matches an ISO2 code or a country name would be a different ally than it looks.
  const Ally* a = find_ally(ally);
  if (!a)
    return make_error(
        ErrorCode::not_found,
        fmt::format("unknown ally '{}'; allies are ISO3 codes: {}", ally, reg->codes_list()),
        fmt::format("Allié inconnu '{}'\u00a0; les Alliés sont des codes ISO3\u00a0: {}", ally,
                    reg->codes_list()),
        "");
  // The vintage's notes are source metadata, kept as published (in English) in both languages.
  if (!d->has(measure))
    return make_error(
        ErrorCode::unavailable,
        fmt::format("{} publishes no {} ({})", vintage, language_name(measure), d->info().notes),
        fmt::format("{} ne publie pas {} ({})", vintage, language_name(measure), d->info().notes),
        "");
  auto [first, last] = d->years(measure);
  if (year < first || year > last)
    return make_error(
        ErrorCode::out_of_coverage,
        fmt::format("year {} is outside {}, which covers {}-{}", year, vintage, first, last),
        fmt::format("l’année {} est hors de {}, qui couvre {}-{}", year, vintage, first, last), "");
  auto obs = d->get(a->iso3, measure, year);
  if (obs) return *obs;
  if (!a->has_armed_forces)
    return make_error(
        ErrorCode::unavailable,
        fmt::format("{} publishes no defence expenditure for {} (no armed forces)", vintage,
                    a->iso3),
        fmt::format("{} ne publie aucune dépense de défense pour {} (pas de forces armées)",
                    vintage, a->iso3),
        "");
  return make_error(ErrorCode::unavailable,
                    fmt::format("{} publishes no {} for {} in {}", vintage, language_name(measure),
                                a->iso3, year),
                    fmt::format("{} ne publie pas {} pour {} en {}", vintage,
                                language_name(measure), a->iso3, year),
                    "");
}

Result<std::vector<std::string>> ClaimContext::members(std::string_view group, int year,
                                                       Membership membership) const {
  FARDEAU_TRY(reg, registry());
  const std::optional<GroupId> id = builtin_group_id(group);
  if (!id)
    return make_error(
        ErrorCode::not_found,
        fmt::format("unknown group '{}'; groups: {}", group, claims::group_names()),
        fmt::format("groupe inconnu '{}'\u00a0; groupes\u00a0: {}", group, claims::group_names()),
        "");
  std::vector<std::string> out;
  for (const Ally* a : resolve_group(GroupSpec{*id, {}}, *reg, year, membership))
    out.push_back(a->iso3);
  return out;
}

Result<std::string> ClaimContext::default_vintage() const {
  if (!info(default_vintage_)) {
    // The engine's error for an unknown or empty id (it lists the valid ids).
    if (auto d = engine_.dataset(default_vintage_); !d) return d.error();
    // Known to the engine but not to infos_: imported into the store since this context
    // listed the vintages; refused, as this context has no metadata for it.
    std::string ids;
    for (const auto& v : infos_) ids += (ids.empty() ? "" : ", ") + v.id;
    return make_error(
        ErrorCode::not_found, fmt::format("unknown vintage '{}'; valid: {}", default_vintage_, ids),
        fmt::format("édition inconnue '{}'\u00a0; valides\u00a0: {}", default_vintage_, ids),
        at_parameter("vintage"));
  }
  return default_vintage_;
}

std::vector<std::string> ClaimContext::vintages() const {
  std::vector<std::string> out;
  out.reserve(infos_.size());
  for (const auto& v : infos_) out.push_back(v.id);
  return out;
}

bool ClaimContext::is_coverage_error(const Error& e) {
  return e.code == ErrorCode::out_of_coverage;
}

}  // namespace fardeau::service

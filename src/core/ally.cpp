#include "core/ally.hpp"

#include <algorithm>
#include <cctype>
#include <utility>

namespace fardeau {
namespace {

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

}  // namespace

AllyRegistry::AllyRegistry(std::vector<Ally> allies) : allies_(std::move(allies)) {
  std::sort(allies_.begin(), allies_.end(),
            [](const Ally& a, const Ally& b) { return a.iso3 < b.iso3; });
}

const Ally* AllyRegistry::find(std::string_view key) const {
  for (const auto& a : allies_)
    if (iequals(key, a.iso3) || iequals(key, a.iso2) || iequals(key, a.nato_code) ||
        iequals(key, a.name_en) || iequals(key, a.name_fr))
      return &a;
  return nullptr;
}

Result<const Ally*> AllyRegistry::resolve(std::string_view key) const {
  if (const Ally* a = find(key)) return a;
  return make_error(ErrorCode::not_found, "unknown ally '" + std::string(key) +
                                              "'; valid: " + codes_list() +
                                              " (ISO3, ISO2 or English/French name)");
}

std::vector<const Ally*> AllyRegistry::members_in(int year) const {
  std::vector<const Ally*> out;
  for (const auto& a : allies_)
    if (a.member_in(year)) out.push_back(&a);
  return out;
}

std::string AllyRegistry::codes_list() const {
  std::string s;
  for (const auto& a : allies_) {
    if (!s.empty()) s += ' ';
    s += a.iso3;
  }
  return s;
}

}  // namespace fardeau

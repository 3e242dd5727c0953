// Allies of the alliance: codes, names in NATO's two languages, accession.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace fardeau {

struct Ally {
  std::string iso3;       ///< ISO 3166-1 alpha-3, e.g. "GBR"
  std::string iso2;       ///< ISO alpha-2, e.g. "GB"
  std::string nato_code;  ///< Eurostat-style code NATO tables use ("UK", "EL")
  std::string name_en;
  std::string name_fr;
  std::string accession_date;  ///< ISO date the accession took effect
  int accession_year = 0;      ///< NATO counts an ally in its aggregates from this year
  bool founding_member = false;
  bool has_armed_forces = true;  ///< Iceland: false, NATO publishes no expenditure for it

  bool member_in(int year) const { return accession_year <= year; }
  const std::string& name(std::string_view lang) const { return lang == "fr" ? name_fr : name_en; }
};

/// French name of an ally by ISO3 (NATO's French usage), empty if unknown.
std::string_view french_name(std::string_view iso3);

/// The set of allies, looked up by ISO3, ISO2, NATO code or name (case-insensitive).
class AllyRegistry {
 public:
  AllyRegistry() = default;
  explicit AllyRegistry(std::vector<Ally> allies);

  const std::vector<Ally>& all() const { return allies_; }
  const Ally* find(std::string_view key) const;
  /// Like find(), but an Error naming the valid codes when absent.
  Result<const Ally*> resolve(std::string_view key) const;
  /// Allies that are members in `year` (accession year <= year).
  std::vector<const Ally*> members_in(int year) const;
  std::string codes_list() const;

 private:
  std::vector<Ally> allies_;
};

}  // namespace fardeau

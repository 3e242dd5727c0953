// Allies of the alliance: codes, names in NATO's two languages, accession, EU membership.
// The content comes from the data tables (io/members_loader.hpp): core holds no list.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace fardeau {

/// The ally whose share of allied spending reports quote ("the US share"): the alliance's
/// largest spender, about two-thirds of the total, so its share is the burden-sharing figure.
inline constexpr std::string_view kReferenceAllyIso3 = "USA";
/// Canada: with the reference ally, the allies of North America that "European Allies"
/// leave out.
inline constexpr std::string_view kCanadaIso3 = "CAN";

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
  int eu_first_year = 0;  ///< first year counted as an EU member state (year of entry), 0: never
  int eu_last_year = 0;   ///< last year counted (the United Kingdom: 2019), 0: still a member

  bool member_in(int year) const { return accession_year <= year; }
  /// Whether the ally is an EU member state in `year` (entry year counts, as for NATO).
  bool eu_member_in(int year) const {
    return eu_first_year != 0 && year >= eu_first_year &&
           (eu_last_year == 0 || year <= eu_last_year);
  }
  const std::string& name(std::string_view lang) const { return lang == "fr" ? name_fr : name_en; }
};

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

// The allies: nato_members.csv, with their French names (reference/ally_names_fr.csv) and
// their EU membership (reference/eu_membership.csv), into the ally registry.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/ally.hpp"
#include "core/error.hpp"
#include "io/data_source.hpp"

namespace fardeau::io {

constexpr std::string_view kMembersFile = "nato_members.csv";

/// Columns: iso3, iso2, eurostat_code, country, accession_date, accession_year,
/// founding_member, has_armed_forces (others ignored). French names are the English ones
/// and no ally is in the EU until the reference tables say otherwise (load_allies).
Result<std::vector<Ally>> load_members_csv(std::string_view text, const std::string& name);

/// The registry of `source`: its nato_members.csv joined with its French names and EU
/// membership tables. The first file that cannot be read or is malformed is the error.
Result<AllyRegistry> load_allies(const DataSource& source);

}  // namespace fardeau::io

// nato_members.csv into the ally registry.
#pragma once
#include <string>
#include <string_view>

#include "core/ally.hpp"
#include "core/error.hpp"

namespace fardeau::io {

/// Columns: iso3, iso2, eurostat_code, country, accession_date, accession_year,
/// founding_member, has_armed_forces (others ignored). French names come from core.
Result<AllyRegistry> load_members_csv(std::string_view text, const std::string& name);

}  // namespace fardeau::io

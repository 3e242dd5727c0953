// reference/eu_membership.csv: when each state entered (and left) the European Communities /
// European Union, for the group "eu" of allies that are EU member states in a year.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/ally.hpp"
#include "core/error.hpp"

namespace fardeau::io {

constexpr std::string_view kEuMembershipFile = "reference/eu_membership.csv";

/// Columns: iso3, accession_date, first_year, withdrawal_date, last_year (others ignored).
/// first_year is the year of accession_date (a state counts from its year of entry, as for
/// NATO); last_year is empty while a member, else its last full calendar year as a member
/// (the United Kingdom left on 2020-01-31: 2019). Rows for states that are not allies are
/// allowed (the table lists every member state); a second row for a state, a malformed date
/// or year, or a last_year before first_year is a data_error at its row and column.
Status apply_eu_membership(std::string_view text, const std::string& name,
                           std::vector<Ally>& allies);

}  // namespace fardeau::io

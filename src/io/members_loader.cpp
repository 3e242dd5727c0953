#include "io/members_loader.hpp"

#include <optional>
#include <vector>

#include "io/ally_names_loader.hpp"
#include "io/csv_header.hpp"
#include "io/eu_membership_loader.hpp"
#include "io/number_parse.hpp"

namespace fardeau::io {

Result<std::vector<Ally>> load_members_csv(std::string_view text, const std::string& name) {
  CsvReader reader(text, name);
  FARDEAU_TRY(header, CsvHeader::read(reader));
  FARDEAU_TRY(col, header.require({"iso3", "iso2", "eurostat_code", "country", "accession_date",
                                   "accession_year", "founding_member", "has_armed_forces"}));
  std::vector<Ally> allies;
  std::vector<std::string> row;
  while (true) {
    FARDEAU_TRY(got, header.next(reader, row));
    if (!got) break;
    Ally a;
    a.iso3 = row[col[0]];
    if (a.iso3.size() != 3)
      return make_error(ErrorCode::data_error, "iso3 '" + a.iso3 + "' is not a 3-letter code",
                        reader.where(col[0] + 1));
    a.iso2 = row[col[1]];
    a.nato_code = row[col[2]];
    a.name_en = row[col[3]];
    a.accession_date = row[col[4]];
    auto year = parse_int(row[col[5]], 1949, 2200);
    if (!year)
      return make_error(ErrorCode::data_error,
                        "accession_year '" + row[col[5]] + "' is not a year from 1949",
                        reader.where(col[5] + 1));
    a.accession_year = static_cast<int>(*year);
    a.founding_member = row[col[6]] == "1";
    a.has_armed_forces = row[col[7]] != "0";
    a.name_fr = a.name_en;
    allies.push_back(std::move(a));
  }
  return allies;
}

Result<AllyRegistry> load_allies(const DataSource& source) {
  FARDEAU_TRY(members, source.read(kMembersFile));
  FARDEAU_TRY(allies, load_members_csv(members, source.location(kMembersFile)));
  FARDEAU_TRY(names, source.read(kFrenchNamesFile));
  if (auto st = apply_french_names(names, source.location(kFrenchNamesFile), allies); !st)
    return st.error();
  FARDEAU_TRY(eu, source.read(kEuMembershipFile));
  if (auto st = apply_eu_membership(eu, source.location(kEuMembershipFile), allies); !st)
    return st.error();
  return AllyRegistry(std::move(allies));
}

}  // namespace fardeau::io

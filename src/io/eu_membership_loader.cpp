#include "io/eu_membership_loader.hpp"

#include <algorithm>
#include <string>

#include "io/reference_table.hpp"

namespace fardeau::io {

Status apply_eu_membership(std::string_view text, const std::string& name,
                           std::vector<Ally>& allies) {
  FARDEAU_TRY(table, ReferenceTable::open(
                         text, name,
                         {"iso3", "accession_date", "first_year", "withdrawal_date", "last_year"}));
  while (true) {
    FARDEAU_TRY(got, table.next());
    if (!got) break;
    FARDEAU_TRY(iso3, table.iso3(0));
    if (auto st = table.once(0, iso3); !st) return st;
    FARDEAU_TRY(entered, table.date(1, false));
    // The EEC, the first of the European Communities that became the EU, began in 1958.
    FARDEAU_TRY(first, table.number(2, 1958, 2200));
    if (first != std::stoi(entered.substr(0, 4)))
      return table.invalid(2, "is not the year of accession_date " + entered +
                                  " (a state counts from its year of entry)");
    FARDEAU_TRY(left, table.date(3, true));
    FARDEAU_TRY(last, table.number(4, first, 2200, 0));
    if (left.empty() != (last == 0))
      return table.invalid(4, left.empty() ? "is given but withdrawal_date is empty"
                                           : "is empty but withdrawal_date is given; give the "
                                             "last year counted as a member");
    if (last != 0 && last > std::stoi(left.substr(0, 4)))
      return table.invalid(4, "is after the year of withdrawal_date " + left);
    auto ally =
        std::find_if(allies.begin(), allies.end(), [&](const Ally& a) { return a.iso3 == iso3; });
    if (ally == allies.end()) continue;  // an EU member state that is no ally
    ally->eu_first_year = first;
    ally->eu_last_year = last;
  }
  return ok_status();
}

}  // namespace fardeau::io

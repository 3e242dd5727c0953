#include "io/ally_names_loader.hpp"

#include <algorithm>

#include "io/reference_table.hpp"

namespace fardeau::io {

Status apply_french_names(std::string_view text, const std::string& name,
                          std::vector<Ally>& allies) {
  FARDEAU_TRY(table, ReferenceTable::open(text, name, {"iso3", "name_fr"}));
  while (true) {
    FARDEAU_TRY(got, table.next());
    if (!got) break;
    FARDEAU_TRY(iso3, table.iso3(0));
    FARDEAU_TRY(fr, table.text(1));
    if (auto st = table.once(0, iso3); !st) return st;
    auto ally =
        std::find_if(allies.begin(), allies.end(), [&](const Ally& a) { return a.iso3 == iso3; });
    if (ally == allies.end())
      return table.invalid(0, "is not an ally of nato_members.csv (add the ally there first)");
    ally->name_fr = std::move(fr);
  }
  return ok_status();
}

}  // namespace fardeau::io

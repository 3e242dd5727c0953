// How each publisher spells countries in its tables (reference/publisher_country_names.csv):
// NATO's row labels ("Slovak Republic", "Türkiye", "NATO Europe and Canada") and SIPRI's
// country names, each with its ISO3 code, so that the workbook importers need no table of
// their own. Each importer decides how it compares (NATO ignores letter case; SIPRI not).
#pragma once
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace fardeau::io {

constexpr std::string_view kCountryNamesFile = "reference/publisher_country_names.csv";

struct CountryName {
  std::string name;  ///< as the publisher prints it
  std::string iso3;  ///< ISO3, an aggregate code (NATO_TOTAL), or "" for a name with no code
};

/// Each publisher's spellings ("nato", "sipri"), in file order.
using PublisherNames = std::map<std::string, std::vector<CountryName>, std::less<>>;

/// Columns: publisher, name, iso3 (others ignored). A publisher id of lower-case letters and
/// digits; a name without surrounding spaces, listed once per publisher (letter case
/// ignored); a code of three capital letters, an aggregate code of capitals and '_', or
/// empty. Anything else is a data_error at its row and column.
Result<PublisherNames> parse_country_names(std::string_view text, const std::string& name);

/// The embedded table's spellings for `publisher`, parsed once (thread-safe); an internal
/// error if the table does not parse (the build checks it does) or lists no such publisher.
Result<const std::vector<CountryName>*> embedded_country_names(std::string_view publisher);

}  // namespace fardeau::io

#include "io/country_names.hpp"

#include "io/data_source.hpp"
#include "io/reference_table.hpp"
#include "io/sheet_scan.hpp"

namespace fardeau::io {
namespace {

bool is_publisher_id(std::string_view s) {
  bool ok = !s.empty();
  for (char c : s) ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
  return ok;
}

/// "", "FRA", or an aggregate code such as NATO_EUR_CAN (capitals and '_', with a '_').
bool is_code(std::string_view s) {
  bool caps = true;
  for (char c : s) caps = caps && ((c >= 'A' && c <= 'Z') || c == '_');
  const bool aggregate = s.size() > 3 && s.front() != '_' && s.find('_') != std::string_view::npos;
  return s.empty() || (caps && (s.size() == 3 || aggregate));
}

}  // namespace

Result<PublisherNames> parse_country_names(std::string_view text, const std::string& name) {
  FARDEAU_TRY(t, ReferenceTable::open(text, name, {"publisher", "name", "iso3"}));
  PublisherNames out;
  while (true) {
    FARDEAU_TRY(got, t.next());
    if (!got) break;
    if (!is_publisher_id(t.field(0)))
      return t.invalid(0, "is not a publisher id (lower-case letters and digits, e.g. nato)");
    FARDEAU_TRY(spelling, t.text(1));
    if (trim_text(spelling).size() != spelling.size())
      return t.invalid(1, "has spaces around it (the importers compare trimmed labels)");
    if (auto st = t.once(1, t.field(0) + "\n" + lower_ascii(spelling)); !st) return st.error();
    if (!is_code(t.field(2)))
      return t.invalid(2,
                       "is not a code: three capital letters (ISO3, e.g. FRA), an aggregate "
                       "code of capitals and '_' (e.g. NATO_TOTAL), or empty for a name with "
                       "no code");
    out[t.field(0)].push_back({std::move(spelling), t.field(2)});
  }
  return out;
}

Result<const std::vector<CountryName>*> embedded_country_names(std::string_view publisher) {
  static const Result<PublisherNames> table = [] {
    auto text = DataSource::embedded().read(kCountryNamesFile);
    if (!text) return Result<PublisherNames>(text.error());
    return parse_country_names(*text, std::string(kCountryNamesFile));
  }();
  if (!table)
    return make_error(
        ErrorCode::internal,
        "the embedded table of publishers' spellings does not load: " + table.error().what());
  auto it = table->find(publisher);
  if (it == table->end())
    return make_error(ErrorCode::internal, "no spellings for publisher '" + std::string(publisher) +
                                               "' in " + std::string(kCountryNamesFile));
  return &it->second;
}

}  // namespace fardeau::io

#include "io/vintage_catalogue.hpp"

#include <algorithm>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "io/number_parse.hpp"
#include "io/reference_table.hpp"

namespace fardeau::io {
namespace {

/// "a.csv;b.csv" -> {"a.csv", "b.csv"}; empty if an item is not a plain file name of the
/// data folder (letters, digits, '.', '_', '-', not starting with '.').
std::vector<std::string> file_list(std::string_view s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const auto end = std::min(s.find(';', start), s.size());
    const auto item = s.substr(start, end - start);
    bool ok = !item.empty() && item.front() != '.';
    for (char c : item)
      ok = ok && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '.' || c == '_' || c == '-');
    if (!ok) return {};
    out.emplace_back(item);
    if (end == s.size()) return out;
    start = end + 1;
  }
}

std::optional<Measure> measure_named(std::string_view name) {
  for (Measure m : kAllMeasures)
    if (name == to_string(m)) return m;
  return std::nullopt;
}

std::string measure_names() {
  std::string s;
  for (Measure m : kAllMeasures) s += (s.empty() ? "" : ", ") + std::string(to_string(m));
  return s;
}

Result<std::vector<VintageInfo>> parse_vintages(std::string_view text, const std::string& name,
                                                std::vector<std::string>& rows) {
  FARDEAU_TRY(t, ReferenceTable::open(
                     text, name,
                     {"id", "family", "publisher", "title", "source_id", "published", "cutoff",
                      "definition", "price_basis", "base_year", "files", "notes"}));
  std::vector<VintageInfo> out;
  while (true) {
    FARDEAU_TRY(got, t.next());
    if (!got) break;
    VintageInfo v;
    v.id = t.field(0);
    if (!is_vintage_id(v.id))
      return t.invalid(0,
                       "is not a vintage id (1-64 lower-case letters, digits, '-', '.' or "
                       "'_', starting with a letter or digit, e.g. nato-2027)");
    if (auto st = t.once(0, v.id); !st) return st.error();
    FARDEAU_TRY(family, t.text(1));
    FARDEAU_TRY(publisher, t.text(2));
    FARDEAU_TRY(title, t.text(3));
    FARDEAU_TRY(source_id, t.text(4));
    FARDEAU_TRY(published, t.date(5, false, true));
    FARDEAU_TRY(cutoff, t.date(6, true));
    FARDEAU_TRY(definition, t.text(7));
    FARDEAU_TRY(price_basis, t.text(8));
    FARDEAU_TRY(base_year, t.number(9, 0, 2200));
    v.files = file_list(t.field(10));
    if (v.files.empty())
      return t.invalid(10,
                       "is not a list of data file names separated by ';' (letters, digits, "
                       "'.', '_' and '-', e.g. nato_2026_edition_long.csv)");
    v.family = std::move(family);
    v.publisher = std::move(publisher);
    v.title = std::move(title);
    v.source_id = std::move(source_id);
    v.published = std::move(published);
    v.cutoff = std::move(cutoff);
    v.definition = std::move(definition);
    v.price_basis = std::move(price_basis);
    v.base_year = base_year;
    v.notes = t.field(11);
    v.builtin = true;
    rows.push_back(t.where().text());
    out.push_back(std::move(v));
  }
  return out;
}

Status parse_measures(std::string_view text, const std::string& name,
                      std::vector<VintageInfo>& vintages) {
  FARDEAU_TRY(t, ReferenceTable::open(text, name,
                                      {"vintage", "measure", "indicator", "scale", "denominator"}));
  while (true) {
    FARDEAU_TRY(got, t.next());
    if (!got) break;
    auto v = std::find_if(vintages.begin(), vintages.end(),
                          [&](const VintageInfo& x) { return x.id == t.field(0); });
    if (v == vintages.end()) {
      std::string ids;
      for (const auto& x : vintages) ids += (ids.empty() ? "" : ", ") + x.id;
      return t.invalid(0, "is not a vintage of " + std::string(kVintagesFile) + "; valid: " + ids);
    }
    auto m = measure_named(t.field(1));
    if (!m) return t.invalid(1, "is not a measure; valid: " + measure_names());
    if (auto st = t.once(1, v->id + " " + t.field(1)); !st) return st;
    FARDEAU_TRY(indicator, t.text(2));
    auto scale = parse_double(t.field(3));
    if (!scale || *scale == 0.0)
      return t.invalid(3,
                       "is not a non-zero number (1 for values as published, e.g. 1e-6 for "
                       "US dollars to millions)");
    v->measures.push_back({*m, std::move(indicator), *scale, t.field(4)});
  }
  return ok_status();
}

}  // namespace

bool is_vintage_id(std::string_view id) {
  bool ok = !id.empty() && id.size() <= 64;
  for (std::size_t i = 0; ok && i < id.size(); ++i) {
    const char c = id[i];
    ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         (i > 0 && (c == '-' || c == '.' || c == '_'));
  }
  return ok;
}

Result<std::vector<VintageInfo>> parse_vintage_catalogue(std::string_view vintages,
                                                         const std::string& vintages_name,
                                                         std::string_view measures,
                                                         const std::string& measures_name) {
  std::vector<std::string> rows;  // where each vintage is defined, for the check below
  FARDEAU_TRY(out, parse_vintages(vintages, vintages_name, rows));
  if (auto st = parse_measures(measures, measures_name, out); !st) return st.error();
  for (std::size_t k = 0; k < out.size(); ++k)
    if (out[k].measures.empty())
      return make_error(ErrorCode::data_error,
                        fmt::format("vintage '{}' has no row in {}: bind at least one measure "
                                    "(e.g. defexp_pct_gdp) to an indicator of its files",
                                    out[k].id, measures_name),
                        rows[k]);
  return out;
}

Result<std::vector<VintageInfo>> load_vintage_catalogue(const DataSource& source) {
  FARDEAU_TRY(vintages, source.read(kVintagesFile));
  FARDEAU_TRY(measures, source.read(kVintageMeasuresFile));
  return parse_vintage_catalogue(vintages, source.location(kVintagesFile), measures,
                                 source.location(kVintageMeasuresFile));
}

}  // namespace fardeau::io

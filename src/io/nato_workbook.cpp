#include "io/nato_workbook.hpp"

#include <map>
#include <memory>
#include <vector>

#include <fmt/format.h>

#include "io/country_names.hpp"
#include "io/nato_sheet.hpp"
#include "io/nato_tables.hpp"
#include "io/sheet_scan.hpp"

namespace fardeau::io {

std::optional<std::string> nato_table_of_sheet(std::string_view sheet_name) {
  std::string compact;
  for (char c : trim_text(sheet_name))
    if (c != ' ' && c != '_' && c != '.' && c != '-') compact += c;
  if (!starts_with_icase(compact, "table")) return std::nullopt;
  std::string id = lower_ascii(std::string_view(compact).substr(5));
  std::size_t digits = 0;
  while (digits < id.size() && id[digits] >= '0' && id[digits] <= '9') ++digits;
  if (digits == 0 || digits > 2 || id[0] == '0') return std::nullopt;
  if (id.size() > digits + 1) return std::nullopt;
  if (id.size() == digits + 1 && (id.back() < 'a' || id.back() > 'z')) return std::nullopt;
  return id;
}

bool looks_like_nato_workbook(const XlsxReader& book) {
  for (const std::string& s : book.sheet_names())
    if (auto t = nato_table_of_sheet(s); t && (nato::table_spec(*t) || *t == "4")) return true;
  return false;
}

Result<NatoImport> import_nato_workbook(const XlsxReader& book) {
  try {
    NatoImport out;
    auto names = embedded_country_names("nato");
    if (!names) return names.error();
    struct Loaded {
      const nato::TableSpec* table;
      std::unique_ptr<Sheet> sheet;
      std::unique_ptr<nato::SheetParser> parser;
    };
    std::vector<Loaded> loaded;
    std::map<std::string, std::string> sheet_of_table;
    std::vector<std::pair<int, Location>> base_years;
    for (const std::string& name : book.sheet_names()) {
      FoundSheet found{name, "", false, ""};
      auto table = nato_table_of_sheet(name);
      if (table) found.table = *table;
      if (table) {
        auto [it, fresh] = sheet_of_table.try_emplace(*table, name);
        if (!fresh)
          return make_error(
              ErrorCode::data_error,
              fmt::format("two sheets hold Table {}: '{}' and '{}'", *table, it->second, name),
              book.name());
      }
      const nato::TableSpec* spec = table ? nato::table_spec(*table) : nullptr;
      if (!spec) {
        found.note = !table          ? "not a NATO table; not read"
                     : *table == "4" ? "Table 4 repeats Tables 2 and 3 (constant-price "
                                       "spending and shares of GDP of two years, and their "
                                       "ratio); not imported twice"
                                     : "a table fardeau does not know; not read";
        out.report.sheets.push_back(std::move(found));
        continue;
      }
      FARDEAU_TRY(sheet, book.read_sheet(name));
      auto owned = std::make_unique<Sheet>(std::move(sheet));
      auto parser = std::make_unique<nato::SheetParser>(*owned, *spec, **names, out);
      auto st = parser->parse(base_years);
      if (!st) return st.error();
      found.imported = true;
      found.note = std::string(spec->name);
      out.report.sheets.push_back(std::move(found));
      loaded.push_back({spec, std::move(owned), std::move(parser)});
    }
    if (loaded.empty()) {
      std::string sheets;
      for (const auto& s : book.sheet_names()) sheets += (sheets.empty() ? "" : ", ") + s;
      return make_error(ErrorCode::data_error,
                        fmt::format("no NATO table sheet (\"Table 1\" ... \"Table 8b\", any "
                                    "spelling such as \"TABLE1\"); sheets: {}",
                                    sheets.empty() ? "none" : sheets),
                        book.name());
    }
    for (const nato::TableSpec& t : nato::table_specs())
      if (!sheet_of_table.count(std::string(t.table)))
        out.report.skipped.push_back(
            {book.name(), fmt::format("no sheet for Table {} ({}): its series are not "
                                      "imported",
                                      t.table, t.name)});
    bool needs_base = false;
    for (const Loaded& l : loaded)
      for (const nato::SeriesSpec& s : l.table->series)
        needs_base = needs_base || s.id.find("{B}") != std::string_view::npos;
    if (needs_base && base_years.empty())
      return make_error(ErrorCode::data_error,
                        "no price base year: expected a title such as 'Constant 2015 prices' "
                        "or 'Based on 2021 prices'",
                        book.name());
    for (const auto& [year, where] : base_years)
      if (year != base_years.front().first)
        return make_error(ErrorCode::data_error,
                          fmt::format("this title names {} prices but {} names {} prices", year,
                                      base_years.front().second.text(), base_years.front().first),
                          where);
    out.base_year = base_years.empty() ? 0 : base_years.front().first;
    for (Loaded& l : loaded) {
      auto st = l.parser->commit(out.base_year);
      if (!st) return st.error();
    }
    return out;
  } catch (...) {
    return import_exception_error(book.name());
  }
}

}  // namespace fardeau::io

// Read a file a user brings (NATO workbook, SIPRI workbook or long CSV) into an edition
// ready for the store: detects the source, parses it all or nothing, binds the
// analysis measures to the indicators found, and names the vintage.
//
// Detection (when no source is given): an xlsx (zip) with SIPRI's "Current US$" /
// "Share of GDP" sheets is sipri, one with NATO's "Table 1".."Table 8b" sheets is nato;
// a text file whose header names iso3, year, indicator and value is csv.
//
// Default vintage id: "<source>-<edition year>-import", the edition year being the last
// year of the data for NATO (nato-2026 covers 2014-2026) and for CSV, and the last year
// plus one for SIPRI (the 1949-2024 workbook is the April 2025 edition).
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/panel.hpp"
#include "io/import_report.hpp"
#include "io/store.hpp"

namespace fardeau::io {

enum class SourceFormat { nato, sipri, csv };
const char* to_string(SourceFormat f);
/// "nato", "sipri" or "csv"; invalid_argument naming --source otherwise.
Result<SourceFormat> parse_source_format(std::string_view s);

struct Edition {
  StoredVintage meta;  ///< info (id, bindings, texts), source_format, file name, SHA-256
  Panel panel;
  std::size_t countries = 0;  ///< distinct countries (aggregate rows not counted)
  ImportReport report;        ///< sheets, blocks, skipped cells (NATO workbooks)
  std::map<std::string, std::string> national_currency;  ///< NATO Table 1: "SWE" -> "Kronor"
};

/// Read and parse `path`. `source` nullopt = detect; `id` empty = the default id. Errors
/// are located at the file (and sheet:cell or row:column inside it).
Result<Edition> read_edition(const std::string& path, std::optional<SourceFormat> source,
                             const std::string& id);

/// An id users may give an imported edition: 1-64 of [a-z0-9._-], starting with a letter
/// or digit, and not the id of a built-in vintage.
Status check_import_id(std::string_view id);

/// Measures bound to the indicators the panel holds (NATO, SIPRI, WDI or long-CSV ids).
std::vector<MeasureBinding> bind_measures(const Panel& panel, int base_year);

}  // namespace fardeau::io

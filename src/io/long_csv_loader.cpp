#include "io/long_csv_loader.hpp"

#include <optional>
#include <tuple>
#include <vector>

#include <fmt/format.h>

#include "io/csv_header.hpp"
#include "io/import_limits.hpp"
#include "io/number_parse.hpp"

namespace fardeau::io {

Status load_long_csv(std::string_view text, const std::string& name, Panel& panel) {
  CsvReader reader(text, name);
  FARDEAU_TRY(header, CsvHeader::read(reader));
  const std::optional<std::size_t> col_unit = header.find("unit");
  const std::optional<std::size_t> col_est = header.find("is_estimate");
  const std::optional<std::size_t> col_note = header.find("footnote");
  FARDEAU_TRY(cols, header.require({"iso3", "year", "indicator", "value"},
                                   "the long layout needs iso3, year, indicator, value "
                                   "(and optionally unit, is_estimate)"));
  const std::size_t c_iso = cols[0], c_year = cols[1], c_ind = cols[2], c_val = cols[3];
  static const std::string kEmpty;
  std::vector<std::string> row;
  while (true) {
    FARDEAU_TRY(got, header.next(reader, row));
    if (!got) break;
    const std::string& iso3 = row[c_iso];
    if (iso3.empty() && row[c_ind].empty())
      return make_error(ErrorCode::data_error, "empty iso3 and indicator", reader.where(c_iso + 1));
    auto year = parse_int(row[c_year], 1800, 2200);
    if (!year)
      return make_error(ErrorCode::data_error,
                        "year '" + row[c_year] + "' is not a whole number from 1800 to 2200",
                        reader.where(c_year + 1));
    if (row[c_ind].empty())
      return make_error(ErrorCode::data_error, "empty indicator", reader.where(c_ind + 1));
    auto value = parse_double(row[c_val]);
    if (!value)
      return make_error(
          ErrorCode::data_error,
          "value '" + row[c_val] + "' is not a number (expected e.g. 1506.1 or 1.7e-05)",
          reader.where(c_val + 1));
    bool estimate = false, footnote = false;
    for (auto [col, flag, column] : {std::tuple{col_est, &estimate, "is_estimate"},
                                     std::tuple{col_note, &footnote, "footnote"}}) {
      if (!col) continue;
      const std::string& e = row[*col];
      if (e == "1")
        *flag = true;
      else if (!e.empty() && e != "0")
        return make_error(ErrorCode::data_error,
                          std::string(column) + " '" + e + "' must be empty, 0 or 1",
                          reader.where(*col + 1));
    }
    if (panel.size() >= kMaxImportValues)
      return make_error(ErrorCode::limit_exceeded,
                        fmt::format("more than {} values; no edition holds that many, so the file "
                                    "is refused (split it by indicator or years)",
                                    kMaxImportValues),
                        reader.where());
    // SIPRI's "Yemen, North" has no code: keep it addressable by name-less key "".
    if (!panel.add(iso3, row[c_ind], col_unit ? row[*col_unit] : kEmpty, static_cast<int>(*year),
                   Observation{*value, estimate, footnote}))
      return make_error(ErrorCode::data_error,
                        "duplicate value for " + (iso3.empty() ? std::string("(no code)") : iso3) +
                            " " + row[c_ind] + " " + row[c_year],
                        reader.where());
  }
  return ok_status();
}

}  // namespace fardeau::io

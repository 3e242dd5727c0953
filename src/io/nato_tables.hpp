// NATO's tables as fardeau imports them (io/nato_workbook.hpp): for each table number, the
// series its blocks hold, the indicator id and unit each becomes, and the words of a block
// title that name it.
#pragma once
#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace fardeau::io::nato {

struct SeriesSpec {
  std::string_view id;                       // "{B}" stands for the base year
  std::string_view unit;                     // idem
  std::array<std::string_view, 2> keywords;  // subtitle matches if it contains either
  std::string_view what;                     // for messages: "constant prices"
};

struct TableSpec {
  std::string_view table;  // "1" ... "8b"
  std::string_view name;   // for messages
  std::vector<SeriesSpec> series;
};

/// Tables 1, 2, 3, 5, 6, 7, 8a and 8b (Table 4 repeats 2 and 3 and is not imported).
const std::vector<TableSpec>& table_specs();
/// The spec of table "1" ... "8b"; nullptr for a table fardeau does not import.
const TableSpec* table_spec(std::string_view table);
/// `pattern` with "{B}" replaced by the price base year.
std::string with_base(std::string_view pattern, int base_year);
/// Whether the block title `heading` names the series `s` (one of its keywords).
bool matches(const SeriesSpec& s, std::string_view heading);
/// "'current prices' or 'constant prices'": the series of `t`, for messages.
std::string expected_series(const TableSpec& t);
/// "Table 3 : Defence expenditure..." starts with "Table" and the table's number.
bool is_table_title(std::string_view text, std::string_view table);

}  // namespace fardeau::io::nato

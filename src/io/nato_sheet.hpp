// One sheet of NATO's workbook, read row by row into blocks of values (the rules are in
// io/nato_workbook.hpp): the parser the workbook importer runs on each table sheet.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "io/country_names.hpp"
#include "io/nato_labels.hpp"
#include "io/nato_tables.hpp"
#include "io/nato_workbook.hpp"
#include "io/sheet_scan.hpp"
#include "io/xlsx_reader.hpp"

namespace fardeau::io::nato {

struct YearColumn {
  std::uint32_t col;
  YearHeader year;
};

struct Heading {
  std::string text;
  CellPos pos;
};

/// Reads one table sheet row by row (see the header for the rules).
class SheetParser {
 public:
  /// `names`: NATO's spellings of the countries (its row labels).
  SheetParser(const Sheet& sheet, const TableSpec& table, const std::vector<CountryName>& names,
              NatoImport& out)
      : sheet_(sheet), table_(table), names_(names), out_(out) {}

  /// Pass 1: structure, base years and values into the blocks; the indicator ids need
  /// the workbook's base year, known only once every sheet is read.
  Status parse(std::vector<std::pair<int, Location>>& base_years);
  /// Pass 2: the values into the panel with the workbook's base year.
  Status commit(int base_year);

 private:
  struct Value {
    std::string entity;
    int year;
    Observation obs;
    CellPos pos;
  };
  struct Block {
    const SeriesSpec* spec = nullptr;
    Heading heading;
    std::unordered_map<std::string, std::uint32_t> row_of;
    std::vector<Value> values;
    std::vector<int> estimate_years;
    int first_year = 0, last_year = 0;
  };

  Status header_row(std::uint32_t r, std::vector<YearColumn> years);
  Status data_row(std::uint32_t r, const Label& label, std::string_view iso3,
                  std::uint32_t label_col);
  Status unlabelled_row(std::uint32_t r, std::span<const Sheet::Entry> cells);
  Result<const SeriesSpec*> series_for_run(std::uint32_t r, Heading& heading) const;
  void add_heading(std::string_view text, CellPos pos) {
    headings_.push_back({std::string(text), pos});
    if (auto y = price_base_year(text))
      base_years_->emplace_back(*y, sheet_.where(pos.row, pos.col));
  }
  void skip(std::uint32_t r, std::uint32_t c, std::string why) {
    out_.report.skipped.push_back({sheet_.where(r, c).text(), std::move(why)});
  }
  const YearColumn* year_at(std::uint32_t col) const {
    auto it = std::lower_bound(years_.begin(), years_.end(), col,
                               [](const YearColumn& y, std::uint32_t c) { return y.col < c; });
    return it != years_.end() && it->col == col ? &*it : nullptr;
  }

  const Sheet& sheet_;
  const TableSpec& table_;
  const std::vector<CountryName>& names_;
  NatoImport& out_;
  std::vector<YearColumn> years_;  // the current header row's, by column
  std::optional<CellPos> header_pos_;
  std::vector<Heading> headings_;  // text rows since the last data row, top to bottom
  bool titled_ = false;
  bool in_run_ = false;  // the previous non-skipped row was a data row
  std::vector<Block> blocks_;
  std::vector<std::pair<int, Location>>* base_years_ = nullptr;
};

}  // namespace fardeau::io::nato

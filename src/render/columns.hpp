// A view's table declared once, as columns over a row type. A column names its JSON key
// and CSV header, its English and French table header, its plain value (JSON, and CSV
// unless told otherwise) and the text people read in the table, per language. The three
// emitters below turn one list of columns and the rows into JSON rows, CSV rows and a
// table for text and Markdown output (render/document.hpp prints the last two).
#pragma once
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "render/document.hpp"
#include "render/format.hpp"
#include "render/json_common.hpp"

namespace fardeau::render {

enum class Align { left, right };

/// Which machine outputs carry a column's value (the table shows a column when it has a cell).
enum class Machine { json_csv, json, csv, none };

template <typename Row>
struct Column {
  std::string id{};  ///< JSON key and CSV header
  std::string en{};  ///< table header in English ...
  std::string fr{};  ///< ... and in French
  /// Plain value: a number rounded for output, a string, a bool or null.
  std::function<nlohmann::ordered_json(const Row&)> value{};
  /// Text for people in the language; empty function: not in the table.
  std::function<std::string(const Row&, Lang)> cell{};
  Align align = Align::right;
  Machine machine = Machine::json_csv;
  /// CSV text when it is not the value's plain form (lists joined by ';', ...).
  std::function<std::string(const Row&)> csv{};
};

template <typename Row>
using Columns = std::vector<Column<Row>>;

/// A CSV column with the same value on every row (the vintage id, the year asked, ...).
template <typename Row>
Column<Row> csv_constant(const std::string& id, nlohmann::ordered_json value) {
  return {.id = id,
          .value = [value = std::move(value)](const Row&) { return value; },
          .machine = Machine::csv};
}

/// An ally's name in the language: "name" in JSON and CSV, the table's "Ally" column.
/// `ally(row)` gives the ally (const Ally*).
template <typename Row, typename GetAlly>
Column<Row> ally_name_column(GetAlly ally, Lang lang) {
  return {.id = "name",
          .en = "Ally",
          .fr = "Allié",
          .value = [ally, lang](const Row& r) -> nlohmann::ordered_json {
            return ally_name(*ally(r), lang);
          },
          .cell = [ally](const Row& r, Lang l) { return ally_name(*ally(r), l); },
          .align = Align::left};
}

/// The CSV text of a plain value: numbers in shortest round-trip form, bools as 1/0,
/// null as an empty field.
std::string csv_text(const nlohmann::ordered_json& value);

/// One JSON object a row, keys in column order.
template <typename Row, typename Rows>
nlohmann::ordered_json json_rows(const Columns<Row>& columns, const Rows& rows) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const Row& row : rows) {
    nlohmann::ordered_json o = nlohmann::ordered_json::object();
    for (const auto& c : columns)
      if (c.machine == Machine::json_csv || c.machine == Machine::json) o[c.id] = c.value(row);
    out.push_back(std::move(o));
  }
  return out;
}

/// The CSV header (set when the table has none yet) and one line a row.
template <typename Row, typename Rows>
void csv_rows(CsvTable& out, const Columns<Row>& columns, const Rows& rows) {
  auto in_csv = [](const Column<Row>& c) {
    return c.machine == Machine::json_csv || c.machine == Machine::csv;
  };
  if (out.headers.empty())
    for (const auto& c : columns)
      if (in_csv(c)) out.headers.push_back(c.id);
  for (const Row& row : rows) {
    std::vector<std::string> line;
    for (const auto& c : columns)
      if (in_csv(c)) line.push_back(c.csv ? c.csv(row) : csv_text(c.value(row)));
    out.rows.push_back(std::move(line));
  }
}

/// The table for people: headers and cells in the language.
template <typename Row, typename Rows>
TextTable text_table(const Columns<Row>& columns, const Rows& rows, Lang lang) {
  TextTable t;
  for (const auto& c : columns)
    if (c.cell) {
      t.headers.push_back(lang == Lang::fr ? c.fr : c.en);
      t.right_align.push_back(c.align == Align::right);
    }
  for (const Row& row : rows) {
    std::vector<std::string> line;
    for (const auto& c : columns)
      if (c.cell) line.push_back(c.cell(row, lang));
    t.rows.push_back(std::move(line));
  }
  return t;
}

/// The machine outputs of a view that is one table: the JSON `head` (envelope and totals)
/// with the rows under `key`, and the CSV. The caller adds the document for people.
template <typename Row, typename Rows>
Rendered table_view(nlohmann::ordered_json head, const char* key, const Columns<Row>& columns,
                    const Rows& rows) {
  Rendered out;
  out.json = std::move(head);
  out.json[key] = json_rows(columns, rows);
  csv_rows(out.csv, columns, rows);
  return out;
}

}  // namespace fardeau::render

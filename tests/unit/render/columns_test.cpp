#include "render/columns.hpp"

#include <gtest/gtest.h>

namespace fardeau::render {
namespace {

using json = nlohmann::ordered_json;

struct Row {
  std::string code;
  double value;
  bool estimate;
};

Columns<Row> columns() {
  return {
      {.id = "vintage", .value = [](const Row&) -> json { return "v1"; }, .machine = Machine::csv},
      {.id = "code",
       .en = "Code",
       .fr = "Code",
       .value = [](const Row& r) -> json { return r.code; },
       .cell = [](const Row& r, Lang) { return r.code; },
       .align = Align::left},
      {.id = "value",
       .en = "Value",
       .fr = "Valeur",
       .value = [](const Row& r) -> json { return r.value; },
       .cell = [](const Row&, Lang l) { return l == Lang::fr ? "v,fr" : "v.en"; }},
      {.id = "estimate",
       .value = [](const Row& r) -> json { return r.estimate; },
       .machine = Machine::json},
      {.en = "Note",
       .fr = "Note",
       .cell = [](const Row&, Lang) { return "n"; },
       .machine = Machine::none}};
}

const std::vector<Row> kRows{{"A", 1.5, true}, {"B", 2.0, false}};

TEST(columns_test, json_rows_take_json_columns_in_order) {
  const json j = json_rows(columns(), kRows);
  EXPECT_EQ(j.dump(), R"([{"code":"A","value":1.5,"estimate":true},)"
                      R"({"code":"B","value":2.0,"estimate":false}])");
}

TEST(columns_test, csv_rows_take_csv_columns_and_plain_values) {
  CsvTable t;
  csv_rows(t, columns(), kRows);
  EXPECT_EQ(t.headers, (std::vector<std::string>{"vintage", "code", "value"}));
  ASSERT_EQ(t.rows.size(), 2U);
  EXPECT_EQ(t.rows[1], (std::vector<std::string>{"v1", "B", "2"}));
}

TEST(columns_test, text_table_takes_columns_with_a_cell) {
  const TextTable t = text_table(columns(), kRows, Lang::fr);
  EXPECT_EQ(t.headers, (std::vector<std::string>{"Code", "Valeur", "Note"}));
  EXPECT_EQ(t.right_align, (std::vector<bool>{false, true, true}));
  EXPECT_EQ(t.rows[0], (std::vector<std::string>{"A", "v,fr", "n"}));
}

TEST(columns_test, csv_text_of_plain_values) {
  EXPECT_EQ(csv_text(json(nullptr)), "");
  EXPECT_EQ(csv_text(json(true)), "1");
  EXPECT_EQ(csv_text(json(false)), "0");
  EXPECT_EQ(csv_text(json(41707.0)), "41707");
  EXPECT_EQ(csv_text(json(29)), "29");
  EXPECT_EQ(csv_text(json("a,b")), "a,b");  // quoting is render_csv's
}

}  // namespace
}  // namespace fardeau::render

// `fardeau sql`'s view: its columns come from the result set, and a column's values may be
// of several types (SQLite types values, not columns).
#include <gtest/gtest.h>

#include <limits>

#include "render/store_views.hpp"

namespace fardeau::render {
namespace {

service::SqlResult result() {
  service::SqlResult r;
  r.query.sql = "SELECT ...";
  r.query.db_path = "store.sqlite";
  r.table.columns = {"n", "x", "s", "mixed"};
  const double inf = std::numeric_limits<double>::infinity();
  r.table.rows = {{std::monostate{}, 1.5, std::string("a,b"), std::int64_t{7}},
                  {std::monostate{}, inf, std::string("c"), std::string("text")}};
  return r;
}

TEST(SqlView, CsvWritesNullEmptyAndRealsInShortestForm) {
  EXPECT_EQ(emit(view(result(), Lang::en), Format::csv),
            "n,x,s,mixed\n,1.5,\"a,b\",7\n,inf,c,text\n");
}

TEST(SqlView, JsonKeepsTheColumnsAndWritesInfinityAsNull) {
  const auto j = view(result(), Lang::en).json;
  EXPECT_EQ(j["columns"].dump(), R"(["n","x","s","mixed"])");
  EXPECT_EQ(
      j["rows"].dump(),
      R"([{"n":null,"x":1.5,"s":"a,b","mixed":7},{"n":null,"x":null,"s":"c","mixed":"text"}])");
}

TEST(SqlView, TableRightAlignsAColumnWithAnyNumber) {
  const auto rendered = view(result(), Lang::fr);
  ASSERT_EQ(rendered.doc.blocks.size(), 1U);
  const TextTable& t = rendered.doc.blocks[0].tables.at(0);
  EXPECT_EQ(t.headers, (std::vector<std::string>{"n", "x", "s", "mixed"}));
  EXPECT_EQ(t.right_align, (std::vector<bool>{false, true, false, true}));
  EXPECT_EQ(t.rows.at(1), (std::vector<std::string>{"", "inf", "c", "text"}));
  EXPECT_EQ(rendered.doc.title, "SQL (2 lignes)");
}

}  // namespace
}  // namespace fardeau::render

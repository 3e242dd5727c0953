// `fardeau sql` under its budget (io/sql_budget.hpp): a runaway recursive query stops at
// the time budget, a result too large for memory at the memory budget, a cancel flag
// stops it at once; each is an error naming its flag, and a query within budget is whole.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <atomic>

#include "io/sql_query.hpp"

namespace fardeau::io {
namespace {

constexpr const char* kForever =
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT count(*) FROM c";
constexpr const char* kEndlessRows =
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT x, 'some text "
    "that is longer than a short string' FROM c";

TEST(sql_budget_test, a_query_that_never_ends_stops_at_the_time_budget) {
  SqlBudget b;
  b.timeout_s = 0.2;
  auto t = query_observations(kForever, {}, "/nonexistent/store.sqlite", b);
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().code, ErrorCode::limit_exceeded);
  EXPECT_EQ(t.error().where, "--timeout");
  EXPECT_NE(t.error().message.find("time budget of 0.2 s"), std::string::npos) << t.error().message;
}

TEST(sql_budget_test, rows_without_end_stop_at_the_memory_budget_and_the_limit_is_restored) {
  const auto before = sqlite3_hard_heap_limit64(-1);
  SqlBudget b;
  b.memory_mib = SqlBudget::kMinMemoryMib;
  b.timeout_s = 60;  // the memory budget must stop it first
  auto t = query_observations(kEndlessRows, {}, "/nonexistent/store.sqlite", b);
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().code, ErrorCode::limit_exceeded);
  EXPECT_EQ(t.error().where, "--memory");
  EXPECT_NE(t.error().message.find("memory budget of 16 MiB"), std::string::npos)
      << t.error().message;
  EXPECT_EQ(sqlite3_hard_heap_limit64(-1), before);
}

TEST(sql_budget_test, sqlite_running_out_of_its_heap_is_the_memory_budget) {
  // A sort of 2,000,000 distinct texts must hold them all in SQLite's heap (temp_store is
  // memory): more than 16 MiB, with no row kept by fardeau.
  SqlBudget b;
  b.memory_mib = SqlBudget::kMinMemoryMib;
  b.timeout_s = 60;
  auto t = query_observations(
      "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c LIMIT 2000000) "
      "SELECT count(DISTINCT printf('%040d', x)) FROM c",
      {}, "/nonexistent/store.sqlite", b);
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().code, ErrorCode::limit_exceeded) << t.error().what();
  EXPECT_EQ(t.error().where, "--memory");
}

TEST(sql_budget_test, a_raised_cancel_flag_interrupts_the_query) {
  std::atomic<bool> cancel{true};
  SqlBudget b;
  b.timeout_s = 60;
  b.cancel = &cancel;
  auto t = query_observations(kForever, {}, "/nonexistent/store.sqlite", b);
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().code, ErrorCode::interrupted);
  EXPECT_NE(t.error().message.find("Ctrl-C"), std::string::npos);
}

TEST(sql_budget_test, a_query_within_budget_returns_every_row) {
  std::atomic<bool> cancel{false};
  SqlBudget b;
  b.cancel = &cancel;
  auto t = query_observations(
      "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c LIMIT 100000) "
      "SELECT x FROM c",
      {}, "/nonexistent/store.sqlite", b);
  ASSERT_TRUE(t.ok()) << t.error().what();
  ASSERT_EQ(t->rows.size(), 100000u);
  EXPECT_EQ(std::get<std::int64_t>(t->rows.back()[0]), 100000);
}

}  // namespace
}  // namespace fardeau::io

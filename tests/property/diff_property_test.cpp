// Diff of an edition with itself is empty, for every indicator it publishes; and a diff
// read backwards is the same diff with added and dropped swapped.
#include <map>
#include <string>
#include <tuple>

#include "editions.hpp"
#include "service/diff.hpp"

namespace fardeau::property {
namespace {

using Diff = EditionTest;

TEST_P(Diff, AnEditionWithItselfIsEmpty) {
  for (const auto& ind : d().panel().indicators()) {
    SCOPED_TRACE(ind.id);
    service::DiffQuery q;
    q.from = q.to = GetParam();
    q.indicator = ind.id;
    auto r = service::diff(engine(), q);
    ASSERT_TRUE(r.ok()) << r.error().what();
    EXPECT_TRUE(r->rows.empty()) << r->rows.size() << " rows, first " << r->rows.front().iso3 << " "
                                 << r->rows.front().year;
    EXPECT_EQ(r->revised, 0u);
    EXPECT_EQ(r->added, 0u);
    EXPECT_EQ(r->dropped, 0u);
    EXPECT_EQ(r->status_changes, 0u);
    EXPECT_GT(r->compared, 0u);
  }
}

TEST_P(Diff, BackwardsSwapsAddedAndDropped) {
  for (const auto& other : builtin_ids()) {
    if (other == GetParam() || !edition(other)->has(Measure::defexp_pct_gdp) ||
        !d().has(Measure::defexp_pct_gdp))
      continue;
    SCOPED_TRACE(other);
    service::DiffQuery q;
    q.from = GetParam();
    q.to = other;
    auto forward = service::diff(engine(), q);
    std::swap(q.from, q.to);
    auto backward = service::diff(engine(), q);
    ASSERT_TRUE(forward.ok()) << forward.error().what();
    ASSERT_TRUE(backward.ok()) << backward.error().what();
    EXPECT_EQ(forward->compared, backward->compared);
    EXPECT_EQ(forward->revised, backward->revised);
    EXPECT_EQ(forward->added, backward->dropped);
    EXPECT_EQ(forward->dropped, backward->added);
    EXPECT_EQ(forward->status_changes, backward->status_changes);
    std::map<std::tuple<std::string, int>, double> changes;
    for (const auto& row : forward->rows)
      if (row.change) changes[{row.iso3, row.year}] = *row.change;
    for (const auto& row : backward->rows) {
      if (!row.change) continue;
      auto it = changes.find({row.iso3, row.year});
      ASSERT_NE(it, changes.end()) << row.iso3 << " " << row.year;
      EXPECT_EQ(*row.change, -it->second) << row.iso3 << " " << row.year;
    }
  }
}

FARDEAU_FOR_EVERY_EDITION(Diff);

}  // namespace
}  // namespace fardeau::property

// Compliance counts are monotone in the target: raising the bar never adds an ally, and
// the allies meeting a higher target are among those meeting a lower one. Counts agree
// with the rows and with NATO's rule, in every edition and year.
#include <algorithm>
#include <string>
#include <vector>

#include "core/target_rule.hpp"
#include "editions.hpp"

namespace fardeau::property {
namespace {

/// 0.25% to 10% of GDP by quarter points, plus targets between the hundredths NATO
/// rounds to (a monotonicity break at the rounding step would hide between coarse ones).
std::vector<double> gdp_targets() {
  std::vector<double> t;
  for (int i = 1; i <= 40; ++i) t.push_back(0.25 * i);
  for (double x : {1.995, 1.999, 2.0, 2.001, 2.005, 3.495, 3.5, 3.505}) t.push_back(x);
  std::sort(t.begin(), t.end());
  return t;
}

bool includes(const std::vector<std::string>& outer, const std::vector<std::string>& inner) {
  for (const auto& x : inner)
    if (std::find(outer.begin(), outer.end(), x) == outer.end()) return false;
  return true;
}

void expect_consistent(const analysis::ComplianceResult& c) {
  int meeting = 0, reporting = 0;
  for (const auto& row : c.rows) {
    if (!row.value) {
      EXPECT_FALSE(row.meets) << row.ally->iso3;
      continue;
    }
    ++reporting;
    EXPECT_EQ(row.meets, meets_target(row.value->value, c.target_pct)) << row.ally->iso3;
    if (row.meets) {
      ++meeting;
      EXPECT_NE(std::find(c.meeting.begin(), c.meeting.end(), row.ally->iso3), c.meeting.end())
          << row.ally->iso3;
    }
  }
  EXPECT_EQ(c.count_meeting, meeting);
  EXPECT_EQ(c.count_meeting, static_cast<int>(c.meeting.size()));
  EXPECT_EQ(c.reporting, reporting);
  EXPECT_LE(c.reporting, c.members);
}

using Compliance = EditionTest;

TEST_P(Compliance, CountsNeverRiseWithTheTarget) {
  for (int year : years_of(d(), Measure::defexp_pct_gdp))
    for (const char* g : {"nato", "europe-canada", "european-allies"})
      for (Membership ms : {Membership::as_of, Membership::current}) {
        SCOPED_TRACE(::testing::Message() << g << " " << year << " " << to_string(ms));
        std::optional<analysis::ComplianceResult> previous;
        for (double t : gdp_targets()) {
          service::ComplianceQuery q{{GetParam(), ms}, year, g, t, std::nullopt};
          auto r = engine().compliance(q);
          ASSERT_TRUE(r.ok()) << r.error().what();
          const auto& c = r->gdp;
          SCOPED_TRACE(::testing::Message() << "target " << t);
          expect_consistent(c);
          if (previous) {
            EXPECT_LE(c.count_meeting, previous->count_meeting);
            EXPECT_TRUE(includes(previous->meeting, c.meeting));
            EXPECT_EQ(c.reporting, previous->reporting);  // the target changes no value
          }
          previous = c;
        }
      }
}

TEST_P(Compliance, EquipmentCountsNeverRiseWithTheTarget) {
  const auto years = years_of(d(), Measure::equipment_share_pct);
  if (years.empty()) GTEST_SKIP() << GetParam() << " publishes no equipment share";
  for (int year : years) {
    SCOPED_TRACE(year);
    int previous = -1;
    for (double t = 5.0; t <= 60.0; t += 2.5) {
      service::ComplianceQuery q{{GetParam(), Membership::as_of}, year, "nato", 2.0, t};
      auto r = engine().compliance(q);
      ASSERT_TRUE(r.ok()) << r.error().what();
      ASSERT_TRUE(r->equipment.has_value());
      expect_consistent(*r->equipment);
      if (previous >= 0) {
        EXPECT_LE(r->equipment->count_meeting, previous) << "target " << t;
      }
      previous = r->equipment->count_meeting;
    }
  }
}

// The report's "meets 2%" and "meets 3.5%" are the compliance query's answers.
TEST_P(Compliance, ReportAgreesWithTheComplianceQuery) {
  for (int year : years_of(d(), Measure::defexp_pct_gdp)) {
    SCOPED_TRACE(year);
    auto rep = engine().report({{GetParam(), Membership::as_of}, year});
    ASSERT_TRUE(rep.ok()) << rep.error().what();
    for (const auto& [target, from_report] :
         {std::pair{2.0, &rep->report.two_pct}, std::pair{3.5, &rep->report.core_3_5}}) {
      auto c = engine().compliance({{GetParam(), Membership::as_of}, year, "nato", target, {}});
      ASSERT_TRUE(c.ok()) << c.error().what();
      EXPECT_EQ(from_report->count_meeting, c->gdp.count_meeting) << target;
      EXPECT_EQ(from_report->meeting, c->gdp.meeting) << target;
    }
  }
}

FARDEAU_FOR_EVERY_EDITION(Compliance);

}  // namespace
}  // namespace fardeau::property

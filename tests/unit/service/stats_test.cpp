// `fardeau stats` through the service, on the embedded data, against SciPy: every case in
// tests/reference/stats/command_reference.json (make_command_reference.py, SciPy 1.10.1, which
// reads the data files itself): SIPRI Military Expenditure Database 1949-2024 (1951, 1970,
// 2014, 2024) and NATO's July 2026 edition (Tables 2, 3, 5, 6; 2014, 2024). Statistics and
// exact p-values within 1e-9 relative, approximate p-values within 1e-6. Then the long SIPRI
// series, the skip rule and every error path.
#include "service/stats.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace fardeau::service {
namespace {

using nlohmann::json;

constexpr double kStatTol = 1e-9;
constexpr double kApproxTol = 1e-6;

const Engine& engine() {
  static const Engine e;
  return e;
}

const json& reference() {
  static const json ref = [] {
    std::ifstream in(FARDEAU_SOURCE_DIR "/tests/reference/stats/command_reference.json");
    return in ? json::parse(in) : json();
  }();
  return ref;
}

::testing::AssertionResult near_rel(double actual, double expected, double rel) {
  const double err = std::fabs(actual - expected);
  if (expected == 0.0 ? std::fabs(actual) < 1e-15 : err <= rel * std::fabs(expected))
    return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "actual " << actual << " vs expected " << expected
                                       << " (relative error " << err / std::fabs(expected) << ")";
}

StatsScope scope_of(const std::string& vintage) { return StatsScope{Scope{vintage, {}}, {}}; }

std::vector<std::string> codes(const std::vector<ExploitationAlly>& allies) {
  std::vector<std::string> out;
  for (const auto& a : allies) out.push_back(a.ally->iso3);
  return out;
}

double tol(const std::string& method) { return method == "exact" ? kStatTol : kApproxTol; }

TEST(service_stats_test, exploitation_matches_scipy) {
  ASSERT_TRUE(reference().contains("exploitation"));
  ASSERT_EQ(reference().at("exploitation").size(), 6u);
  for (const auto& c : reference().at("exploitation")) {
    const int year = c.at("year");
    const std::string vintage = c.at("vintage");
    SCOPED_TRACE(vintage + " " + std::to_string(year));
    auto r = exploitation(engine(), {scope_of(vintage), year, year});
    ASSERT_TRUE(r) << r.error().what();
    ASSERT_EQ(r->years.size(), 1u);
    const auto& y = r->years[0];
    EXPECT_EQ(codes(y.allies), c.at("iso3").get<std::vector<std::string>>());
    EXPECT_EQ(y.excluded, c.at("excluded").get<std::vector<std::string>>());
    EXPECT_EQ(y.spearman.n, c.at("n").get<std::size_t>());
    EXPECT_TRUE(near_rel(y.spearman.statistic, c.at("rho"), kStatTol));
    const std::string rho_method = c.at("rho_method");
    EXPECT_EQ(analysis::to_string(y.spearman.method), rho_method);
    EXPECT_TRUE(near_rel(y.spearman.p_value_one_sided, c.at("rho_p_one_sided"), tol(rho_method)));
    EXPECT_TRUE(near_rel(y.spearman.p_value_two_sided, c.at("rho_p_two_sided"), tol(rho_method)));
    EXPECT_TRUE(near_rel(y.kendall.statistic, c.at("tau"), kStatTol));
    const std::string tau_method = c.at("tau_method");
    EXPECT_EQ(analysis::to_string(y.kendall.method), tau_method);
    EXPECT_TRUE(near_rel(y.kendall.p_value_one_sided, c.at("tau_p_one_sided"), tol(tau_method)));
    EXPECT_TRUE(near_rel(y.kendall.p_value_two_sided, c.at("tau_p_two_sided"), tol(tau_method)));
    EXPECT_EQ(y.partial_excluded, c.at("partial_excluded").get<std::vector<std::string>>());
    if (c.at("partial").is_null()) {
      EXPECT_FALSE(y.partial);
      EXPECT_FALSE(y.partial_note.empty());
    } else {
      ASSERT_TRUE(y.partial) << y.partial_note;
      const auto& p = c.at("partial");
      EXPECT_EQ(y.partial->n, p.at("n").get<std::size_t>());
      EXPECT_EQ(y.partial->df, p.at("df").get<std::size_t>());
      EXPECT_TRUE(near_rel(y.partial->statistic, p.at("rho"), kStatTol));
      EXPECT_TRUE(near_rel(y.partial->p_value_one_sided, p.at("p_one_sided"), kApproxTol));
      EXPECT_TRUE(near_rel(y.partial->p_value_two_sided, p.at("p_two_sided"), kApproxTol));
    }
  }
}

TEST(service_stats_test, exploitation_published_figures_named) {
  // SIPRI 2014, NATO allies as of 2014 (27 with forces): rho = 0.326, one-sided p = 0.049 (t).
  auto r = exploitation(engine(), {{Scope{}, "sipri"}, 2014, 2014});
  ASSERT_TRUE(r) << r.error().what();
  EXPECT_EQ(r->vintage.id, "sipri-2025");
  EXPECT_EQ(r->gdp_measure, "gdp_usd_current_m");
  EXPECT_EQ(r->burden_source, "published");
  EXPECT_NEAR(r->years[0].spearman.statistic, 0.3260, 5e-5);
  EXPECT_NEAR(r->years[0].spearman.p_value_one_sided, 0.0485, 5e-5);
  EXPECT_EQ(r->years[0].excluded, std::vector<std::string>{"ISL"});
}

TEST(service_stats_test, concordance_matches_scipy) {
  ASSERT_EQ(reference().at("concordance").size(), 6u);
  for (const auto& c : reference().at("concordance")) {
    const std::string vintage = c.at("vintage"), benefit = c.at("benefit");
    SCOPED_TRACE(vintage + " " + benefit);
    auto b = parse_benefit_proxy(benefit);
    ASSERT_TRUE(b);
    auto r = concordance(engine(), {scope_of(vintage), c.at("year").get<int>(), *b});
    ASSERT_TRUE(r) << r.error().what();
    ASSERT_EQ(r->rows.size(), c.at("n").get<std::size_t>());
    EXPECT_EQ(r->excluded, c.at("excluded").get<std::vector<std::string>>());
    for (const auto& row : r->rows) {
      EXPECT_TRUE(
          near_rel(row.defexp_share_pct, c.at("defexp_share_pct").at(row.ally->iso3), kStatTol));
      EXPECT_TRUE(
          near_rel(row.benefit_share_pct, c.at("benefit_share_pct").at(row.ally->iso3), kStatTol));
    }
    EXPECT_DOUBLE_EQ(r->wilcoxon.r_plus, c.at("r_plus").get<double>());
    EXPECT_DOUBLE_EQ(r->wilcoxon.r_minus, c.at("r_minus").get<double>());
    const std::string method = c.at("wilcoxon_method");
    EXPECT_EQ(analysis::to_string(r->wilcoxon.method), method);
    EXPECT_TRUE(near_rel(r->wilcoxon.p_value_one_sided, c.at("wilcoxon_p_one_sided"), tol(method)));
    EXPECT_TRUE(near_rel(r->wilcoxon.p_value_two_sided, c.at("wilcoxon_p_two_sided"), tol(method)));
    EXPECT_TRUE(near_rel(r->kendall_w.statistic, c.at("kendall_w"), kStatTol));
    EXPECT_TRUE(near_rel(r->kendall_w.chi_square, c.at("chi_square"), kStatTol));
    EXPECT_TRUE(near_rel(r->kendall_w.p_value, c.at("kendall_w_p"), kApproxTol));
    EXPECT_EQ(r->count_above, c.at("count_above").get<int>());
  }
}

TEST(service_stats_test, concentration_matches_numpy) {
  for (const auto& c : reference().at("concentration")) {
    const int year = c.at("year");
    SCOPED_TRACE(c.at("vintage").get<std::string>() + " " + std::to_string(year));
    auto r = concentration(
        engine(), {scope_of(c.at("vintage").get<std::string>()), year, year, PriceBasis::current});
    ASSERT_TRUE(r) << r.error().what();
    ASSERT_EQ(r->years.size(), 1u);
    const auto& y = r->years[0];
    EXPECT_EQ(y.n, c.at("n").get<std::size_t>());
    EXPECT_TRUE(near_rel(y.hhi.hhi_points, c.at("hhi_points"), kStatTol));
    EXPECT_TRUE(near_rel(y.gini.gini, c.at("gini"), kStatTol));
    ASSERT_TRUE(y.us_share_pct);
    EXPECT_TRUE(near_rel(*y.us_share_pct, c.at("us_share_pct"), kStatTol));
    EXPECT_EQ(y.largest_iso3, "USA");
  }
}

TEST(service_stats_test, fair_share_matches_scipy_inputs) {
  for (const auto& c : reference().at("fair_share")) {
    SCOPED_TRACE(c.at("vintage").get<std::string>());
    const auto by =
        c.at("by") == "gdp" ? analysis::ShareBase::gdp : analysis::ShareBase::population;
    auto r = fair_share(engine(), {scope_of(c.at("vintage").get<std::string>()),
                                   c.at("year").get<int>(), by, PriceBasis::current});
    ASSERT_TRUE(r) << r.error().what();
    ASSERT_EQ(r->shares.rows.size(), c.at("n").get<std::size_t>());
    for (const auto& row : r->shares.rows)
      EXPECT_TRUE(near_rel(row.ratio, c.at("ratio").at(row.ally->iso3), kStatTol))
          << row.ally->iso3;
    for (std::size_t i = 1; i < r->shares.rows.size(); ++i)
      EXPECT_GE(r->shares.rows[i - 1].ratio, r->shares.rows[i].ratio);
  }
}

// SIPRI back to the 1950s with membership as of each year (coverage in docs/methodology.md).
TEST(service_stats_test, sipri_long_series_1950_2024) {
  auto r = exploitation(engine(), {{Scope{}, "sipri"}, 1950, 2024});
  ASSERT_TRUE(r) << r.error().what();
  EXPECT_EQ(r->years.size(), 75u);
  EXPECT_TRUE(r->skipped.empty());
  auto year = [&](int y) -> const ExploitationYear& {
    return r->years.at(static_cast<std::size_t>(y - 1950));
  };
  // 1950: 11 members with forces; SIPRI has no GDP share for BEL, ITA, NLD.
  EXPECT_EQ(year(1950).spearman.n, 8u);
  EXPECT_EQ(analysis::to_string(year(1950).spearman.method), "exact");
  EXPECT_EQ(year(1950).excluded, (std::vector<std::string>{"BEL", "ISL", "ITA", "NLD"}));
  // 1953: Germany has SIPRI values but joins in 1955; Turkiye and the Netherlands lack values.
  EXPECT_EQ(year(1953).spearman.n, 11u);
  EXPECT_EQ(year(1955).spearman.n, 12u);  // with the FRG
  EXPECT_EQ(year(1960).spearman.n, 14u);
  EXPECT_EQ(year(1982).spearman.n, 15u);  // Spain
  EXPECT_EQ(year(1999).spearman.n, 18u);
  EXPECT_EQ(year(2024).spearman.n, 31u);
  // Population (for GDP per capita) starts in 1988 in SIPRI.
  EXPECT_FALSE(year(1987).partial);
  ASSERT_TRUE(year(1988).partial);
  EXPECT_EQ(year(1988).partial->n, 14u);
  EXPECT_EQ(year(1988).partial_excluded, std::vector<std::string>{"TUR"});
}

TEST(service_stats_test, a_small_year_inside_a_range_is_skipped) {
  auto r = exploitation(engine(), {{Scope{}, "sipri"}, 1949, 1951});
  ASSERT_TRUE(r) << r.error().what();
  ASSERT_EQ(r->skipped.size(), 1u);
  EXPECT_EQ(r->skipped[0].year, 1949);
  EXPECT_EQ(r->skipped[0].n, 2u);
  EXPECT_EQ(r->years.size(), 2u);
}

TEST(service_stats_test, errors_name_the_flag) {
  auto e = [](auto result) { return result ? std::string("no error") : result.error().what(); };
  EXPECT_EQ(e(exploitation(engine(), {{Scope{}, "sipri"}, 1949, 1949})),
            "--from: 1949: only 2 allies with GDP and % of GDP in sipri-2025 (5 needed for this "
            "statistic)");
  EXPECT_EQ(e(exploitation(engine(), {{Scope{}, "wdi"}, {}, {}}))
                .rfind("--definition: unknown definition 'wdi'", 0),
            0u);
  EXPECT_EQ(e(exploitation(engine(), {{Scope{"nato-2019", {}}, "sipri"}, {}, {}})),
            "--definition: --definition sipri contradicts --vintage nato-2019 (a nato edition); "
            "give one of them");
  EXPECT_EQ(e(exploitation(engine(), {{Scope{}, "nato"}, 2010, 2024})),
            "--from: year 2010 is outside nato-2026 (2014-2026 for defexp_pct_gdp)");
  EXPECT_EQ(e(exploitation(engine(), {{Scope{}, "nato"}, 2024, 2020}))
                .rfind("--from: 2024 is after --to (2020)", 0),
            0u);
  EXPECT_EQ(e(exploitation(engine(), {scope_of("nato-2025"), {}, {}}))
                .rfind("--vintage: nato-2025 publishes no GDP", 0),
            0u);
  EXPECT_EQ(e(concordance(engine(), {scope_of("nato-2025"), {}, BenefitProxy::gdp}))
                .rfind("--vintage: nato-2025 publishes no defence spending", 0),
            0u);
  EXPECT_EQ(e(parse_benefit_proxy("area")).rfind("--benefit: unknown benefit proxy 'area'", 0), 0u);
  EXPECT_EQ(e(concordance(engine(), {{Scope{}, "sipri"}, 1949, BenefitProxy::gdp})),
            "--year: 1949: only 2 allies with spending and GDP in sipri-2025 (5 needed for this "
            "statistic)");
  EXPECT_EQ(e(concordance(engine(), {{Scope{}, "sipri"}, 1970, BenefitProxy::population})),
            "--year: 1970: only 0 allies with spending and population in sipri-2025 (5 needed for "
            "this statistic)");
}

}  // namespace
}  // namespace fardeau::service

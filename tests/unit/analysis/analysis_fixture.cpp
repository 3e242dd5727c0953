#include "analysis_fixture.hpp"

namespace fardeau::testing {

AllyRegistry small_allies() {
  return AllyRegistry({{"AAA", "AA", "AA", "Alpha", "Alpha", "1949-04-04", 1949, true, true},
                       {"BBB", "BB", "BB", "Beta", "Bêta", "1949-04-04", 1949, true, true},
                       {"CCC", "CC", "CC", "Gamma", "Gamma", "2021-01-01", 2021, false, true},
                       {"ICE", "IC", "IC", "Ice", "Glace", "1949-04-04", 1949, true, false}});
}

Dataset small_dataset() {
  VintageInfo info;
  info.id = "test";
  info.base_year = 2020;
  info.measures = {{Measure::defexp_usd_current_m, "spend_cur"},
                   {Measure::defexp_usd_const_m, "spend_const"},
                   {Measure::defexp_pct_gdp, "pct"},
                   {Measure::gdp_usd_current_m, "gdp_cur"},
                   {Measure::gdp_usd_const_m, "gdp_const"},
                   {Measure::equipment_share_pct, "equip"},
                   {Measure::population_k, "pop"}};
  Panel p;
  auto put = [&](const char* e, const char* i, int y, double v, bool est = false) {
    p.add(e, i, "", y, {v, est});
  };
  // AAA: spends 300 of GDP 10,000 (3%); BBB: 150 of 10,000 (1.5%); CCC: 19.96 of 1,000.
  for (int y : {2020, 2021}) {
    put("AAA", "spend_cur", y, 300);
    put("AAA", "gdp_cur", y, 10000);
    put("AAA", "pct", y, 3.0);
    put("AAA", "pop", y, 100);
    put("BBB", "spend_cur", y, 150);
    put("BBB", "gdp_cur", y, 10000);
    put("BBB", "pct", y, 1.5);
    put("BBB", "pop", y, 300);
    put("CCC", "spend_cur", y, 19.96);
    put("CCC", "gdp_cur", y, 1000);
    put("CCC", "pct", y, 1.996, y == 2021);
    put("CCC", "pop", y, 100);
    put("AAA", "equip", y, 25);
    put("BBB", "equip", y, 19.994);
  }
  put("AAA", "spend_const", 2020, 300);
  put("AAA", "spend_const", 2021, 330);
  put("BBB", "spend_const", 2020, 150);
  put("BBB", "spend_const", 2021, 160);
  put("CCC", "spend_const", 2020, 20);
  put("CCC", "spend_const", 2021, 20);
  return Dataset(info, std::move(p));
}

std::vector<const Ally*> members(const AllyRegistry& reg, int year) { return reg.members_in(year); }

}  // namespace fardeau::testing

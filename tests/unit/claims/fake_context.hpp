// A DataContext over published figures held in memory, for the claims tests, fuzzer
// and benchmark. Figures: nato_figures.inc (NATO 2019 release, 2012-2019, 2015 prices;
// NATO July 2026 edition, 2014-2026, 2021 prices; % of GDP, defence expenditure and GDP
// in million US$; no GDP in current prices in the 2019 release). Allies and accession
// years: data/nato_members.csv; EU years: data/reference/eu_membership.csv.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include <fmt/format.h>

#include "claims/data_context.hpp"
#include "core/group.hpp"

namespace fardeau::claims::testing {

struct Figure {
  const char* vintage;
  Measure measure;
  const char* iso3;
  int year;
  double value;
  bool estimate;
};

inline const std::vector<Figure>& nato_figures() {
  static const std::vector<Figure> figures{
#include "nato_figures.inc"
  };
  return figures;
}

struct Member {
  const char* iso3;
  int accession_year;
  bool armed_forces;
  int eu_first_year = 0;  ///< 0: never an EU member state
  int eu_last_year = 0;   ///< 0: still a member
};

// data/nato_members.csv, with the EU years of data/reference/eu_membership.csv
inline const std::vector<Member>& nato_members() {
  static const std::vector<Member> m{
      {"BEL", 1949, true, 1958},
      {"CAN", 1949, true},
      {"DNK", 1949, true, 1973},
      {"FRA", 1949, true, 1958},
      {"ISL", 1949, false},
      {"ITA", 1949, true, 1958},
      {"LUX", 1949, true, 1958},
      {"NLD", 1949, true, 1958},
      {"NOR", 1949, true},
      {"PRT", 1949, true, 1986},
      {"GBR", 1949, true, 1973, 2019},
      {"USA", 1949, true},
      {"GRC", 1952, true, 1981},
      {"TUR", 1952, true},
      {"DEU", 1955, true, 1958},
      {"ESP", 1982, true, 1986},
      {"CZE", 1999, true, 2004},
      {"HUN", 1999, true, 2004},
      {"POL", 1999, true, 2004},
      {"BGR", 2004, true, 2007},
      {"EST", 2004, true, 2004},
      {"LVA", 2004, true, 2004},
      {"LTU", 2004, true, 2004},
      {"ROU", 2004, true, 2007},
      {"SVK", 2004, true, 2004},
      {"SVN", 2004, true, 2004},
      {"ALB", 2009, true},
      {"HRV", 2009, true, 2013},
      {"MNE", 2017, true},
      {"MKD", 2020, true},
      {"FIN", 2023, true, 1995},
      {"SWE", 2024, true, 1995},
  };
  return m;
}

class FakeContext final : public DataContext {
 public:
  struct Edition {
    std::string id;
    int first;
    int last;
  };

  FakeContext() {
    editions_ = {{"nato-2026", 2014, 2026}, {"nato-2019", 2012, 2019}};
    for (const auto& f : nato_figures())
      values_[{f.vintage, f.measure, f.iso3, f.year}] = Observation{f.value, f.estimate};
  }

  Result<Observation> value(Measure measure, std::string_view ally, int year,
                            std::string_view vintage) const override {
    const Edition* e = edition(vintage);
    if (!e) return make_error(ErrorCode::not_found, fmt::format("unknown vintage '{}'", vintage));
    const Member* m = member(ally);
    if (!m)
      return make_error(
          ErrorCode::not_found,
          fmt::format("unknown ally '{}'; allies are ISO3 codes such as USA, FRA", ally));
    if (year < e->first || year > e->last)
      return make_error(ErrorCode::invalid_argument,
                        fmt::format("year {} is outside {}, which covers {}-{}", year, vintage,
                                    e->first, e->last));
    auto it = values_.find({std::string(vintage), measure, std::string(ally), year});
    if (it == values_.end() && !m->armed_forces)
      return make_error(ErrorCode::unavailable,
                        fmt::format("{} publishes no defence expenditure for {} (no armed forces)",
                                    vintage, ally));
    if (it == values_.end())
      return make_error(
          ErrorCode::unavailable,
          fmt::format("{} publishes no {} for {} in {}", vintage, to_string(measure), ally, year));
    return it->second;
  }

  Result<std::vector<std::string>> members(std::string_view group, int year,
                                           Membership membership) const override {
    constexpr int kToday = 2026;
    int as_of = membership == Membership::as_of ? year : kToday;
    std::vector<std::string> out;
    for (const auto& m : nato_members()) {
      if (m.accession_year > as_of) continue;
      std::string_view c = m.iso3;
      bool in = false;
      if (group == "nato")
        in = true;
      else if (group == "europe-canada")
        in = c != "USA";
      else if (group == "european-allies")
        in = c != "USA" && c != "CAN";
      else if (group == "eu")
        in = m.eu_first_year != 0 && as_of >= m.eu_first_year &&
             (m.eu_last_year == 0 || as_of <= m.eu_last_year);
      else
        return make_error(ErrorCode::not_found,
                          fmt::format("unknown group '{}'; groups: nato, europe-canada, "
                                      "european-allies, eu",
                                      group));
      if (in) out.emplace_back(c);
    }
    return out;
  }

  Result<std::string> default_vintage() const override { return std::string("nato-2026"); }

  std::vector<std::string> vintages() const override {
    std::vector<std::string> v;
    for (const auto& e : editions_) v.push_back(e.id);
    return v;
  }

 private:
  const Edition* edition(std::string_view id) const {
    for (const auto& e : editions_)
      if (e.id == id) return &e;
    return nullptr;
  }
  static const Member* member(std::string_view iso3) {
    for (const auto& m : nato_members())
      if (iso3 == m.iso3) return &m;
    return nullptr;
  }

  std::vector<Edition> editions_;
  std::map<std::tuple<std::string, Measure, std::string, int>, Observation, std::less<>> values_;
};

}  // namespace fardeau::claims::testing

#include "io/nato_tables.hpp"

#include "io/sheet_scan.hpp"

namespace fardeau::io::nato {

const std::vector<TableSpec>& table_specs() {
  static const std::vector<TableSpec> kTables = {
      {"1",
       "Defence expenditure (national currency)",
       {{"defexp_ncu_current_m",
         "million national currency, current prices",
         {"current", ""},
         "current prices"},
        {"defexp_ncu_const{B}_m",
         "million national currency, constant {B} prices",
         {"constant", ""},
         "constant prices"}}},
      {"2",
       "Defence expenditure (US dollars)",
       {{"defexp_usd_current_m",
         "million US dollars, current prices and exchange rates",
         {"current", ""},
         "current prices"},
        {"defexp_usd_const{B}_m",
         "million US dollars, constant {B} prices and exchange rates",
         {"constant", ""},
         "constant prices"}}},
      {"3",
       "Defence expenditure as a share of GDP",
       {{"defexp_pct_gdp",
         "% of real GDP (based on {B} prices)",
         {"share", "% of"},
         "share of real GDP"},
        {"defexp_real_change_pct",
         "% annual real change (based on {B} prices)",
         {"change", ""},
         "annual real change"}}},
      {"5",
       "GDP",
       {{"gdp_usd_current_m",
         "million US dollars, current prices and exchange rates",
         {"current", ""},
         "current prices"},
        {"gdp_usd_const{B}_m",
         "million US dollars, constant {B} prices and exchange rates",
         {"constant", ""},
         "constant prices"}}},
      {"6",
       "GDP and defence expenditure per capita",
       {{"gdp_per_capita_const{B}_kusd",
         "thousand US dollars per capita, constant {B} prices",
         {"gdp", ""},
         "GDP per capita"},
        {"defexp_per_capita_const{B}_usd",
         "US dollars per capita, constant {B} prices",
         {"defence", "expenditure"},
         "defence expenditure per capita"}}},
      {"7",
       "Military personnel",
       {{"military_personnel_k",
         "thousand military personnel",
         {"personnel", ""},
         "military personnel"}}},
      {"8a",
       "Distribution of defence expenditure (equipment, personnel)",
       {{"equipment_share_pct",
         "% of defence expenditure (equipment incl. R&D on major equipment)",
         {"equipment", ""},
         "equipment"},
        {"personnel_share_pct",
         "% of defence expenditure (personnel incl. pensions)",
         {"personnel", ""},
         "personnel"}}},
      {"8b",
       "Distribution of defence expenditure (infrastructure, other)",
       {{"infrastructure_share_pct",
         "% of defence expenditure (infrastructure)",
         {"infrastructure", ""},
         "infrastructure"},
        {"other_share_pct",
         "% of defence expenditure (other, incl. O&M and other R&D)",
         {"other", ""},
         "other"}}},
  };
  return kTables;
}

std::string with_base(std::string_view pattern, int base_year) {
  std::string out(pattern);
  auto p = out.find("{B}");
  if (p != std::string::npos) out.replace(p, 3, std::to_string(base_year));
  return out;
}

bool matches(const SeriesSpec& s, std::string_view heading) {
  for (std::string_view k : s.keywords)
    if (!k.empty() && contains_icase(heading, k)) return true;
  return false;
}

const TableSpec* table_spec(std::string_view table) {
  for (const TableSpec& t : table_specs())
    if (t.table == table) return &t;
  return nullptr;
}

std::string expected_series(const TableSpec& t) {
  std::string out;
  for (const SeriesSpec& s : t.series)
    out += (out.empty() ? "'" : " or '") + std::string(s.what) + "'";
  return out;
}

bool is_table_title(std::string_view text, std::string_view table) {
  if (!starts_with_icase(text, "table")) return false;
  std::string_view rest = trim_text(text.substr(5));
  if (!starts_with_icase(rest, table)) return false;
  rest.remove_prefix(table.size());
  if (rest.empty()) return true;
  char c = rest.front();
  bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return !alnum;
}

}  // namespace fardeau::io::nato

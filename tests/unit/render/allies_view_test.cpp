// `fardeau allies`: every format lists the same rows. By default the members of the year
// (29 in 2018, before North Macedonia, Finland and Sweden joined; 32 in 2025); with --all
// every ally of the registry, with its member flag (a member column in table and md).
#include <gtest/gtest.h>

#include <cctype>
#include <set>
#include <sstream>
#include <string>

#include "render/document.hpp"
#include "render/views.hpp"
#include "service/engine.hpp"
#include "service/query_params.hpp"

namespace fardeau::render {
namespace {

service::Engine& engine() {
  static service::Engine e;
  return e;
}

service::AlliesResult allies(const service::Params& p) {
  auto q = service::allies_query(p);
  EXPECT_TRUE(q.ok());
  auto r = engine().allies(*q);
  EXPECT_TRUE(r.ok()) << r.error().what();
  return *r;
}

/// The ISO3 codes that start a line of `text` (a table, CSV or Markdown row), in order.
std::vector<std::string> row_codes(const std::string& text, const std::set<std::string>& codes) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    std::size_t i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '|')) ++i;
    std::size_t j = i;
    while (j < line.size() && std::isalnum(static_cast<unsigned char>(line[j]))) ++j;
    if (auto code = line.substr(i, j - i); codes.count(code)) out.push_back(code);
  }
  return out;
}

/// The rows of every format, as ISO3 codes: JSON, CSV (after the vintage column), table, md.
struct Formats {
  std::vector<std::string> json, csv, table, md;
};

Formats formats(const service::AlliesResult& r, Lang lang = Lang::en) {
  std::set<std::string> codes;
  for (const auto& a : engine().allies().value()->all()) codes.insert(a.iso3);
  const Rendered out = render_result(r, lang);
  Formats f;
  const auto json = nlohmann::json::parse(emit(out, Format::json));
  for (const auto& row : json["rows"]) f.json.push_back(row["iso3"]);
  std::istringstream csv(emit(out, Format::csv));
  std::string line;
  std::getline(csv, line);  // header
  while (std::getline(csv, line)) {
    auto c = line.find(',');
    f.csv.push_back(line.substr(c + 1, line.find(',', c + 1) - c - 1));
  }
  f.table = row_codes(emit(out, Format::table), codes);
  f.md = row_codes(emit(out, Format::md), codes);
  return f;
}

struct Expected {
  const char* year;
  bool all;
  std::size_t rows;
  std::size_t members;
};

TEST(allies_view, every_format_lists_the_same_rows) {
  for (const Expected& e : {Expected{"2018", false, 29, 29}, Expected{"2018", true, 32, 29},
                            Expected{"2025", false, 32, 32}, Expected{"2025", true, 32, 32}}) {
    service::Params p{{"year", e.year}};
    if (e.all) p["all"] = "1";
    const auto r = allies(p);
    EXPECT_EQ(r.members, static_cast<int>(e.members)) << e.year;
    EXPECT_EQ(r.rows.size(), e.rows) << e.year << (e.all ? " --all" : "");
    for (Lang lang : {Lang::en, Lang::fr}) {
      const Formats f = formats(r, lang);
      EXPECT_EQ(f.json.size(), e.rows) << e.year << (e.all ? " --all" : "");
      EXPECT_EQ(f.csv, f.json) << e.year << (e.all ? " --all" : "");
      EXPECT_EQ(f.table, f.json) << e.year << (e.all ? " --all" : "");
      EXPECT_EQ(f.md, f.json) << e.year << (e.all ? " --all" : "");
    }
  }
}

TEST(allies_view, default_rows_are_the_members_of_the_year) {
  const auto r = allies({{"year", "2018"}});
  for (const auto& row : r.rows) EXPECT_TRUE(row.member) << row.ally->iso3;
  const Rendered out = render_result(r, Lang::en);
  for (const auto& row : out.json["rows"]) EXPECT_TRUE(row["member"].get<bool>()) << row["iso3"];
  EXPECT_EQ(out.json["query"]["all"], false);
  // No member column: every row is a member.
  EXPECT_EQ(emit(out, Format::table).find("Member "), std::string::npos);
}

TEST(allies_view, all_flags_the_allies_not_yet_members) {
  const auto r = allies({{"year", "2018"}, {"all", "true"}});
  std::set<std::string> outside;
  for (const auto& row : r.rows)
    if (!row.member) outside.insert(row.ally->iso3);
  // North Macedonia joined in 2020, Finland in 2023, Sweden in 2024.
  EXPECT_EQ(outside, (std::set<std::string>{"FIN", "MKD", "SWE"}));
  const Rendered out = render_result(r, Lang::en);
  EXPECT_EQ(out.json["members"], 29);
  EXPECT_EQ(out.json["query"]["all"], true);
  std::size_t json_outside = 0;
  for (const auto& row : out.json["rows"]) json_outside += row["member"].get<bool>() ? 0 : 1;
  EXPECT_EQ(json_outside, 3u);
  // The table, Markdown and CSV say which rows are members.
  const std::string table = emit(out, Format::table);
  EXPECT_NE(table.find("Member"), std::string::npos);
  EXPECT_NE(table.find("North Macedonia"), std::string::npos);
  const std::string md = emit(out, Format::md);
  EXPECT_NE(md.find("| Member |"), std::string::npos) << md;
  EXPECT_NE(md.find("| MKD | North Macedonia | 2020-03-27 | yes | yes | no |"), std::string::npos)
      << md;
  EXPECT_NE(emit(out, Format::csv).find(",MKD,MK,North Macedonia,"), std::string::npos);
  const std::string fr = emit(render_result(r, Lang::fr), Format::table);
  EXPECT_NE(fr.find("Membre"), std::string::npos);
}

TEST(allies_view, without_a_year_every_ally_is_listed_as_a_member) {
  for (const char* all : {"", "1"}) {
    const auto r = allies({{"all", all}});
    EXPECT_EQ(r.rows.size(), 32u);
    EXPECT_EQ(r.members, 32);
    for (const auto& row : r.rows) EXPECT_TRUE(row.member);
  }
}

}  // namespace
}  // namespace fardeau::render

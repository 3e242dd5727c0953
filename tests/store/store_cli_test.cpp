// The real binary against temporary stores (--db): importing generated NATO- and
// SIPRI-layout workbooks (libxlsxwriter, from the embedded CSVs) and the real SIPRI
// workbook; malformed files; a SIGKILL in the middle of a large import.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <thread>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "embedded_data.hpp"
#include "io/store.hpp"
#include "io/xlsx_reader.hpp"
#include "support/workbook_writer.hpp"
#include "support/zip_builder.hpp"

namespace fardeau {
namespace {

namespace fs = std::filesystem;

struct Outcome {
  int exit = -1;
  std::string out, err;
};

std::string slurp(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

void spit(const fs::path& p, std::string_view bytes) {
  std::ofstream f(p, std::ios::binary);
  f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

class StoreCli : public ::testing::Test {
 protected:
  fs::path dir;
  std::string db;

  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "fardeau-cli-XXXXXX").string();
    dir = mkdtemp(tmpl.data());
    db = (dir / "store.sqlite").string();
  }
  void TearDown() override { fs::remove_all(dir); }

  /// Start fardeau with `args` (plus --db), stdout and stderr to files.
  pid_t spawn(std::vector<std::string> args) {
    args.insert(args.begin(), FARDEAU_EXE);
    args.push_back("--db");
    args.push_back(db);
    pid_t pid = fork();
    if (pid == 0) {
      std::freopen((dir / "out").c_str(), "w", stdout);
      std::freopen((dir / "err").c_str(), "w", stderr);
      std::vector<char*> argv;
      for (auto& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      execv(argv[0], argv.data());
      _exit(127);
    }
    return pid;
  }
  Outcome run(std::vector<std::string> args) {
    pid_t pid = spawn(std::move(args));
    int status = 0;
    waitpid(pid, &status, 0);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(dir / "out"), slurp(dir / "err")};
  }
  std::string write(const std::string& name, std::string_view bytes) {
    auto p = dir / name;
    spit(p, bytes);
    return p.string();
  }
  Dataset load(const std::string& id) {
    auto s = io::Store::open(db, io::StoreMode::read);
    EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().what());
    auto d = s->load(id);
    EXPECT_TRUE(d.ok()) << (d.ok() ? "" : d.error().what());
    return std::move(*d);
  }
  /// A failed command: exit 2, nothing on stdout, one "fardeau: error:" line naming `where`.
  void expect_located_failure(const Outcome& r, const std::string& where) {
    EXPECT_EQ(r.exit, 2) << r.err;
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err.rfind("fardeau: error: ", 0), 0u) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_NE(r.err.find(where), std::string::npos) << r.err;
  }
};

const std::vector<testing::LongRow>& rows_of(std::string_view file) {
  static std::map<std::string, std::vector<testing::LongRow>, std::less<>> cache;
  auto it = cache.find(file);
  if (it == cache.end())
    it = cache.emplace(std::string(file), testing::read_long_rows(embedded::find(file).value()))
             .first;
  return it->second;
}

std::string nato_xlsx() {
  static const std::string bytes =
      testing::write_xlsx(testing::nato_workbook_model(rows_of("nato_2026_edition_long.csv")))
          .value();
  return bytes;
}
testing::WorkbookModel sipri_model() {
  return testing::sipri_workbook_model(rows_of("sipri_milex_1949_2024_long.csv"));
}
std::string sipri_xlsx() {
  static const std::string bytes = testing::write_xlsx(sipri_model()).value();
  return bytes;
}

// ---------------------------------------------------------------- generated workbooks

TEST_F(StoreCli, generated_nato_workbook_imports_value_for_value) {
  // NATO, Defence Investment of NATO Countries (2014-2026), July 2026 edition: the
  // embedded transcription, written in NATO's workbook layout.
  auto file = write("def-exp-2026-en.xlsx", nato_xlsx());
  // Kept in the build tree for bench/import_process.sh (whole-process timings).
  spit(FARDEAU_BINARY_DIR "/tests/store/def-exp-2026-en.generated.xlsx", nato_xlsx());
  Outcome r = run({"import", file, "--format", "json"});
  ASSERT_EQ(r.exit, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["vintage"]["id"], "nato-2026-import");
  EXPECT_EQ(j["source"], "nato");
  EXPECT_EQ(j["values"], 6273);
  EXPECT_EQ(j["countries"], 31);
  EXPECT_EQ(j["first_year"], 2014);
  EXPECT_EQ(j["last_year"], 2026);
  Dataset d = load("nato-2026-import");
  std::size_t mismatches = 0;
  for (const auto& row : rows_of("nato_2026_edition_long.csv")) {
    auto got = d.panel().get(row.iso3, row.indicator, row.year);
    if (!got || got->value != row.value || got->estimate != row.estimate)
      if (++mismatches <= 5) ADD_FAILURE() << row.iso3 << " " << row.indicator << " " << row.year;
  }
  EXPECT_EQ(mismatches, 0u);
  EXPECT_EQ(d.panel().size(), 6273u);
  // Usable like the built-in edition: same compliance count in 2024 (nato-2026: 23 allies
  // at or above 2% in 2024, Table 3).
  Outcome imp =
      run({"compliance", "--vintage", "nato-2026-import", "--year", "2024", "--format", "json"});
  Outcome ref = run({"compliance", "--vintage", "nato-2026", "--year", "2024", "--format", "json"});
  ASSERT_EQ(imp.exit, 0) << imp.err;
  auto ji = nlohmann::json::parse(imp.out), jr = nlohmann::json::parse(ref.out);
  EXPECT_EQ(ji["count_meeting"], jr["count_meeting"]);
  EXPECT_EQ(ji["rows"], jr["rows"]);
  EXPECT_EQ(ji["vintage"]["builtin"], false);
}

TEST_F(StoreCli, generated_sipri_workbook_imports_value_for_value) {
  // SIPRI Military Expenditure Database 1949-2024 (April 2025): the embedded CSV written
  // in SIPRI's layout.
  auto file = write("SIPRI-gen.xlsx", sipri_xlsx());
  Outcome r = run({"import", file, "--id", "sipri-gen", "--format", "csv"});
  ASSERT_EQ(r.exit, 0) << r.err;
  EXPECT_NE(r.out.find("sipri-gen,imported,sipri,SIPRI-gen.xlsx"), std::string::npos) << r.out;
  Dataset d = load("sipri-gen");
  std::size_t mismatches = 0;
  for (const auto& row : rows_of("sipri_milex_1949_2024_long.csv")) {
    bool share = row.indicator == "milex_pct_gdp" || row.indicator == "milex_pct_govt_spending";
    double expected = share ? row.value : testing::xlsxwriter_stored(row.value);
    auto got = d.panel().get(row.iso3, row.indicator, row.year);
    if (!got || got->value != expected)
      if (++mismatches <= 5)
        ADD_FAILURE() << row.country << " " << row.indicator << " " << row.year;
  }
  EXPECT_EQ(mismatches, 0u);
}

// ---------------------------------------------------------------- the real SIPRI workbook

TEST_F(StoreCli, real_sipri_workbook_gives_sipris_nato_total_for_2024) {
  // SIPRI, "Trends in World Military Expenditure, 2024" (April 2025): NATO members'
  // military spending 1,506 billion US$ in 2024; the workbook's 32 allies sum to
  // 1,506.1 bn current US$ (tests/unit/io/sipri_workbook_test.cpp).
  const std::string file =
      FARDEAU_SOURCE_DIR "/tests/fixtures/raw/SIPRI-Milex-data-1949-2024_2.xlsx";
  Outcome r = run({"import", file, "--format", "json"});
  ASSERT_EQ(r.exit, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["vintage"]["id"], "sipri-2025-import");
  EXPECT_EQ(j["imported"], true);
  Outcome s =
      run({"shares", "--vintage", "sipri-2025-import", "--year", "2024", "--format", "json"});
  ASSERT_EQ(s.exit, 0) << s.err;
  auto js = nlohmann::json::parse(s.out);
  double total_bn = js["total_defexp_usd_m"].get<double>() / 1000.0;
  EXPECT_NEAR(total_bn, 1506.1, 0.05);
  EXPECT_EQ(js["vintage"]["id"], "sipri-2025-import");
  // Same file again: nothing changes, and the output says so.
  std::string before = slurp(db);
  Outcome again = run({"import", file});
  EXPECT_EQ(again.exit, 0) << again.err;
  EXPECT_NE(again.out.find("Already imported, nothing changed: sipri-2025-import"),
            std::string::npos)
      << again.out;
  EXPECT_EQ(slurp(db), before);
}

// ---------------------------------------------------------------- list, remove, diff, sql

TEST_F(StoreCli, vintages_lists_imported_editions_and_remove_refuses_builtins) {
  auto file = write("def-exp-2026-en.xlsx", nato_xlsx());
  ASSERT_EQ(run({"import", file, "--id", "nato-copy"}).exit, 0);
  Outcome v = run({"vintages", "--format", "json"});
  ASSERT_EQ(v.exit, 0) << v.err;
  auto j = nlohmann::json::parse(v.out);
  ASSERT_EQ(j["vintages"].size(), 7u);
  EXPECT_EQ(j["vintages"][6]["id"], "nato-copy");
  EXPECT_EQ(j["vintages"][6]["builtin"], false);
  EXPECT_EQ(j["vintages"][6]["first_year"], 2014);
  // An import of a built-in id is refused before anything is read.
  expect_located_failure(run({"import", file, "--id", "nato-2026"}), "--id");
  expect_located_failure(run({"vintages", "remove", "nato-2026"}), "built-in");
  expect_located_failure(run({"vintages", "remove", "nope"}), "nato-copy");
  Outcome rm = run({"vintages", "remove", "nato-copy", "--format", "csv"});
  EXPECT_EQ(rm.exit, 0) << rm.err;
  EXPECT_EQ(rm.out, "vintage,status,file,values\nnato-copy,removed,def-exp-2026-en.xlsx,6273\n");
  expect_located_failure(run({"series", "--ally", "FRA", "--vintage", "nato-copy"}), "--vintage");
}

TEST_F(StoreCli, diff_of_an_import_with_its_source_edition_is_empty) {
  auto file = write("def-exp-2026-en.xlsx", nato_xlsx());
  ASSERT_EQ(run({"import", file}).exit, 0);
  for (const char* ind : {"pct_gdp", "defexp_usd_current_m", "equipment_share_pct"}) {
    Outcome d = run({"diff", "--from", "nato-2026", "--to", "nato-2026-import", "--indicator", ind,
                     "--format", "json"});
    ASSERT_EQ(d.exit, 0) << d.err;
    auto j = nlohmann::json::parse(d.out);
    EXPECT_EQ(j["rows"].size(), 0u) << ind;
    EXPECT_GT(j["compared"].get<int>(), 300) << ind;
  }
}

TEST_F(StoreCli, sql_sees_builtin_and_imported_values) {
  auto file = write("def-exp-2026-en.xlsx", nato_xlsx());
  ASSERT_EQ(run({"import", file}).exit, 0);
  Outcome q = run({"sql",
                   "SELECT vintage, value, is_estimate FROM observations WHERE iso3 = 'ALB' AND "
                   "year = 2024 AND indicator = 'defexp_pct_gdp' ORDER BY vintage",
                   "--format", "csv"});
  ASSERT_EQ(q.exit, 0) << q.err;
  // nato-2025 (Aug 2025): 1.70, an estimate; nato-2026 (July 2026): 1.35.
  EXPECT_EQ(q.out,
            "vintage,value,is_estimate\nnato-2024,2.0294680677363757,1\nnato-2025,1.7,1\nnato-2026,"
            "1.35,0\nnato-2026-import,1.35,0\n");
  std::string before = slurp(db);
  expect_located_failure(run({"sql", "DELETE FROM observations"}),
                         "sql: only a single read-only SELECT");
  expect_located_failure(run({"sql", "SELECT 1; DROP TABLE vintages"}), "sql: only one statement");
  EXPECT_EQ(slurp(db), before);
}

// An empty or unknown vintage lists the valid ids, the imported ones with the built-in
// ones, and answers nothing (the default edition is for a vintage not given at all).
TEST_F(StoreCli, empty_or_unknown_vintage_lists_the_imported_ids_too) {
  ASSERT_EQ(run({"import",
                 write("mine.csv",
                       "iso3,year,indicator,unit,value,is_estimate\n"
                       "FRA,2024,defexp_pct_gdp,%,2.06,1\n"),
                 "--id", "my-edition"})
                .exit,
            0);
  for (std::vector<std::string> args :
       {std::vector<std::string>{"report", "--vintage", ""},
        std::vector<std::string>{"report", "--vintage", "nato-1999"},
        std::vector<std::string>{"diff", "--from", "", "--to", "my-edition"}}) {
    Outcome r = run(args);
    expect_located_failure(r, args[1] + ": ");
    EXPECT_NE(r.err.find("nato-2026, "), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("my-edition"), std::string::npos) << r.err;
  }
  Outcome ok = run({"series", "--ally", "FRA", "--vintage", "my-edition", "--format", "csv"});
  EXPECT_EQ(ok.exit, 0) << ok.err;
}

// ---------------------------------------------------------------- malformed inputs

class MalformedImport : public StoreCli {
 protected:
  std::string before;
  void SetUp() override {
    StoreCli::SetUp();
    // A store holding one edition, so that "unchanged" is about a real file.
    ASSERT_EQ(run({"import", write("base.csv",
                                   "iso3,year,indicator,unit,value,is_estimate\n"
                                   "FRA,2024,defexp_pct_gdp,%,2.06,1\n")})
                  .exit,
              0);
    before = slurp(db);
  }
  void expect_refused(std::vector<std::string> args, const std::string& where) {
    expect_located_failure(run(std::move(args)), where);
    EXPECT_EQ(slurp(db), before) << "the store changed";
    EXPECT_FALSE(fs::exists(db + "-journal"));
  }
};

TEST_F(MalformedImport, not_a_zip) {
  auto f = write("not-zip.xlsx", "this is plain text, not a workbook\n");
  expect_refused({"import", f}, "not-zip.xlsx:1: neither an xlsx workbook");
  expect_refused({"import", f, "--source", "nato"}, "not-zip.xlsx");
}

TEST_F(MalformedImport, truncated_zip) {
  auto bytes = nato_xlsx();
  auto f = write("truncated.xlsx", std::string_view(bytes).substr(0, bytes.size() / 2));
  expect_refused({"import", f}, "truncated.xlsx");
}

TEST_F(MalformedImport, zip_without_a_workbook) {
  auto zip = testing::make_zip({{"readme.txt", "hello"}}).value();
  auto f = write("nobook.xlsx", zip);
  expect_refused({"import", f}, "nobook.xlsx");
}

TEST_F(MalformedImport, missing_sheet_is_reported_not_guessed) {
  // A workbook without Table 5 imports the tables it has and says, on stderr, which
  // table and series it lacks.
  auto m = testing::nato_workbook_model(rows_of("nato_2026_edition_long.csv"));
  std::erase_if(m.sheets, [](const auto& s) { return s.name == "Table 5"; });
  auto f = write("def-exp-missing.xlsx", testing::write_xlsx(m).value());
  Outcome r = run({"import", f});
  EXPECT_EQ(r.exit, 0) << r.err;
  EXPECT_NE(r.err.find("fardeau: warning: " + f + ": no sheet for Table 5 (GDP)"),
            std::string::npos)
      << r.err;
}

// ---------------------------------------------------------------- NATO's own workbook
// NATO, "Defence Expenditure of NATO Countries (2014-2024)", 17 June 2024,
// 240617-def-exp-2024-TABLES-en.xlsx (SHA-256 1897e2ea...; data/SOURCES.md).

const char* kNato2024 = FARDEAU_SOURCE_DIR "/tests/fixtures/raw/240617-def-exp-2024-TABLES-en.xlsx";

/// The workbook as a cell model (errors such as '#REF!' become their text).
testing::WorkbookModel model_of(const std::string& path) {
  testing::WorkbookModel m;
  auto book = io::XlsxReader::open_file(path);
  EXPECT_TRUE(book.ok());
  if (!book) return m;
  for (const auto& name : book->sheet_names()) {
    auto sheet = book->read_sheet(name);
    EXPECT_TRUE(sheet.ok());
    if (!sheet) continue;
    testing::SheetModel sm;
    sm.name = name;
    for (std::uint32_t r : sheet->stored_rows())
      for (const auto& e : sheet->row_entries(r)) {
        if (e.cell.is_number())
          sm.set(r, e.col, e.cell.number);
        else if (!e.cell.text.empty())
          sm.set(r, e.col, e.cell.text);
      }
    m.sheets.push_back(std::move(sm));
  }
  return m;
}

/// The 2025-2026 layout: sheets "Table N", titles and labels in column A, years from B; two
/// countries under another known spelling.
testing::WorkbookModel relaid(const testing::WorkbookModel& in) {
  testing::WorkbookModel out;
  for (const auto& s : in.sheets) {
    testing::SheetModel t;
    std::string n = s.name;  // "TABLE8a" -> "Table 8a"
    t.name = n.rfind("TABLE", 0) == 0 ? "Table " + n.substr(5) : n;
    std::uint32_t first_value = UINT32_MAX;  // the column of the first year header
    for (std::uint32_t r = 0; r < s.rows.size(); ++r)
      for (std::uint32_t c = 0; c < s.rows[r].size(); ++c)
        if (const auto* d = std::get_if<double>(&s.rows[r][c]); d && *d == 2014)
          first_value = std::min(first_value, c);
    if (first_value == UINT32_MAX) first_value = 1;
    for (std::uint32_t r = 0; r < s.rows.size(); ++r)
      for (std::uint32_t c = 0; c < s.rows[r].size(); ++c) {
        testing::CellValue v = s.rows[r][c];
        if (std::holds_alternative<std::monostate>(v)) continue;
        if (auto* txt = std::get_if<std::string>(&v)) {
          if (*txt == "T\xC3\xBCrkiye") *txt = "Turkey";
          if (*txt == "Slovak Republic") *txt = "Slovakia";
        }
        const std::uint32_t to = c < first_value ? 0 : c - first_value + 1;
        if (std::holds_alternative<std::monostate>(t.get(r, to))) t.set(r, to, v);
      }
    out.sheets.push_back(std::move(t));
  }
  return out;
}

testing::SheetModel& sheet_of(testing::WorkbookModel& m, std::string_view name) {
  testing::SheetModel* s = m.find(name);
  EXPECT_NE(s, nullptr) << name;
  return *s;
}

/// (row, col) of the first cell holding `value` in a sheet of the model.
std::pair<std::uint32_t, std::uint32_t> find_cell(const testing::SheetModel& s,
                                                  const testing::CellValue& value) {
  for (std::uint32_t r = 0; r < s.rows.size(); ++r)
    for (std::uint32_t c = 0; c < s.rows[r].size(); ++c)
      if (s.rows[r][c] == value) return {r, c};
  ADD_FAILURE() << "no such cell in " << s.name;
  return {0, 0};
}

TEST_F(StoreCli, official_2024_workbook_imports_with_its_published_figures) {
  Outcome dry = run({"import", kNato2024, "--dry-run", "--format", "json"});
  ASSERT_EQ(dry.exit, 0) << dry.err;
  EXPECT_FALSE(fs::exists(db)) << "a dry run wrote the store";
  auto jd = nlohmann::json::parse(dry.out);
  EXPECT_EQ(jd["status"], "dry-run");
  EXPECT_EQ(jd["base_year"], 2015);
  EXPECT_EQ(jd["estimate_years"], nlohmann::json::array({2023, 2024}));
  EXPECT_EQ(jd["blocks"].size(), 15u);
  EXPECT_EQ(jd["footnoted"], nlohmann::json::array({"CZE", "EST", "LTU", "LVA", "POL", "ROU"}));
  bool ref_row_reported = false;
  for (const auto& k : jd["skipped"])
    ref_row_reported =
        ref_row_reported || (k["where"].get<std::string>().ends_with("'TABLE1'!D42") &&
                             k["why"].get<std::string>().find("#REF!") != std::string::npos);
  EXPECT_TRUE(ref_row_reported) << jd["skipped"].dump();

  Outcome imp = run({"import", kNato2024});
  ASSERT_EQ(imp.exit, 0) << imp.err;
  EXPECT_EQ(std::count(imp.out.begin(), imp.out.end(), '\n'), 1) << imp.out;  // one line
  EXPECT_EQ(imp.out.rfind("Imported nato-2024-import: 5,346 values, 32 countries and 2 "
                          "aggregates, 2014-2024 (estimates: 2023, 2024), 15 indicators",
                          0),
            0u)
      << imp.out;
  EXPECT_NE(imp.err.find("fardeau: warning: "), std::string::npos);
  EXPECT_NE(imp.err.find("'TABLE8b'!D42: row of zeros with no label skipped"), std::string::npos);

  // NATO's June 2024 headline: 23 allies at 2% or more in 2024e, 3 in 2014 (NATO's
  // rounding rule, members as of each year).
  for (auto [year, count] : {std::pair{2014, 3}, std::pair{2024, 23}}) {
    Outcome c = run({"compliance", "--vintage", "nato-2024-import", "--year", std::to_string(year),
                     "--format", "json"});
    ASSERT_EQ(c.exit, 0) << c.err;
    EXPECT_EQ(nlohmann::json::parse(c.out)["count_meeting"], count) << year;
  }
  // United States 3.38% and Poland 4.12% in 2024e; NATO Total 2.71% and 1,474,399 million
  // current US$; Slovakia exactly 2.
  Outcome q = run({"sql",
                   "SELECT iso3, indicator, round(value, 2), is_estimate FROM observations "
                   "WHERE vintage = 'nato-2024-import' AND year = 2024 AND ((indicator = "
                   "'defexp_pct_gdp' AND iso3 IN ('USA', 'POL', 'NATO_TOTAL', 'SVK')) OR "
                   "(indicator = 'defexp_usd_current_m' AND iso3 = 'NATO_TOTAL')) ORDER BY 1, 2",
                   "--format", "csv"});
  ASSERT_EQ(q.exit, 0) << q.err;
  EXPECT_EQ(q.out,
            "iso3,indicator,\"round(value, 2)\",is_estimate\n"
            "NATO_TOTAL,defexp_pct_gdp,2.71,1\n"
            "NATO_TOTAL,defexp_usd_current_m,1474399.48,1\n"
            "POL,defexp_pct_gdp,4.12,1\n"
            "SVK,defexp_pct_gdp,2,1\n"
            "USA,defexp_pct_gdp,3.38,1\n");
  // The footnote '*' is kept on the ally's values.
  Outcome fn = run({"sql",
                    "SELECT DISTINCT iso3 FROM observations WHERE vintage = 'nato-2024-import' "
                    "AND is_footnoted = 1 ORDER BY 1",
                    "--format", "csv"});
  EXPECT_EQ(fn.out, "iso3\nCZE\nEST\nLTU\nLVA\nPOL\nROU\n");
  // The store holds exactly what the built-in nato-2024 holds (same importer, same file).
  Outcome same = run({"sql",
                      "SELECT count(*) FROM observations a JOIN observations b USING (iso3, "
                      "year, indicator) WHERE a.vintage = 'nato-2024' AND b.vintage = "
                      "'nato-2024-import' AND a.value = b.value AND a.is_estimate = "
                      "b.is_estimate AND a.is_footnoted = b.is_footnoted",
                      "--format", "csv"});
  EXPECT_EQ(same.out, "count(*)\n5346\n");
}

TEST_F(StoreCli, official_2024_workbook_in_the_later_layout_imports_the_same_values) {
  const auto original = model_of(kNato2024);
  auto a = write("orig.xlsx", testing::write_xlsx(original).value());
  auto b = write("relaid.xlsx", testing::write_xlsx(relaid(original)).value());
  ASSERT_EQ(run({"import", a, "--id", "orig"}).exit, 0);
  Outcome rb = run({"import", b, "--id", "relaid"});
  ASSERT_EQ(rb.exit, 0) << rb.err;
  const char* sql =
      "SELECT count(*) FROM observations a JOIN observations b USING (iso3, year, indicator) "
      "WHERE a.vintage = 'orig' AND b.vintage = 'relaid' AND a.value = b.value AND "
      "a.is_estimate = b.is_estimate AND a.is_footnoted = b.is_footnoted";
  Outcome same = run({"sql", sql, "--format", "csv"});
  EXPECT_EQ(same.out, "count(*)\n5346\n");
  Outcome n = run({"sql",
                   "SELECT vintage, count(*) FROM observations WHERE vintage IN ('orig', "
                   "'relaid') GROUP BY 1 ORDER BY 1",
                   "--format", "csv"});
  EXPECT_EQ(n.out, "vintage,count(*)\norig,5346\nrelaid,5346\n");
}

class OfficialWorkbookEdit : public MalformedImport {
 protected:
  /// The official workbook with one cell of `sheet` set to `value` (the cell `offset`
  /// columns right of the first holding `anchor`) is refused at that cell with `message`,
  /// the store unchanged.
  void expect_edit_refused(const std::string& file, std::string_view sheet,
                           const testing::CellValue& anchor, std::uint32_t offset,
                           const testing::CellValue& value, const std::string& message) {
    auto m = model_of(kNato2024);
    auto& s = sheet_of(m, sheet);
    auto [r, c] = find_cell(s, anchor);
    s.set(r, c + offset, value);
    expect_refused(
        {"import", write(file, testing::write_xlsx(m).value())},
        fmt::format("{}:'{}'!{}: {}", file, sheet, io::cell_ref(r, c + offset), message));
  }
};

TEST_F(OfficialWorkbookEdit, official_2024_workbook_with_a_block_title_naming_no_series) {
  expect_edit_refused("title.xlsx", "TABLE2",
                      std::string("Constant 2015 prices and exchange rates"), 0,
                      std::string("Deflated values"), "cannot tell which series");
}

TEST_F(OfficialWorkbookEdit, official_2024_workbook_with_a_hole_in_a_year_header) {
  expect_edit_refused("hole.xlsx", "TABLE3", 2017.0, 0, testing::CellValue{},
                      "the year header has a hole");
}

TEST_F(OfficialWorkbookEdit, official_2024_workbook_with_text_in_a_value_cell) {
  // 2024e, eleven columns right of the label
  expect_edit_refused("text.xlsx", "TABLE3", std::string("Poland*"), 11, std::string("4,12"),
                      "expected a number for 2024e");
}

TEST_F(MalformedImport, shifted_columns) {
  auto m = sipri_model();
  auto* s = m.find("Share of GDP");
  std::uint32_t r = 0;
  while (r < s->rows.size() && !(std::holds_alternative<std::string>(s->get(r, 0)) &&
                                 std::get<std::string>(s->get(r, 0)) == "France"))
    ++r;
  s->set(r, 1, 0.021);  // column B is "Notes": a number there is a shifted column
  auto f = write("sipri-shifted.xlsx", testing::write_xlsx(m).value());
  expect_refused({"import", f}, "sipri-shifted.xlsx:'Share of GDP'!B" + std::to_string(r + 1));
}

TEST_F(MalformedImport, text_in_a_number_cell) {
  auto m = testing::nato_workbook_model(rows_of("nato_2026_edition_long.csv"));
  auto* s = m.find("Table 3");
  std::uint32_t r = 0;
  while (r < s->rows.size() && !(std::holds_alternative<std::string>(s->get(r, 0)) &&
                                 std::get<std::string>(s->get(r, 0)) == "Albania"))
    ++r;
  s->set(r, 3, std::string("about 1.3"));
  auto f = write("def-exp-text.xlsx", testing::write_xlsx(m).value());
  expect_refused({"import", f}, "'Table 3'!D" + std::to_string(r + 1));
}

TEST_F(MalformedImport, duplicate_rows) {
  auto f = write("dup.csv",
                 "iso3,year,indicator,unit,value,is_estimate\n"
                 "DEU,2024,defexp_pct_gdp,%,2.12,1\n"
                 "DEU,2024,defexp_pct_gdp,%,2.12,1\n");
  expect_refused({"import", f}, "dup.csv:3");
}

TEST_F(MalformedImport, empty_file) {
  expect_refused({"import", write("empty.xlsx", "")}, "empty.xlsx: empty file");
  expect_refused({"import", write("empty.csv", ""), "--source", "csv"}, "empty.csv");
}

TEST_F(MalformedImport, csv_with_a_missing_column) {
  auto f =
      write("novalue.csv", "iso3,year,indicator,unit,is_estimate\nDEU,2024,defexp_pct_gdp,%,1\n");
  expect_refused({"import", f, "--source", "csv"}, "novalue.csv:1");
}

// ---------------------------------------------------------------- killed in the middle

TEST_F(StoreCli, sigkill_during_a_large_import_leaves_the_store_intact_and_usable) {
  ASSERT_EQ(run({"import", write("base.csv",
                                 "iso3,year,indicator,unit,value,is_estimate\n"
                                 "FRA,2024,defexp_pct_gdp,%,2.06,1\n")})
                .exit,
            0);
  const std::string before = slurp(db);
  // 1.6 million synthetic values: long enough to be caught inside its transaction.
  std::string csv = "iso3,year,indicator,unit,value,is_estimate\n";
  for (int e = 0; e < 2000; ++e)
    for (int y = 1800; y < 2200; ++y)  // the years the loader accepts
      for (const char* ind : {"synthetic_a_m", "synthetic_b_m"})
        csv += fmt::format("X{:04d},{},{},units,{}.5,0\n", e, y, ind, e + y);
  auto big = write("big.csv", csv);
  pid_t pid = spawn({"import", big, "--id", "big"});
  // Wait until the import transaction is about to spill pages into the database file, and
  // kill it. With synchronous=FULL, SQLite creates the journal with a zeroed header and
  // writes its magic number only when it syncs the journal, just before the first page
  // goes to the database file: from then on the journal is hot (must be rolled back).
  // Waiting for that, not for a fixed delay, keeps the test meaningful in slow builds
  // (under AddressSanitizer 300 ms after the journal appeared was still before any spill,
  // and SQLite rightly ignores a journal whose header is zero).
  const std::string journal = db + "-journal";
  auto journal_is_hot = [&] {
    std::ifstream f(journal, std::ios::binary);
    char first = 0;
    return f.get(first) && first != 0;
  };
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (!journal_is_hot() && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  ASSERT_TRUE(journal_is_hot()) << "the import never synced its rollback journal";
  ASSERT_EQ(kill(pid, SIGKILL), 0);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the import finished before the kill";
  EXPECT_TRUE(fs::exists(journal)) << "a hot journal is left";
  RecordProperty("db_bytes_changed_before_recovery", slurp(db) != before ? "yes" : "no");

  // The next command rolls the journal back: the store is as before, and usable.
  Outcome v = run({"vintages", "--format", "csv"});
  ASSERT_EQ(v.exit, 0) << v.err;
  EXPECT_EQ(v.out.find("big,"), std::string::npos);
  EXPECT_NE(v.out.find("csv-2024-import"), std::string::npos);
  EXPECT_FALSE(fs::exists(journal));
  EXPECT_EQ(slurp(db), before);
  {
    sqlite3* h = nullptr;
    ASSERT_EQ(sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(h, "PRAGMA integrity_check", -1, &st, nullptr);
    ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
    EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), "ok");
    sqlite3_finalize(st);
    sqlite3_close(h);
  }
  Outcome again = run({"import", big, "--id", "big", "--format", "json"});
  ASSERT_EQ(again.exit, 0) << again.err;
  EXPECT_EQ(nlohmann::json::parse(again.out)["values"], 1600000);
  Outcome n = run(
      {"sql", "SELECT count(*) AS n FROM observations WHERE vintage = 'big'", "--format", "csv"});
  EXPECT_EQ(n.out, "n\n1600000\n");
}

// ---------------------------------------------------------------- sql under Ctrl-C

/// True once `pid` catches SIGINT (bit 1 of SigCgt in /proc/PID/status): fardeau sql
/// installs its handler just before the query runs.
bool catches_sigint(pid_t pid) {
  std::ifstream f("/proc/" + std::to_string(pid) + "/status");
  for (std::string line; std::getline(f, line);)
    if (line.rfind("SigCgt:", 0) == 0) return (std::stoull(line.substr(7), nullptr, 16) & 2u) != 0;
  return false;
}

TEST_F(StoreCli, ctrl_c_interrupts_a_runaway_query_with_exit_130_and_no_output) {
  pid_t pid = spawn({"sql", "--timeout", "600",
                     "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) "
                     "SELECT count(*) FROM c"});
  for (int i = 0; i < 3000 && !catches_sigint(pid); ++i) usleep(10'000);
  ASSERT_TRUE(catches_sigint(pid)) << "fardeau sql never installed its SIGINT handler";
  kill(pid, SIGINT);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status)) << "killed by signal " << WTERMSIG(status);
  EXPECT_EQ(WEXITSTATUS(status), 130);
  EXPECT_EQ(slurp(dir / "out"), "");
  EXPECT_EQ(slurp(dir / "err"),
            "fardeau: error: sql: interrupted (Ctrl-C) before the query finished; nothing was "
            "printed\n");
}

TEST_F(StoreCli, a_runaway_query_stops_at_its_time_budget_with_exit_2) {
  auto r = run({"sql", "--timeout", "0.3",
                "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT x FROM c"});
  expect_located_failure(r, "--timeout: the query ran past its time budget of 0.3 s");
}

// ---------------------------------------------------------------- bounded input

TEST_F(StoreCli, a_long_csv_with_bom_crlf_and_quoted_commas_imports_exactly) {
  // Values of data/nato_2024_edition_long.csv (NATO, Defence Expenditure of NATO Countries
  // 2014-2024, Table 1): Albania 2014 and 2015, million Leks, current prices.
  auto file = write("bom.csv",
                    "\xEF\xBB\xBFiso3,country,year,indicator,unit,value,is_estimate\r\n"
                    "ALB,\"Albania, Republic of\",2014,defexp_ncu_current_m,\"million national "
                    "currency (Leks), current prices\",18788.017032,0\r\n"
                    "ALB,\"Albania, Republic of\",2015,defexp_ncu_current_m,\"million national "
                    "currency (Leks), current prices\",16671.141,1\r\n");
  auto r = run({"import", file, "--id", "bom-test"});
  ASSERT_EQ(r.exit, 0) << r.err;
  auto d = load("bom-test");
  const auto v14 = d.panel().get("ALB", "defexp_ncu_current_m", 2014);
  const auto v15 = d.panel().get("ALB", "defexp_ncu_current_m", 2015);
  ASSERT_TRUE(v14 && v15);
  EXPECT_EQ(v14->value, 18788.017032);
  EXPECT_FALSE(v14->estimate);
  EXPECT_EQ(v15->value, 16671.141);
  EXPECT_TRUE(v15->estimate);
  ASSERT_EQ(d.panel().indicators().size(), 1u);
  EXPECT_EQ(d.panel().indicators()[0].unit, "million national currency (Leks), current prices");
}

TEST_F(StoreCli, a_file_over_the_import_limit_is_refused_before_it_is_read) {
  // Sparse: 300 MiB of nothing, created at once and without using the disk.
  const auto big = (dir / "huge.csv").string();
  { std::ofstream(big, std::ios::binary) << "iso3,year,indicator,value\n"; }
  fs::resize_file(big, std::uintmax_t{300} << 20);
  for (const std::string& file : {big, std::string("/dev/zero")}) {
    auto r = run({"import", file});
    expect_located_failure(r, file + ": the file is larger than the limit of 256 MiB");
    EXPECT_FALSE(fs::exists(db)) << file;  // nothing written, not even an empty store
  }
}

TEST_F(StoreCli, a_hostile_claims_file_is_a_clear_error_in_bounded_time) {
  // 1 MB in one claim, and a nesting depth of 100,000: each refused at once, no crash.
  auto long_claim = write("long.claims", "members(2018) = " + std::string(1'000'000, '1') + "\n");
  auto deep =
      write("deep.claims", std::string(100'000, '(') + "1" + std::string(100'000, ')') + " = 1\n");
  auto deep_short = write("deep_short.claims",
                          std::string(2'000, '(') + "1" + std::string(2'000, ')') + " = 1\n");
  auto over = write("over.claims", std::string(2 << 20, '\n'));
  for (const auto& [file, where] : std::vector<std::pair<std::string, std::string>>{
           {long_claim, "long.claims:1:4097: claim is 1000016 bytes long; the limit is 4096"},
           {deep, "deep.claims:1:4097: claim is 200005 bytes long; the limit is 4096"},
           {deep_short, "deep_short.claims:1:65: expression nested deeper than 64 levels"},
           {over, "--file: '" + over + "' is larger than 1048576 bytes"}}) {
    auto r = run({"check", "--file", file});
    EXPECT_EQ(r.exit, 2) << file << r.err;
    EXPECT_EQ(r.out, "") << file;
    EXPECT_NE(r.err.find(where), std::string::npos) << r.err.substr(0, 300);
  }
}

}  // namespace
}  // namespace fardeau

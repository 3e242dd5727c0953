// fardeau-edition-csv: a publisher's workbook -> the long CSV of a built-in edition, by
// fardeau's own importer (io::read_edition) and writer (io::write_long_csv). This is how
// data/nato_2024_edition_long.csv is made from NATO's official workbook; the CTest
// `data.nato_2024_regenerates` runs it again and compares the output byte for byte, so the
// committed file can never drift from what the importer reads.
//
//   fardeau-edition-csv WORKBOOK SOURCE_ID VINTAGE OUT.csv
//   e.g. fardeau-edition-csv 240617-def-exp-2024-TABLES-en.xlsx NATO_DEF_EXP_2024 2024-06 out.csv
//
// Exit 0 written, 2 bad input (the importer's located message on stderr), 3 cannot write.
#include <cstdio>
#include <string>

#include "io/edition_import.hpp"
#include "io/long_csv_writer.hpp"
#include "io/members_loader.hpp"
#include "tool.hpp"

namespace {
int run(int argc, char** argv) {
  using namespace fardeau;
  if (argc != 5) {
    std::fprintf(stderr, "usage: fardeau-edition-csv WORKBOOK SOURCE_ID VINTAGE OUT.csv\n");
    return 2;
  }
  auto ed = io::read_edition(argv[1], io::SourceFormat::nato, "");
  if (!ed) {
    std::fprintf(stderr, "fardeau-edition-csv: error: %s\n", ed.error().what().c_str());
    return 2;
  }
  auto members = io::load_allies(io::DataSource::embedded());
  if (!members) {
    std::fprintf(stderr, "fardeau-edition-csv: error: %s\n", members.error().what().c_str());
    return 3;
  }
  for (const auto& k : ed->report.skipped)
    std::fprintf(stderr, "fardeau-edition-csv: skipped: %s: %s\n", k.where.c_str(), k.why.c_str());
  io::LongCsvMeta meta;
  meta.source = argv[2];
  meta.vintage = argv[3];
  meta.country = [&](std::string_view e) -> std::string {
    if (e == kNatoTotal) return "NATO Total";
    if (e == kNatoEuropeCanada) return "NATO Europe and Canada";
    const Ally* a = members->find(e);
    return a ? a->name_en : std::string();
  };
  // National-currency units name the currency NATO prints in Table 1 ("Leks").
  meta.unit = [&](std::string_view e, std::string_view ind, std::string_view unit) {
    std::string u(unit);
    auto cur = ed->national_currency.find(std::string(e));
    const std::string generic = "million national currency";
    if (ind.starts_with("defexp_ncu_") && cur != ed->national_currency.end() &&
        u.starts_with(generic))
      u.insert(generic.size(), " (" + cur->second + ")");
    return u;
  };
  const std::string csv = io::write_long_csv(ed->panel, meta);
  if (!datagen::write_output(argv[4], csv)) {
    std::fprintf(stderr, "fardeau-edition-csv: error: %s: cannot write\n", argv[4]);
    return 3;
  }
  return 0;
}
}  // namespace

int main(int argc, char** argv) {
  return fardeau::datagen::tool_main("fardeau-edition-csv", run, argc, argv);
}

// libFuzzer target for io::CsvReader and the long-CSV loader (the CSV path of
// `fardeau import`). Invariants checked on every input, beyond "no crash, leak or hang":
//   * the reader makes progress and stops: at most one record per input byte (+1);
//   * its row numbers never go backwards;
//   * an error is located at the name given ("fuzz.csv:ROW[:COL]");
//   * a panel the loader accepts holds at most one value per record.
// Run, e.g.:
//   build/fuzz/fuzz/csv_reader_fuzz -max_len=4096 -max_total_time=60 build/fuzz/corpus-csv
//   fuzz/corpus/csv
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "core/panel.hpp"
#include "io/csv_reader.hpp"
#include "io/long_csv_loader.hpp"

namespace {
void check(bool ok) {
  if (!ok) std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  fardeau::io::CsvReader reader(text, "fuzz.csv");
  std::vector<std::string> fields;
  std::size_t records = 0, last_row = 0;
  for (;;) {
    auto r = reader.next(fields);
    if (!r.ok()) {
      check(r.error().where.text().rfind("fuzz.csv:", 0) == 0);
      break;
    }
    if (!*r) break;
    ++records;
    check(records <= size + 1);
    check(reader.row() >= last_row);
    last_row = reader.row();
  }
  fardeau::Panel panel;
  auto st = fardeau::io::load_long_csv(text, "fuzz.csv", panel);
  if (st.ok())
    check(panel.size() <= records);
  else
    check(st.error().where.text().rfind("fuzz.csv", 0) == 0);
  return 0;
}

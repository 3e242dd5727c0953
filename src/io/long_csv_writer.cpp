#include "io/long_csv_writer.hpp"

#include <array>
#include <charconv>

namespace fardeau::io {
namespace {

std::string field(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

/// The shortest decimal text that parses back to exactly `v` (std::to_chars).
std::string shortest(double v) {
  std::array<char, 64> buf{};
  auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), v);
  return ec == std::errc{} ? std::string(buf.data(), end) : std::string("nan");
}

}  // namespace

std::string write_long_csv(const Panel& panel, const LongCsvMeta& meta) {
  std::string out = "iso3,country,year,indicator,unit,value,is_estimate,footnote,source,vintage\n";
  for (const std::string& e : panel.entities()) {
    const std::string country = meta.country ? meta.country(e) : std::string();
    for (const IndicatorInfo& ind : panel.indicators()) {
      auto [first, last] = panel.year_range(ind.id);
      const std::string unit = meta.unit ? meta.unit(e, ind.id, ind.unit) : ind.unit;
      for (int y = first; first != 0 && y <= last; ++y) {
        auto obs = panel.get(e, ind.id, y);
        if (!obs) continue;
        out += field(e) + ',' + field(country) + ',' + std::to_string(y) + ',' + field(ind.id) +
               ',' + field(unit) + ',' + shortest(obs->value) + ',' + (obs->estimate ? '1' : '0') +
               ',' + (obs->footnote ? '1' : '0') + ',' + field(meta.source) + ',' +
               field(meta.vintage) + '\n';
      }
    }
  }
  return out;
}

}  // namespace fardeau::io

#include "io/edition_import.hpp"

#include <cmath>
#include <filesystem>
#include <set>

#include <fmt/format.h>

#include "io/builtin_reference.hpp"
#include "io/csv_reader.hpp"
#include "io/data_source.hpp"
#include "io/import_limits.hpp"
#include "io/long_csv_loader.hpp"
#include "io/nato_workbook.hpp"
#include "io/sha256.hpp"
#include "io/sipri_workbook.hpp"
#include "io/vintage_catalogue.hpp"
#include "io/xlsx_reader.hpp"

namespace fardeau::io {
namespace {

bool is_zip(std::string_view bytes) { return bytes.size() >= 2 && bytes.substr(0, 2) == "PK"; }

/// The header line of a text file names the long-CSV columns.
bool looks_like_long_csv(std::string_view bytes) {
  auto header = bytes.substr(0, bytes.find('\n'));
  for (std::string_view col : {"iso3", "year", "indicator", "value"})
    if (header.find(col) == std::string_view::npos) return false;
  return true;
}

Result<SourceFormat> detect_workbook(const XlsxReader& book) {
  if (book.has_sheet("Current US$") || book.has_sheet("Share of GDP")) return SourceFormat::sipri;
  if (looks_like_nato_workbook(book)) return SourceFormat::nato;
  std::string sheets;
  for (const auto& s : book.sheet_names()) sheets += (sheets.empty() ? "" : ", ") + s;
  return make_error(ErrorCode::data_error,
                    fmt::format("workbook has neither SIPRI sheets (\"Current US$\", \"Share of "
                                "GDP\", ...) nor NATO table sheets (\"Table 1\" ... \"Table 8b\", "
                                "any spelling such as \"TABLE1\"); "
                                "sheets: {}",
                                sheets.empty() ? "none" : sheets),
                    book.name());
}

double round_to(double v, int decimals) {
  double f = std::pow(10.0, decimals);
  return std::round(v * f) / f;
}

/// SIPRI's implied GDP and population (as data/sipri_implied_gdp_population_nato.csv
/// derives them for the built-in edition), for every country: analyses of shares and
/// gaps need a GDP, and SIPRI publishes only ratios to it.
void add_sipri_implied(Panel& panel) {
  const std::string cur_id = "milex_usd_current_m";
  if (!panel.has_indicator(cur_id)) return;
  auto [first, last] = panel.year_range(cur_id);
  const std::vector<std::string> entities = panel.entities();
  for (const auto& e : entities) {
    if (e.empty()) continue;
    for (int y = first; y <= last; ++y) {
      auto cur = panel.get(e, cur_id, y);
      if (!cur || cur->value <= 0) continue;
      if (auto sh = panel.get(e, "milex_pct_gdp", y); sh && sh->value != 0)
        panel.add(e, "gdp_usd_current_m_implied",
                  "million US dollars, current prices (= SIPRI milex current US$ / SIPRI milex "
                  "share of GDP)",
                  y, {round_to(cur->value / (sh->value / 100.0), 3), false});
      if (auto pc = panel.get(e, "milex_per_capita_usd_current", y); pc && pc->value != 0)
        panel.add(e, "population_m_implied",
                  "million persons (= SIPRI milex current US$ / SIPRI milex per capita)", y,
                  {round_to(cur->value / pc->value, 4), false});
    }
  }
}

/// Base year of the constant-price spending series ("defexp_usd_const<YYYY>_m" or
/// "milex_usd_const<YYYY>_m"), 0 if none.
int const_base_year(const Panel& p) {
  for (const auto& ind : p.indicators())
    if (ind.id.starts_with("defexp_usd_const") || ind.id.starts_with("milex_usd_const"))
      if (auto y = constant_price_base(ind.id); y && ind.id.ends_with("_m")) return *y;
  return 0;
}

std::size_t count_countries(const Panel& p) {
  std::size_t n = 0;
  for (const auto& e : p.entities())
    if (!e.empty() && e.find('_') == std::string::npos) ++n;
  return n;
}

}  // namespace

Status check_import_id(std::string_view id) {
  if (!is_vintage_id(id))
    return make_error(ErrorCode::invalid_argument,
                      fmt::format("'{}' is not a valid vintage id; use 1-64 lower-case letters, "
                                  "digits, '-', '.' or '_', e.g. nato-2027-import",
                                  id),
                      at_parameter("id"));
  for (const auto& v : builtin_vintages())
    if (v.id == id)
      return make_error(
          ErrorCode::invalid_argument,
          fmt::format("'{}' is a built-in vintage; choose another id, e.g. {}-import", id, id),
          at_parameter("id"));
  return ok_status();
}

std::vector<MeasureBinding> bind_measures(const Panel& p, int base_year) {
  using M = Measure;
  std::vector<MeasureBinding> out;
  const std::string b = std::to_string(base_year);
  auto first_of = [&](M m, std::initializer_list<std::string> ids, double scale = 1.0) {
    for (const auto& id : ids)
      if (p.has_indicator(id)) {
        out.push_back({m, id, scale});
        return true;
      }
    return false;
  };
  first_of(M::defexp_usd_current_m, {"defexp_usd_current_m", "milex_usd_current_m"});
  first_of(M::defexp_usd_const_m, {"defexp_usd_const" + b + "_m", "milex_usd_const" + b + "_m"});
  first_of(M::defexp_pct_gdp, {"defexp_pct_gdp", "milex_pct_gdp"});
  if (!first_of(M::gdp_usd_current_m, {"gdp_usd_current_m", "gdp_usd_current_m_implied"}))
    first_of(M::gdp_usd_current_m, {"gdp_usd_current"}, 1e-6);
  first_of(M::gdp_usd_const_m, {"gdp_usd_const" + b + "_m"});
  first_of(M::equipment_share_pct, {"equipment_share_pct"});
  // Population: NATO publishes GDP per capita, so population = GDP / (GDP per head).
  const std::string gdp_const = "gdp_usd_const" + b + "_m",
                    per_head = "gdp_per_capita_const" + b + "_kusd";
  if (p.has_indicator(gdp_const) && p.has_indicator(per_head))
    out.push_back({M::population_k, gdp_const, 1.0, per_head});
  else if (!first_of(M::population_k, {"population_m_implied"}, 1000.0))
    first_of(M::population_k, {"population"}, 1e-3);
  return out;
}

Result<Edition> read_edition(const std::string& path, std::optional<SourceFormat> source,
                             const std::string& id) {
  if (!id.empty()) {
    auto st = check_import_id(id);
    if (!st) return st.error();
  }
  FARDEAU_TRY(bytes, read_file(path, kMaxImportFileBytes));
  if (bytes.empty())
    return make_error(ErrorCode::data_error,
                      "empty file; expected a NATO or SIPRI xlsx workbook or a long CSV", path);
  Edition ed;
  int base_year = 0;
  std::optional<XlsxReader> book;
  if (!source) {
    if (is_zip(bytes)) {
      FARDEAU_TRY(b, XlsxReader::open_bytes(bytes, path));
      FARDEAU_TRY(f, detect_workbook(b));
      source = f;
      book.emplace(std::move(b));
    } else if (looks_like_long_csv(bytes)) {
      source = SourceFormat::csv;
    } else {
      return make_error(ErrorCode::data_error,
                        "neither an xlsx workbook (no zip signature) nor a long CSV (the header "
                        "must name iso3, year, indicator and value); use --source to say which",
                        path + ":1");
    }
  }
  if (*source != SourceFormat::csv && !book) {
    FARDEAU_TRY(b, XlsxReader::open_bytes(bytes, path));
    book.emplace(std::move(b));
  }
  switch (*source) {
    case SourceFormat::nato: {
      FARDEAU_TRY(imp, import_nato_workbook(*book));
      ed.panel = std::move(imp.panel);
      base_year = imp.base_year;
      ed.report = std::move(imp.report);
      ed.national_currency = std::move(imp.national_currency);
      break;
    }
    case SourceFormat::sipri: {
      FARDEAU_TRY(imp, import_sipri_workbook(*book));
      ed.panel = std::move(imp.panel);
      base_year = imp.base_year;
      add_sipri_implied(ed.panel);
      break;
    }
    case SourceFormat::csv: {
      auto st = load_long_csv(bytes, path, ed.panel);
      if (!st) return st.error();
      base_year = const_base_year(ed.panel);
      break;
    }
  }
  if (ed.panel.size() == 0)
    return make_error(ErrorCode::data_error, "the file holds no values", path);

  const std::string file = std::filesystem::path(path).filename().string();
  const int first = ed.panel.first_year(), last = ed.panel.last_year();
  auto& m = ed.meta;
  auto& v = m.info;
  m.source_format = to_string(*source);
  m.file_name = file;
  m.file_sha256 = sha256_hex(bytes);
  v.builtin = false;
  v.base_year = base_year;
  v.measures = bind_measures(ed.panel, base_year);
  v.price_basis = base_year ? fmt::format("constant {} prices and exchange rates", base_year)
                            : "current prices";
  int edition_year = last;
  switch (*source) {
    case SourceFormat::nato:
      v.family = "nato";
      v.publisher = "NATO Public Diplomacy Division";
      v.title = fmt::format("Defence Expenditure of NATO Countries ({}-{})", first, last);
      v.source_id = "NATO_DEF_EXP_IMPORT";
      v.definition = "NATO defence expenditure, as published in the imported workbook";
      break;
    case SourceFormat::sipri:
      v.family = "sipri";
      v.publisher = "Stockholm International Peace Research Institute";
      v.title = fmt::format("SIPRI Military Expenditure Database ({}-{})", first, last);
      v.source_id = "SIPRI_MILEX_IMPORT";
      v.definition =
          "SIPRI military expenditure (includes paramilitary forces; differs from NATO's)";
      edition_year = last + 1;
      break;
    case SourceFormat::csv:
      v.family = "csv";
      v.publisher = "user-supplied long CSV";
      v.title = fmt::format("{} ({}-{})", file, first, last);
      v.source_id = "CSV_IMPORT";
      v.definition = "as defined by the file's producer";
      break;
  }
  v.notes = fmt::format("imported from {} (SHA-256 {})", file, m.file_sha256.substr(0, 16));
  if (*source == SourceFormat::sipri)
    v.notes += "; GDP and population implied by SIPRI's ratios; no estimate flags";
  v.id = id.empty() ? fmt::format("{}-{}-import", to_string(*source), edition_year) : id;
  v.title += ", imported";
  ed.countries = count_countries(ed.panel);
  return ed;
}

}  // namespace fardeau::io

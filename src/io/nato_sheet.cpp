#include "io/nato_sheet.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace fardeau::io::nato {
namespace {

bool is_notes_text(std::string_view text) {
  return starts_with_icase(text, "note") || starts_with_icase(text, "source:");
}

bool is_ref_error(const Cell& c) {
  return (c.type == CellType::error || c.type == CellType::text) && trim_text(c.text) == "#REF!";
}

/// Year cells of a row, in column order, when it is a header row: at least two year
/// cells, increasing. Validation of holes is the caller's (it needs the location).
std::vector<YearColumn> year_cells(std::span<const Sheet::Entry> cells) {
  std::vector<YearColumn> years;
  for (const Sheet::Entry& e : cells)
    if (auto y = parse_year_header(e.cell)) {
      if (!years.empty() && y->year <= years.back().year.year) return {};
      years.push_back({e.col, *y});
    }
  if (years.size() < 2) return {};
  return years;
}

}  // namespace

Status SheetParser::header_row(std::uint32_t r, std::vector<YearColumn> years) {
  for (std::size_t i = 1; i < years.size(); ++i) {
    const YearColumn &a = years[i - 1], &b = years[i];
    if (b.col != a.col + 1) {
      const Cell& hole = sheet_.at(r, a.col + 1);
      return make_error(
          ErrorCode::data_error,
          fmt::format("the year header has a hole: {} between {}{} ({}) and {}{} "
                      "({}); every column from the first year to the last needs "
                      "a year",
                      hole.empty() ? std::string("an empty cell") : describe_cell(hole),
                      a.year.year, a.year.estimate ? "e" : "", cell_ref(r, a.col), b.year.year,
                      b.year.estimate ? "e" : "", cell_ref(r, b.col)),
          sheet_.where(r, a.col + 1));
    }
    if (b.year.year != a.year.year + 1)
      return make_error(ErrorCode::data_error,
                        fmt::format("the year header skips from {} to {}: a year is missing",
                                    a.year.year, b.year.year),
                        sheet_.where(r, b.col));
  }
  years_ = std::move(years);
  header_pos_ = CellPos{r, years_.front().col};
  in_run_ = false;
  // Text left of the years on the header row itself ("Current prices   2014 2015 ..."):
  // a heading unless it is a column caption.
  for (const Sheet::Entry& e : sheet_.row_entries(r)) {
    if (e.col >= years_.front().col) break;
    std::string_view t = cell_text(e.cell);
    if (!t.empty() && !equals_icase(t, "country") && !equals_icase(t, "countries"))
      add_heading(t, {r, e.col});
  }
  return ok_status();
}

Result<const SeriesSpec*> SheetParser::series_for_run(std::uint32_t r, Heading& heading) const {
  const std::vector<SeriesSpec>& series = table_.series;
  for (std::size_t k = headings_.size(); k-- > 0;) {  // nearest first
    const Heading& h = headings_[k];
    if (is_table_title(h.text, table_.table)) continue;
    const SeriesSpec* found = nullptr;
    int n = 0;
    for (const SeriesSpec& s : series)
      if (matches(s, h.text)) {
        found = &s;
        ++n;
      }
    if (n == 0) continue;
    if (n > 1)
      return make_error(ErrorCode::data_error,
                        fmt::format("the block title '{}' names more than one of {}",
                                    h.text.substr(0, 80), expected_series(table_)),
                        sheet_.where(h.pos.row, h.pos.col));
    heading = h;
    return found;
  }
  if (series.size() == 1) {  // Table 7: the table's own title names the series
    heading = headings_.empty() ? Heading{} : headings_.back();
    for (const Heading& h : headings_)
      if (is_table_title(h.text, table_.table)) heading = h;
    return &series.front();
  }
  // Locate the error at the title that should have named the series: the nearest
  // heading above the run, else the run's first row.
  for (std::size_t k = headings_.size(); k-- > 0;)
    if (const Heading& h = headings_[k]; !is_table_title(h.text, table_.table))
      return make_error(
          ErrorCode::data_error,
          fmt::format("cannot tell which series the rows from {} hold: the "
                      "block title '{}' names none of {}",
                      cell_ref(r, 0).substr(1), h.text.substr(0, 80), expected_series(table_)),
          sheet_.where(h.pos.row, h.pos.col));
  return make_error(
      ErrorCode::data_error,
      fmt::format("country rows with no block title above them naming {}", expected_series(table_)),
      sheet_.where(r, 0));
}

Status SheetParser::data_row(std::uint32_t r, const Label& label, std::string_view iso3_code,
                             std::uint32_t label_col) {
  if (years_.empty())
    return make_error(ErrorCode::data_error,
                      "a country row above any header row of years (e.g. 2014 ... 2024e)",
                      sheet_.where(r, label_col));
  if (!titled_)
    return make_error(ErrorCode::data_error,
                      fmt::format("no title: expected a row starting with 'Table {}' above the "
                                  "first header row",
                                  table_.table),
                      sheet_.where(0, 0));
  if (!in_run_) {
    Heading heading;
    FARDEAU_TRY(spec, series_for_run(r, heading));
    for (const Block& other : blocks_)
      if (other.spec == spec)
        return make_error(
            ErrorCode::data_error,
            fmt::format("a second '{}' block in this sheet (the first is titled '{}' at {})",
                        spec->what, other.heading.text.substr(0, 60),
                        cell_ref(other.heading.pos.row, other.heading.pos.col)),
            sheet_.where(heading.pos.row, heading.pos.col));
    Block b;
    b.spec = spec;
    b.heading = heading.text.empty() ? Heading{"", *header_pos_} : heading;
    for (const YearColumn& y : years_)
      if (y.year.estimate) b.estimate_years.push_back(y.year.year);
    b.first_year = years_.front().year.year;
    b.last_year = years_.back().year.year;
    blocks_.push_back(std::move(b));
    headings_.clear();
    in_run_ = true;
  }
  Block& b = blocks_.back();
  const std::string iso3(iso3_code);
  auto [it, fresh] = b.row_of.try_emplace(iso3, r);
  if (!fresh)
    return make_error(ErrorCode::data_error,
                      fmt::format("duplicate row: '{}' already has a row in the '{}' block, at "
                                  "row {}",
                                  label.plain, b.spec->what, it->second + 1),
                      sheet_.where(r, label_col));
  if (label.footnote) out_.footnoted.insert(iso3);
  if (!label.currency.empty() && table_.table == "1") out_.national_currency[iso3] = label.currency;
  for (const Sheet::Entry& e : sheet_.row_entries(r)) {
    const std::uint32_t c = e.col;
    const Cell& cell = e.cell;
    if (c <= label_col) continue;
    const YearColumn* year = year_at(c);
    if (!year) {
      if (cell.is_number())
        return make_error(ErrorCode::data_error,
                          fmt::format("a number in column {}, which has no year header (the "
                                      "years are in {} to {}): columns shifted?",
                                      column_name(c), column_name(years_.front().col),
                                      column_name(years_.back().col)),
                          sheet_.where(r, c));
      continue;
    }
    if (cell.empty() ||
        (cell.is_text() && (cell_text(cell).empty() || is_not_available_marker(cell_text(cell)))))
      continue;
    if (is_ref_error(cell)) {
      skip(r, c,
           fmt::format("'#REF!' (a broken formula) for {} {}: no value imported", iso3,
                       year->year.year));
      continue;
    }
    if (!cell.is_number())
      return make_error(
          ErrorCode::data_error,
          fmt::format("expected a number for {}{}, found {} (NATO marks "
                      "unpublished values '..' or leaves them empty)",
                      year->year.year, year->year.estimate ? "e" : "", describe_cell(cell)),
          sheet_.where(r, c));
    b.values.push_back({iso3,
                        year->year.year,
                        Observation{cell.number, year->year.estimate, label.footnote},
                        {r, c}});
  }
  return ok_status();
}

Status SheetParser::unlabelled_row(std::uint32_t r, std::span<const Sheet::Entry> cells) {
  bool all_ref = true, all_zero = true, any_value = false;
  for (const Sheet::Entry& e : cells) {
    if (cell_text(e.cell).empty() && !e.cell.is_number() && e.cell.type != CellType::error)
      continue;
    any_value = true;
    all_ref = all_ref && is_ref_error(e.cell);
    all_zero = all_zero && e.cell.is_number() && e.cell.number == 0.0;
  }
  if (!any_value) return ok_status();
  const std::uint32_t c0 = cells.front().col;
  if (all_ref) {
    skip(r, c0, "row of '#REF!' values with no label skipped (stale formulas)");
    return ok_status();
  }
  if (all_zero && !years_.empty()) {
    skip(r, c0, "row of zeros with no label skipped");
    return ok_status();
  }
  for (const Sheet::Entry& e : cells)
    if (e.cell.is_number())
      return make_error(ErrorCode::data_error,
                        "a number in a row with no country label left of the years (columns "
                        "shifted?)",
                        sheet_.where(r, e.col));
  // Text only, right of where labels go: a heading placed over the value columns.
  for (const Sheet::Entry& e : cells)
    if (!cell_text(e.cell).empty()) add_heading(cell_text(e.cell), {r, e.col});
  return ok_status();
}

Status SheetParser::parse(std::vector<std::pair<int, Location>>& base_years) {
  base_years_ = &base_years;
  const std::vector<std::uint32_t> rows = sheet_.stored_rows();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const std::uint32_t r = rows[i];
    const auto cells = sheet_.row_entries(r);
    if (cells.empty()) continue;
    // The first text of the row, for titles and notes.
    std::string_view first_text;
    std::uint32_t first_text_col = 0;
    for (const Sheet::Entry& e : cells)
      if (!cell_text(e.cell).empty()) {
        first_text = cell_text(e.cell);
        first_text_col = e.col;
        break;
      }
    if (!first_text.empty() && is_notes_text(first_text) &&
        (years_.empty() || first_text_col < years_.front().col)) {
      skip(r, first_text_col,
           fmt::format("notes from here on ({} stored rows) are not data", rows.size() - i));
      break;
    }
    if (!first_text.empty() && is_table_title(first_text, table_.table)) titled_ = true;
    if (auto years = year_cells(cells); !years.empty()) {
      bool labelled = false;  // a country row whose values happen to look like years
      for (const Sheet::Entry& e : cells)
        if (e.col < years.front().col && code_of(split_label(cell_text(e.cell)).plain, names_))
          labelled = true;
      if (!labelled) {
        auto st = header_row(r, std::move(years));
        if (!st) return st;
        continue;
      }
    }
    // The label: the first cell left of the year columns.
    const Sheet::Entry* label = nullptr;
    for (const Sheet::Entry& e : cells)
      if (years_.empty() || e.col < years_.front().col) {
        if (e.cell.is_number() || e.cell.type == CellType::boolean ||
            e.cell.type == CellType::error || !cell_text(e.cell).empty()) {
          label = &e;
          break;
        }
      }
    if (!label) {
      auto st = unlabelled_row(r, cells);
      if (!st) return st;
      continue;
    }
    std::string_view text = cell_text(label->cell);
    if (text.empty())
      return make_error(ErrorCode::data_error,
                        fmt::format("expected a country label or a title in column {}, found {} "
                                    "(columns shifted?)",
                                    column_name(label->col), describe_cell(label->cell)),
                        sheet_.where(r, label->col));
    const Label parts = split_label(text);
    if (auto iso3 = code_of(parts.plain, names_)) {
      auto st = data_row(r, parts, *iso3, label->col);
      if (!st) return st;
      continue;
    }
    // A text row that is no country: a heading, unless values follow it.
    for (const Sheet::Entry& e : cells)
      if (e.col > label->col && e.cell.is_number())
        return make_error(ErrorCode::data_error,
                          fmt::format("unknown country label '{}' (NATO labels known to fardeau "
                                      "are in data/reference/publisher_country_names.csv)",
                                      std::string(text).substr(0, 60)),
                          sheet_.where(r, label->col));
    in_run_ = false;
    for (const Sheet::Entry& e : cells)
      if (!cell_text(e.cell).empty()) add_heading(cell_text(e.cell), {r, e.col});
  }
  if (!titled_)
    return make_error(
        ErrorCode::data_error,
        fmt::format("no title: expected a row starting with 'Table {}'", table_.table),
        sheet_.where(0, 0));
  if (blocks_.empty())
    return make_error(
        ErrorCode::data_error,
        years_.empty() ? "no header row of years (e.g. 2014 ... 2024e)"
                       : "no country rows under the header row of years",
        header_pos_ ? sheet_.where(header_pos_->row, header_pos_->col) : sheet_.where());
  for (const SeriesSpec& s : table_.series) {
    bool present = false;
    for (const Block& b : blocks_) present = present || b.spec == &s;
    if (!present)
      return make_error(ErrorCode::data_error,
                        fmt::format("no '{}' block: expected a title naming it above its "
                                    "country rows",
                                    s.what),
                        sheet_.where());
  }
  return ok_status();
}

Status SheetParser::commit(int base_year) {
  for (const Block& b : blocks_) {
    const std::string indicator = with_base(b.spec->id, base_year);
    const std::string unit = with_base(b.spec->unit, base_year);
    for (const Value& v : b.values)
      if (!out_.panel.add(v.entity, indicator, unit, v.year, v.obs))
        return make_error(ErrorCode::data_error,
                          fmt::format("duplicate value for {} {} {}", v.entity, indicator, v.year),
                          sheet_.where(v.pos.row, v.pos.col));
    FoundBlock f;
    f.sheet = sheet_.name();
    f.title = b.heading.text;
    f.where = sheet_.where(b.heading.pos.row, b.heading.pos.col).text();
    f.indicator = indicator;
    f.unit = unit;
    f.base_year = b.spec->id.find("{B}") != std::string_view::npos ? base_year : 0;
    f.rows = b.row_of.size();
    f.values = b.values.size();
    f.first_year = b.first_year;
    f.last_year = b.last_year;
    f.estimate_years = b.estimate_years;
    out_.report.blocks.push_back(std::move(f));
  }
  return ok_status();
}

}  // namespace fardeau::io::nato

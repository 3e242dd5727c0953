#include "render/document.hpp"

#include <algorithm>
#include <iterator>

#include <fmt/format.h>

namespace fardeau::render {

std::size_t display_width(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

namespace {

std::string pad(const std::string& s, std::size_t width, bool right) {
  std::size_t w = display_width(s);
  if (w >= width) return s;
  std::string fill(width - w, ' ');
  return right ? fill + s : s + fill;
}

// Columns with no header and no content (an estimate column without estimates) are
// dropped so that tables carry no blank furniture.
TextTable without_empty_columns(const TextTable& in) {
  std::vector<bool> keep(in.headers.size(), false);
  for (std::size_t c = 0; c < in.headers.size(); ++c) {
    keep[c] = !in.headers[c].empty();
    for (const auto& row : in.rows) keep[c] = keep[c] || (c < row.size() && !row[c].empty());
  }
  TextTable out;
  for (std::size_t c = 0; c < in.headers.size(); ++c)
    if (keep[c]) {
      out.headers.push_back(in.headers[c]);
      out.right_align.push_back(c < in.right_align.size() && in.right_align[c]);
    }
  for (const auto& row : in.rows) {
    std::vector<std::string> r;
    for (std::size_t c = 0; c < in.headers.size(); ++c)
      if (keep[c]) r.push_back(c < row.size() ? row[c] : "");
    out.rows.push_back(std::move(r));
  }
  return out;
}

void text_table(std::string& out, const TextTable& in) {
  const TextTable t = without_empty_columns(in);
  std::vector<std::size_t> width(t.headers.size(), 0);
  for (std::size_t c = 0; c < t.headers.size(); ++c) width[c] = display_width(t.headers[c]);
  for (const auto& row : t.rows)
    for (std::size_t c = 0; c < row.size() && c < width.size(); ++c)
      width[c] = std::max(width[c], display_width(row[c]));
  auto line = [&](const std::vector<std::string>& cells) {
    std::string l = " ";
    for (std::size_t c = 0; c < width.size(); ++c) {
      bool right = c < t.right_align.size() && t.right_align[c];
      l += pad(c < cells.size() ? cells[c] : "", width[c], right);
      if (c + 1 < width.size()) l += "  ";
    }
    while (!l.empty() && l.back() == ' ') l.pop_back();
    out += l + "\n";
  };
  line(t.headers);
  std::string rule = " ";
  for (std::size_t c = 0; c < width.size(); ++c) {
    for (std::size_t i = 0; i < width[c]; ++i) rule += "-";
    if (c + 1 < width.size()) rule += "  ";
  }
  while (!rule.empty() && rule.back() == ' ') rule.pop_back();
  out += rule + "\n";
  for (const auto& row : t.rows) line(row);
}

std::string md_escape(const std::string& s) {
  std::string o;
  for (char c : s) {
    if (c == '|') o += '\\';
    o += c;
  }
  return o;
}

}  // namespace

std::string render_text(const Doc& doc) {
  std::string out = doc.title + "\n";
  for (const auto& b : doc.blocks) {
    out += "\n";
    if (!b.heading.empty()) out += b.heading + "\n";
    std::size_t w = 0;
    for (const auto& [k, v] : b.facts) w = std::max(w, display_width(k));
    const std::string colon = doc.lang == Lang::fr ? "\u00A0:" : ":";
    for (const auto& [k, v] : b.facts)
      fmt::format_to(std::back_inserter(out), "  {} {}\n",
                     pad(k + colon, w + display_width(colon), false), v);
    for (std::size_t i = 0; i < b.tables.size(); ++i) {
      if (i > 0 || !b.facts.empty()) out += "\n";
      text_table(out, b.tables[i]);
    }
    for (const auto& n : b.notes) out += "  " + n + "\n";
  }
  if (!doc.source.empty()) out += "\n" + doc.source + "\n";
  return out;
}

std::string render_markdown(const Doc& doc) {
  std::string out = "## " + doc.title + "\n";
  for (const auto& b : doc.blocks) {
    out += "\n";
    if (!b.heading.empty()) out += "### " + b.heading + "\n\n";
    const std::string colon = doc.lang == Lang::fr ? "\u00A0:" : ":";
    for (const auto& [k, v] : b.facts)
      out += "- **" + md_escape(k) + "**" + colon + " " + md_escape(v) + "\n";
    for (const auto& table : b.tables) {
      const TextTable t = without_empty_columns(table);
      if (!b.facts.empty()) out += "\n";
      out += "|";
      for (const auto& h : t.headers) out += " " + md_escape(h) + " |";
      out += "\n|";
      for (std::size_t c = 0; c < t.headers.size(); ++c)
        out += (c < t.right_align.size() && t.right_align[c]) ? " ---: |" : " --- |";
      out += "\n";
      for (const auto& row : t.rows) {
        out += "|";
        for (const auto& cell : row) out += " " + md_escape(cell) + " |";
        out += "\n";
      }
    }
    if (!b.notes.empty()) out += "\n";
    for (const auto& n : b.notes) out += "> " + md_escape(n) + "\n";
  }
  if (!doc.source.empty()) out += "\n*" + md_escape(doc.source) + "*\n";
  return out;
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string o = "\"";
  for (char c : s) {
    if (c == '"') o += '"';
    o += c;
  }
  return o + "\"";
}

std::string csv_number(double v) { return fmt::format("{}", v); }

std::string render_csv(const CsvTable& t) {
  std::string out;
  auto line = [&](const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + csv_field(cells[i]);
    out += "\n";
  };
  line(t.headers);
  for (const auto& r : t.rows) line(r);
  return out;
}

Needs needs_of(Format f) {
  return {.json = f == Format::json,
          .doc = f == Format::table || f == Format::md,
          .csv = f == Format::csv};
}

std::string emit(const Rendered& r, Format f) {
  switch (f) {
    case Format::json:
      return r.json.dump(2) + "\n";
    case Format::csv:
      return render_csv(r.csv);
    case Format::md:
      return render_markdown(r.doc);
    case Format::table:
      return render_text(r.doc);
  }
  return render_text(r.doc);
}

}  // namespace fardeau::render

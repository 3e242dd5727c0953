#include "io/xlsx_package.hpp"

#include <zip.h>

#include <optional>
#include <pugixml.hpp>

#include "io/xlsx_xml.hpp"

namespace fardeau::io {

using xlsx::child_elem;
using xlsx::ends_with;
using xlsx::first_element;
using xlsx::for_each_child;
using xlsx::iequals_ascii;
using xlsx::local_name;
using xlsx::parse_xml;
using xlsx::printable;
using xlsx::Relationship;
using xlsx::relationship_id;
using xlsx::rich_text;

void xlsx::ZipDiscard::operator()(zip_t* z) const { zip_discard(z); }

namespace {

struct ZipFileClose {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};

/// "dir/" of a part name ("xl/workbook.xml" -> "xl/"; "workbook.xml" -> "").
std::string_view part_dir(std::string_view part) {
  auto slash = part.rfind('/');
  return slash == std::string_view::npos ? std::string_view{} : part.substr(0, slash + 1);
}

/// The relationships part of a part: "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels".
std::string rels_part_of(std::string_view part) {
  auto slash = part.rfind('/');
  std::string_view dir =
      slash == std::string_view::npos ? std::string_view{} : part.substr(0, slash + 1);
  std::string_view file = slash == std::string_view::npos ? part : part.substr(slash + 1);
  return std::string(dir) + "_rels/" + std::string(file) + ".rels";
}

/// A relationship target resolved against the directory of its source part: relative
/// ("worksheets/sheet1.xml") or absolute ("/xl/worksheets/sheet1.xml"), "." and ".."
/// segments removed. nullopt when ".." climbs above the package root.
std::optional<std::string> resolve_target(std::string_view base_dir, std::string_view target) {
  std::string joined = (!target.empty() && target.front() == '/')
                           ? std::string(target.substr(1))
                           : std::string(base_dir) + std::string(target);
  std::vector<std::string_view> segs;
  std::string_view rest(joined);
  while (!rest.empty()) {
    auto slash = rest.find('/');
    std::string_view seg = rest.substr(0, slash);
    rest = slash == std::string_view::npos ? std::string_view{} : rest.substr(slash + 1);
    if (seg.empty() || seg == ".") continue;
    if (seg == "..") {
      if (segs.empty()) return std::nullopt;
      segs.pop_back();
      continue;
    }
    segs.push_back(seg);
  }
  std::string out;
  for (std::size_t i = 0; i < segs.size(); ++i) {
    if (i) out += '/';
    out += segs[i];
  }
  return out;
}

}  // namespace

Status XlsxReader::Impl::open_archive() {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  if (!src) {
    std::string msg = zip_error_strerror(&err);
    zip_error_fini(&err);
    return make_error(ErrorCode::internal, "libzip cannot wrap the buffer: " + msg, name);
  }
  zip_t* za = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err);
  if (!za) {
    std::string msg = zip_error_strerror(&err);
    zip_error_fini(&err);
    zip_source_free(src);
    return make_error(ErrorCode::parse_error, "truncated or damaged zip archive (" + msg + ")",
                      name);
  }
  zip_error_fini(&err);
  zip.reset(za);
  return ok_status();
}

Result<std::string> XlsxReader::Impl::read_part(const std::string& part) const {
  zip_int64_t index = zip_name_locate(zip.get(), part.c_str(), ZIP_FL_NOCASE);
  if (index < 0) return make_error(ErrorCode::not_found, "no part " + part + " in the zip", name);
  auto idx = static_cast<zip_uint64_t>(index);
  auto too_big = [&](const std::string& size) {
    return make_error(ErrorCode::data_error,
                      "part expands to " + size + " bytes, over the limit of " +
                          std::to_string(limits.max_part_bytes) +
                          " bytes per part (a zip bomb, or not a workbook fardeau can read)",
                      where(part));
  };
  zip_stat_t st;
  zip_stat_init(&st);
  std::size_t expected = 0;
  if (zip_stat_index(zip.get(), idx, 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE)) {
    if (st.size > limits.max_part_bytes) return too_big(std::to_string(st.size));
    expected = static_cast<std::size_t>(st.size);
  }
  std::unique_ptr<zip_file_t, ZipFileClose> file(zip_fopen_index(zip.get(), idx, 0));
  if (!file)
    return make_error(ErrorCode::parse_error,
                      std::string("damaged zip entry: ") + zip_strerror(zip.get()), where(part));
  std::string out;
  out.reserve(expected);
  char buf[65536];
  while (true) {
    zip_int64_t n = zip_fread(file.get(), buf, sizeof buf);
    if (n < 0)
      return make_error(ErrorCode::parse_error,
                        std::string("damaged zip entry: ") + zip_file_strerror(file.get()),
                        where(part));
    if (n == 0) break;
    // The size in the zip directory may lie; the bound holds on what is actually read.
    if (out.size() + static_cast<std::size_t>(n) > limits.max_part_bytes)
      return too_big("more than " + std::to_string(limits.max_part_bytes));
    out.append(buf, static_cast<std::size_t>(n));
  }
  return out;
}

Result<std::vector<Relationship>> XlsxReader::Impl::read_rels(const std::string& part) const {
  std::vector<Relationship> rels;
  std::string rels_part = rels_part_of(part);
  auto text = read_part(rels_part);
  if (!text) {
    if (text.error().code == ErrorCode::not_found) return rels;
    return text.error();
  }
  pugi::xml_document doc;
  if (auto st = parse_xml(doc, *text, where(rels_part)); !st) return st.error();
  for_each_child(first_element(doc), "Relationship", [&](pugi::xml_node r) {
    Relationship rel;
    rel.id = r.attribute("Id").value();
    rel.type = r.attribute("Type").value();
    rel.external = iequals_ascii(r.attribute("TargetMode").value(), "External");
    if (!rel.external) {
      auto resolved = resolve_target(part_dir(part), r.attribute("Target").value());
      if (resolved) rel.target = *resolved;
    }
    rels.push_back(std::move(rel));
  });
  return rels;
}

Status XlsxReader::Impl::open_package() {
  // The workbook part: named by the package relationship "officeDocument"; Excel
  // always writes xl/workbook.xml, which is the fallback when _rels/.rels is absent.
  std::string workbook_part = "xl/workbook.xml";
  auto root_rels = read_rels("");
  if (!root_rels) return root_rels.error();
  for (const Relationship& r : *root_rels)
    if (ends_with(r.type, "/officeDocument") && !r.target.empty()) workbook_part = r.target;
  auto wb_text = read_part(workbook_part);
  if (!wb_text) {
    if (wb_text.error().code == ErrorCode::not_found)
      return make_error(
          ErrorCode::data_error,
          "zip without a workbook: no " + workbook_part + " (this zip is not an .xlsx spreadsheet)",
          name);
    return wb_text.error();
  }
  pugi::xml_document wb;
  if (auto st = parse_xml(wb, *wb_text, where(workbook_part)); !st) return st;
  pugi::xml_node root = first_element(wb);
  if (!root || local_name(root.name()) != "workbook")
    return make_error(ErrorCode::data_error,
                      "not a spreadsheet: the main part's root element is '" +
                          printable(root ? local_name(root.name()) : "") +
                          "', expected 'workbook' (a Word or PowerPoint file?)",
                      where(workbook_part));
  auto rels = read_rels(workbook_part);
  if (!rels) return rels.error();
  auto find_rel = [&](std::string_view id) -> const Relationship* {
    for (const Relationship& r : *rels)
      if (r.id == id) return &r;
    return nullptr;
  };
  Status status = ok_status();
  for_each_child(child_elem(root, "sheets"), "sheet", [&](pugi::xml_node s) {
    if (!status) return;
    std::string sheet_name = s.attribute("name").value();
    if (sheet_name.empty()) {
      status = make_error(ErrorCode::data_error, "a <sheet> has no name", where(workbook_part));
      return;
    }
    if (sheet_names.size() >= limits.max_sheets) {
      status = make_error(ErrorCode::data_error,
                          "more than " + std::to_string(limits.max_sheets) + " sheets",
                          where(workbook_part));
      return;
    }
    for (const std::string& other : sheet_names)
      if (iequals_ascii(other, sheet_name)) {
        status = make_error(ErrorCode::data_error,
                            "two sheets are named '" + printable(sheet_name) + "'",
                            where(workbook_part));
        return;
      }
    std::string part, problem;
    const char* rid = relationship_id(s);
    const Relationship* rel = rid ? find_rel(rid) : nullptr;
    if (!rel)
      problem = "has no relationship to a part (r:id '" + printable(rid ? rid : "") +
                "' is not in " + rels_part_of(workbook_part) + ")";
    else if (rel->external || rel->target.empty())
      problem = "points outside the workbook";
    else
      part = rel->target;
    sheet_names.push_back(std::move(sheet_name));
    sheet_parts.push_back(std::move(part));
    sheet_problems.push_back(std::move(problem));
  });
  if (!status) return status;

  // Shared strings: named by a relationship; xl/sharedStrings.xml when none is.
  std::string sst_part = "xl/sharedStrings.xml";
  for (const Relationship& r : *rels)
    if (ends_with(r.type, "/sharedStrings") && !r.target.empty()) sst_part = r.target;
  auto sst_text = read_part(sst_part);
  if (!sst_text) {
    if (sst_text.error().code == ErrorCode::not_found) return ok_status();  // no strings
    return sst_text.error();
  }
  pugi::xml_document sst;
  if (auto st = parse_xml(sst, *sst_text, where(sst_part)); !st) return st;
  for_each_child(first_element(sst), "si",
                 [&](pugi::xml_node si) { shared_strings.push_back(rich_text(si)); });
  return ok_status();
}

}  // namespace fardeau::io

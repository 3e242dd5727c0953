#include "support/zip_builder.hpp"

#include <zip.h>

#include <cstdio>

namespace fardeau::testing {

std::optional<std::string> make_zip(const std::vector<ZipEntry>& entries, bool store) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &err);
  if (!src) return std::nullopt;
  zip_t* za = zip_open_from_source(src, ZIP_TRUNCATE, &err);
  if (!za) {
    zip_source_free(src);
    return std::nullopt;
  }
  zip_source_keep(src);  // read the written bytes back after zip_close
  bool ok = true;
  for (const ZipEntry& e : entries) {
    zip_source_t* s = zip_source_buffer(za, e.data.data(), e.data.size(), 0);
    zip_int64_t idx = s ? zip_file_add(za, e.name.c_str(), s, ZIP_FL_ENC_UTF_8) : -1;
    if (idx < 0) {
      if (s) zip_source_free(s);
      ok = false;
      break;
    }
    if (store) zip_set_file_compression(za, static_cast<zip_uint64_t>(idx), ZIP_CM_STORE, 0);
  }
  if (!ok || zip_close(za) < 0) {
    if (ok) zip_discard(za);
    zip_source_free(src);
    return std::nullopt;
  }
  std::optional<std::string> out;
  if (zip_source_open(src) == 0) {
    zip_source_seek(src, 0, SEEK_END);
    zip_int64_t size = zip_source_tell(src);
    zip_source_seek(src, 0, SEEK_SET);
    std::string bytes(static_cast<std::size_t>(size > 0 ? size : 0), '\0');
    if (size <= 0 || zip_source_read(src, bytes.data(), static_cast<zip_uint64_t>(size)) == size)
      out = std::move(bytes);
    zip_source_close(src);
  }
  zip_source_free(src);
  return out;
}

std::vector<ZipEntry> minimal_workbook(
    const std::vector<std::pair<std::string, std::string>>& sheets,
    const std::string& shared_strings) {
  const std::string ns = "http://schemas.openxmlformats.org/";
  std::vector<ZipEntry> parts;
  parts.push_back(
      {"_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"" + ns +
                          "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + ns +
                          "officeDocument/2006/relationships/officeDocument\" "
                          "Target=\"xl/workbook.xml\"/></Relationships>"});
  std::string wb = "<?xml version=\"1.0\"?><workbook xmlns=\"" + ns +
                   "spreadsheetml/2006/main\" xmlns:r=\"" + ns +
                   "officeDocument/2006/relationships\"><sheets>";
  std::string rels =
      "<?xml version=\"1.0\"?><Relationships xmlns=\"" + ns + "package/2006/relationships\">";
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    std::string n = std::to_string(i + 1);
    wb += "<sheet name=\"" + sheets[i].first + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
    rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + ns +
            "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet" + n +
            ".xml\"/>";
    parts.push_back({"xl/worksheets/sheet" + n + ".xml", sheets[i].second});
  }
  if (!shared_strings.empty()) {
    rels += "<Relationship Id=\"rIdS\" Type=\"" + ns +
            "officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>";
    parts.push_back({"xl/sharedStrings.xml", shared_strings});
  }
  wb += "</sheets></workbook>";
  rels += "</Relationships>";
  parts.push_back({"xl/workbook.xml", wb});
  parts.push_back({"xl/_rels/workbook.xml.rels", rels});
  return parts;
}

std::string worksheet_xml(const std::string& sheet_data, const std::string& after) {
  return "<?xml version=\"1.0\"?><worksheet "
         "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
         sheet_data + "</sheetData>" + after + "</worksheet>";
}

}  // namespace fardeau::testing

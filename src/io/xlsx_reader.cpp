#include "io/xlsx_reader.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <new>
#include <optional>
#include <utility>

#include "io/xlsx_package.hpp"
#include "io/xlsx_xml.hpp"

namespace fardeau::io {

using xlsx::iequals_ascii;
using xlsx::printable;
using xlsx::quote_sheet;

namespace {

Error out_of_memory(const std::string& where) {
  return make_error(ErrorCode::data_error,
                    "ran out of memory reading the workbook (too large to read)", where);
}

}  // namespace

XlsxReader::XlsxReader(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
XlsxReader::XlsxReader(XlsxReader&&) noexcept = default;
XlsxReader& XlsxReader::operator=(XlsxReader&&) noexcept = default;
XlsxReader::~XlsxReader() = default;

const std::string& XlsxReader::name() const { return impl_->name; }
const std::vector<std::string>& XlsxReader::sheet_names() const { return impl_->sheet_names; }

bool XlsxReader::has_sheet(std::string_view sheet_name) const {
  for (const std::string& s : impl_->sheet_names)
    if (iequals_ascii(s, sheet_name)) return true;
  return false;
}

Result<XlsxReader> XlsxReader::open_file(const std::string& path, const XlsxLimits& limits) {
  try {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f)
      return make_error(ErrorCode::io_error,
                        std::string("cannot open the file: ") + std::strerror(errno), path);
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> closer(f, &std::fclose);
    std::string bytes;
    char buf[65536];
    while (true) {
      std::size_t n = std::fread(buf, 1, sizeof buf, f);
      if (n == 0) break;
      if (bytes.size() + n > limits.max_file_bytes)
        return make_error(
            ErrorCode::data_error,
            "file is larger than the limit of " + std::to_string(limits.max_file_bytes) + " bytes",
            path);
      bytes.append(buf, n);
    }
    if (std::ferror(f))
      return make_error(ErrorCode::io_error,
                        std::string("cannot read the file: ") + std::strerror(errno), path);
    return open_bytes(bytes, path, limits);
  } catch (const std::bad_alloc&) {
    return out_of_memory(path);
  }
}

Result<XlsxReader> XlsxReader::open_bytes(std::string_view bytes, std::string name,
                                          const XlsxLimits& limits) {
  const std::string label = name;  // for errors raised after `name` has been moved
  try {
    if (bytes.empty())
      return make_error(ErrorCode::parse_error, "empty file (0 bytes), not an .xlsx workbook",
                        name);
    if (bytes.size() > limits.max_file_bytes)
      return make_error(
          ErrorCode::data_error,
          "file is larger than the limit of " + std::to_string(limits.max_file_bytes) + " bytes",
          name);
    if (bytes.size() < 2 || bytes[0] != 'P' || bytes[1] != 'K') {
      static constexpr char kOle2[] = "\xD0\xCF\x11\xE0";
      if (bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view(kOle2, 4))
        return make_error(ErrorCode::parse_error,
                          "an old binary Excel (.xls) or other OLE2 file, not .xlsx; "
                          "save it as .xlsx",
                          name);
      return make_error(ErrorCode::parse_error,
                        "not an .xlsx workbook: it is not a zip archive (an .xlsx file "
                        "starts with 'PK')",
                        name);
    }
    auto impl = std::make_unique<Impl>();
    impl->name = std::move(name);
    impl->limits = limits;
    impl->bytes.assign(bytes.data(), bytes.size());
    if (auto st = impl->open_archive(); !st) return st.error();
    if (auto st = impl->open_package(); !st) return st.error();
    return XlsxReader(std::move(impl));
  } catch (const std::bad_alloc&) {
    return out_of_memory(label);
  } catch (const std::exception& e) {
    return make_error(ErrorCode::internal, std::string("unexpected exception: ") + e.what(), label);
  }
}

Result<Sheet> XlsxReader::read_sheet(std::string_view sheet_name) const {
  try {
    const Impl& im = *impl_;
    std::optional<std::size_t> found;
    for (std::size_t i = 0; i < im.sheet_names.size() && !found; ++i)
      if (im.sheet_names[i] == sheet_name) found = i;
    for (std::size_t i = 0; i < im.sheet_names.size() && !found; ++i)
      if (iequals_ascii(im.sheet_names[i], sheet_name)) found = i;
    if (!found) {
      std::string list;
      for (std::size_t i = 0; i < im.sheet_names.size() && i < 30; ++i)
        list += (i ? ", '" : "'") + im.sheet_names[i] + "'";
      if (im.sheet_names.size() > 30) list += ", ...";
      return make_error(ErrorCode::not_found,
                        "no sheet named '" + printable(sheet_name, 80) + "'; the workbook has " +
                            (list.empty() ? std::string("no sheets") : list),
                        im.name);
    }
    const std::string& real_name = im.sheet_names[*found];
    if (!im.sheet_problems[*found].empty())
      return make_error(ErrorCode::data_error, "sheet " + im.sheet_problems[*found],
                        im.name + ":" + quote_sheet(real_name));
    const std::string& part = im.sheet_parts[*found];
    const Location sheet_where = at_cell(im.name + ":" + quote_sheet(real_name));
    auto xml = im.read_part(part);
    if (!xml) {
      if (xml.error().code == ErrorCode::not_found)
        return make_error(ErrorCode::data_error, "sheet part " + part + " is missing from the zip",
                          sheet_where);
      // Located at the sheet the caller asked for; the message names the part.
      return make_error(xml.error().code, part + ": " + xml.error().message, sheet_where);
    }
    return xlsx::parse_sheet_xml(*xml, real_name, im.name, part, im.shared_strings, im.limits);
  } catch (const std::bad_alloc&) {
    return out_of_memory(impl_->name);
  } catch (const std::exception& e) {
    return make_error(ErrorCode::internal, std::string("unexpected exception: ") + e.what(),
                      impl_->name);
  }
}

}  // namespace fardeau::io

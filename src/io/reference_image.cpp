#include "io/reference_image.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <iterator>

namespace fardeau::io {
namespace {

constexpr char kMagic[8] = {'F', 'D', 'R', 'E', 'F', 'I', 'M', 'G'};
constexpr std::uint32_t kByteOrder = 0x01020304;
constexpr std::uint32_t kVersion = 1;
constexpr std::string_view kWhere = "embedded reference image";

struct ReferenceHeader {
  char magic[8] = {};
  std::uint32_t byte_order = 0;
  std::uint32_t version = 0;
  std::uint64_t catalogue_offset = 0;
  std::uint64_t allies_offset = 0;
};
static_assert(sizeof(ReferenceHeader) == 32);

// A field added to one of these structs must be written and read below, and compared by
// tests/unit/io/reference_image_test.cpp: these sizes are a reminder.
static_assert(sizeof(VintageInfo) == 9 * sizeof(std::string) + 8 + 2 * sizeof(std::vector<int>) +
                                         8 + sizeof(std::string),
              "VintageInfo changed: update write_reference_image and read_image_catalogue");
static_assert(sizeof(Ally) == 6 * sizeof(std::string) + 4 + 4 + 4 + 4,
              "Ally changed: update write_reference_image and read_image_allies");

class Writer {
 public:
  template <typename T>
  void raw(const T& v) {
    out_.append(reinterpret_cast<const char*>(&v), sizeof v);
  }
  void count(std::size_t n) { raw(static_cast<std::uint32_t>(n)); }
  void text(std::string_view s) {
    count(s.size());
    out_ += s;
  }
  void number(int v) { raw(static_cast<std::int32_t>(v)); }
  void flag(bool v) { raw(static_cast<std::uint8_t>(v ? 1 : 0)); }
  std::size_t size() const { return out_.size(); }
  std::string& bytes() { return out_; }

 private:
  std::string out_;
};

Error malformed(const std::string& what) {
  return make_error(ErrorCode::data_error, "malformed reference image: " + what,
                    std::string(kWhere));
}

/// Bounds-checked reads from a position of the image onwards.
class Cursor {
 public:
  Cursor(std::string_view image, std::uint64_t at) : image_(image), at_(at) {}

  template <typename T>
  Result<T> raw() {
    if (at_ > image_.size() || sizeof(T) > image_.size() - at_)
      return malformed("a field ends past the image");
    T v;
    std::memcpy(&v, image_.data() + at_, sizeof v);
    at_ += sizeof v;
    return v;
  }
  Result<std::size_t> count() {
    FARDEAU_TRY(n, raw<std::uint32_t>());
    // Each item takes at least one byte: a count beyond what is left is malformed, not an
    // allocation of four billion items.
    if (n > image_.size() - at_) return malformed("a count of items past the image");
    return std::size_t{n};
  }
  Result<std::string> text() {
    FARDEAU_TRY(n, count());
    std::string s(image_.substr(at_, n));
    at_ += n;
    return s;
  }
  Result<int> number() {
    FARDEAU_TRY(v, raw<std::int32_t>());
    return int{v};
  }
  Result<bool> flag() {
    FARDEAU_TRY(v, raw<std::uint8_t>());
    if (v > 1) return malformed("a flag other than 0 or 1");
    return v == 1;
  }

 private:
  std::string_view image_;
  std::uint64_t at_;
};

void write_vintage(Writer& w, const VintageInfo& v) {
  for (const std::string* s : {&v.id, &v.family, &v.publisher, &v.title, &v.source_id, &v.published,
                               &v.cutoff, &v.definition, &v.price_basis})
    w.text(*s);
  w.number(v.base_year);
  w.count(v.files.size());
  for (const auto& f : v.files) w.text(f);
  w.count(v.measures.size());
  for (const auto& m : v.measures) {
    const auto* at = std::find(std::begin(kAllMeasures), std::end(kAllMeasures), m.measure);
    w.number(static_cast<int>(at - std::begin(kAllMeasures)));
    w.text(m.indicator);
    w.raw(m.scale);
    w.text(m.denominator);
  }
  w.flag(v.builtin);
  w.text(v.notes);
}

Result<VintageInfo> read_vintage(Cursor& c) {
  VintageInfo v;
  for (std::string* s : {&v.id, &v.family, &v.publisher, &v.title, &v.source_id, &v.published,
                         &v.cutoff, &v.definition, &v.price_basis}) {
    FARDEAU_TRY(t, c.text());
    *s = std::move(t);
  }
  FARDEAU_TRY(base_year, c.number());
  v.base_year = base_year;
  FARDEAU_TRY(files, c.count());
  for (std::size_t k = 0; k < files; ++k) {
    FARDEAU_TRY(f, c.text());
    v.files.push_back(std::move(f));
  }
  FARDEAU_TRY(measures, c.count());
  for (std::size_t k = 0; k < measures; ++k) {
    FARDEAU_TRY(index, c.number());
    if (index < 0 || index >= static_cast<int>(std::size(kAllMeasures)))
      return malformed("a measure out of range");
    FARDEAU_TRY(indicator, c.text());
    FARDEAU_TRY(scale, c.raw<double>());
    FARDEAU_TRY(denominator, c.text());
    v.measures.push_back(
        {kAllMeasures[index], std::move(indicator), scale, std::move(denominator)});
  }
  FARDEAU_TRY(builtin, c.flag());
  v.builtin = builtin;
  FARDEAU_TRY(notes, c.text());
  v.notes = std::move(notes);
  return v;
}

void write_ally(Writer& w, const Ally& a) {
  for (const std::string* s :
       {&a.iso3, &a.iso2, &a.nato_code, &a.name_en, &a.name_fr, &a.accession_date})
    w.text(*s);
  w.number(a.accession_year);
  w.flag(a.founding_member);
  w.flag(a.has_armed_forces);
  w.number(a.eu_first_year);
  w.number(a.eu_last_year);
}

Result<Ally> read_ally(Cursor& c) {
  Ally a;
  for (std::string* s :
       {&a.iso3, &a.iso2, &a.nato_code, &a.name_en, &a.name_fr, &a.accession_date}) {
    FARDEAU_TRY(t, c.text());
    *s = std::move(t);
  }
  FARDEAU_TRY(accession_year, c.number());
  FARDEAU_TRY(founding, c.flag());
  FARDEAU_TRY(armed, c.flag());
  FARDEAU_TRY(eu_first, c.number());
  FARDEAU_TRY(eu_last, c.number());
  a.accession_year = accession_year;
  a.founding_member = founding;
  a.has_armed_forces = armed;
  a.eu_first_year = eu_first;
  a.eu_last_year = eu_last;
  return a;
}

Result<ReferenceHeader> read_header(std::string_view image) {
  FARDEAU_TRY(h, Cursor(image, 0).raw<ReferenceHeader>());
  if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0) return malformed("bad magic");
  if (h.byte_order != kByteOrder) return malformed("written on a machine of another byte order");
  if (h.version != kVersion) return malformed("version " + std::to_string(h.version));
  return h;
}

template <typename T, typename ReadOne>
Result<std::vector<T>> read_section(std::string_view image, std::uint64_t offset,
                                    ReadOne read_one) {
  Cursor c(image, offset);
  FARDEAU_TRY(n, c.count());
  std::vector<T> out;
  out.reserve(n);
  for (std::size_t k = 0; k < n; ++k) {
    FARDEAU_TRY(item, read_one(c));
    out.push_back(std::move(item));
  }
  return out;
}

}  // namespace

std::string write_reference_image(const std::vector<VintageInfo>& catalogue,
                                  const std::vector<Ally>& allies) {
  Writer w;
  ReferenceHeader h;
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  h.byte_order = kByteOrder;
  h.version = kVersion;
  w.raw(h);
  h.catalogue_offset = w.size();
  w.count(catalogue.size());
  for (const auto& v : catalogue) write_vintage(w, v);
  h.allies_offset = w.size();
  w.count(allies.size());
  for (const auto& a : allies) write_ally(w, a);
  std::memcpy(w.bytes().data(), &h, sizeof h);
  return std::move(w.bytes());
}

Result<std::vector<VintageInfo>> read_image_catalogue(std::string_view image) {
  FARDEAU_TRY(h, read_header(image));
  return read_section<VintageInfo>(image, h.catalogue_offset, read_vintage);
}

Result<std::vector<Ally>> read_image_allies(std::string_view image) {
  FARDEAU_TRY(h, read_header(image));
  return read_section<Ally>(image, h.allies_offset, read_ally);
}

}  // namespace fardeau::io

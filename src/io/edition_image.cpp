#include "io/edition_image.hpp"

#include <cstdint>
#include <cstring>
#include <map>

namespace fardeau::io {
namespace {

constexpr char kMagic[8] = {'F', 'D', 'E', 'D', 'I', 'M', 'G', '\0'};
constexpr std::uint32_t kByteOrder = 0x01020304;
constexpr std::uint32_t kVersion = 1;
constexpr std::string_view kWhere = "embedded edition image";

struct StringRef {
  std::uint32_t offset = 0;  ///< in the string table
  std::uint32_t size = 0;
};

struct ImageHeader {
  char magic[8] = {};
  std::uint32_t byte_order = 0;
  std::uint32_t version = 0;
  std::uint32_t edition_count = 0;
  std::uint32_t reserved = 0;
  std::uint64_t strings_offset = 0;
  std::uint64_t strings_size = 0;
};

struct EditionEntry {
  StringRef vintage_id;
  std::uint32_t entity_count = 0;
  std::uint32_t indicator_count = 0;
  std::uint64_t value_count = 0;
  std::uint64_t entities_offset = 0;
  std::uint64_t indicators_offset = 0;
  std::uint64_t keys_offset = 0;
  std::uint64_t values_offset = 0;
  std::uint64_t flags_offset = 0;
};

struct IndicatorEntry {
  StringRef id;
  StringRef unit;
  std::int32_t first_year = 0;
  std::int32_t last_year = 0;
};

static_assert(sizeof(StringRef) == 8 && sizeof(ImageHeader) == 40 && sizeof(EditionEntry) == 64 &&
              sizeof(IndicatorEntry) == 24);

template <typename T>
void put(std::string& out, std::size_t at, const T& v) {
  std::memcpy(out.data() + at, &v, sizeof v);
}

template <typename T>
void append(std::string& out, const T& v) {
  out.append(reinterpret_cast<const char*>(&v), sizeof v);
}

void align8(std::string& out) { out.resize((out.size() + 7) / 8 * 8, '\0'); }

/// Interns strings into one table.
class StringTable {
 public:
  StringRef add(std::string_view s) {
    auto it = offsets_.find(s);
    if (it == offsets_.end()) {
      it = offsets_.emplace(std::string(s), static_cast<std::uint32_t>(text_.size())).first;
      text_ += s;
    }
    return {it->second, static_cast<std::uint32_t>(s.size())};
  }
  const std::string& text() const { return text_; }

 private:
  std::string text_;
  std::map<std::string, std::uint32_t, std::less<>> offsets_;
};

Error malformed(const std::string& what) {
  return make_error(ErrorCode::data_error, "malformed edition image: " + what, std::string(kWhere));
}

/// Bounds-checked reads from the image.
class Reader {
 public:
  explicit Reader(std::string_view image) : image_(image) {}

  bool fits(std::uint64_t offset, std::uint64_t count, std::uint64_t size) const {
    return offset <= image_.size() && count <= (image_.size() - offset) / (size ? size : 1);
  }
  template <typename T>
  Result<T> at(std::uint64_t offset, std::uint64_t index = 0) const {
    if (!fits(offset, index + 1, sizeof(T))) return malformed("a table ends past the image");
    T v;
    std::memcpy(&v, image_.data() + offset + index * sizeof(T), sizeof v);
    return v;
  }
  const unsigned char* bytes(std::uint64_t offset) const {
    return reinterpret_cast<const unsigned char*>(image_.data() + offset);
  }

 private:
  std::string_view image_;
};

struct Parsed {
  ImageHeader header;
  std::string_view strings;
};

Result<Parsed> parse_header(const Reader& r, std::string_view image) {
  FARDEAU_TRY(h, r.at<ImageHeader>(0));
  if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0) return malformed("bad magic");
  if (h.byte_order != kByteOrder) return malformed("written on a machine of another byte order");
  if (h.version != kVersion) return malformed("version " + std::to_string(h.version));
  if (!r.fits(0, 1, sizeof(ImageHeader) + std::uint64_t{h.edition_count} * sizeof(EditionEntry)))
    return malformed("the edition table ends past the image");
  if (!r.fits(h.strings_offset, h.strings_size, 1))
    return malformed("the string table ends past the image");
  return Parsed{h, image.substr(h.strings_offset, h.strings_size)};
}

Result<std::string> string_at(const Parsed& p, StringRef s) {
  if (s.offset > p.strings.size() || s.size > p.strings.size() - s.offset)
    return malformed("a string ends past the string table");
  return std::string(p.strings.substr(s.offset, s.size));
}

Result<EditionEntry> entry_at(const Reader& r, std::uint32_t k) {
  return r.at<EditionEntry>(sizeof(ImageHeader), k);
}

}  // namespace

std::string write_edition_image(const std::vector<ImageEdition>& editions) {
  std::string out(sizeof(ImageHeader) + editions.size() * sizeof(EditionEntry), '\0');
  StringTable strings;
  for (std::size_t k = 0; k < editions.size(); ++k) {
    const Panel& panel = *editions[k].panel;
    EditionEntry entry;
    entry.vintage_id = strings.add(editions[k].vintage_id);
    entry.entity_count = static_cast<std::uint32_t>(panel.entities().size());
    entry.indicator_count = static_cast<std::uint32_t>(panel.indicators().size());

    align8(out);
    entry.entities_offset = out.size();
    for (const auto& e : panel.entities()) append(out, strings.add(e));
    align8(out);
    entry.indicators_offset = out.size();
    for (const auto& ind : panel.indicators()) {
      auto [first, last] = panel.year_range(ind.id);
      append(out, IndicatorEntry{strings.add(ind.id), strings.add(ind.unit), first, last});
    }

    // Every value, in key order: entity, then indicator, then year.
    std::vector<std::uint64_t> keys;
    std::vector<double> values;
    std::string flags;
    for (std::uint32_t e = 0; e < panel.entities().size(); ++e)
      for (std::uint32_t i = 0; i < panel.indicators().size(); ++i) {
        const std::string& ind = panel.indicators()[i].id;
        auto [first, last] = panel.year_range(ind);
        for (int y = first; first != 0 && y <= last; ++y)
          if (auto obs = panel.get(panel.entities()[e], ind, y)) {
            keys.push_back(Panel::value_key(e, i, y));
            values.push_back(obs->value);
            flags.push_back(static_cast<char>((obs->estimate ? SortedValues::kEstimateFlag : 0) |
                                              (obs->footnote ? SortedValues::kFootnoteFlag : 0)));
          }
      }
    entry.value_count = keys.size();
    align8(out);
    entry.keys_offset = out.size();
    for (auto key : keys) append(out, key);
    entry.values_offset = out.size();
    for (double v : values) append(out, v);
    entry.flags_offset = out.size();
    out += flags;
    put(out, sizeof(ImageHeader) + k * sizeof(EditionEntry), entry);
  }
  ImageHeader h;
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  h.byte_order = kByteOrder;
  h.version = kVersion;
  h.edition_count = static_cast<std::uint32_t>(editions.size());
  align8(out);
  h.strings_offset = out.size();
  h.strings_size = strings.text().size();
  out += strings.text();
  put(out, 0, h);
  return out;
}

Result<std::vector<std::string>> image_vintage_ids(std::string_view image) {
  const Reader r(image);
  FARDEAU_TRY(p, parse_header(r, image));
  std::vector<std::string> ids;
  for (std::uint32_t k = 0; k < p.header.edition_count; ++k) {
    FARDEAU_TRY(entry, entry_at(r, k));
    FARDEAU_TRY(id, string_at(p, entry.vintage_id));
    ids.push_back(std::move(id));
  }
  return ids;
}

Result<Panel> read_image_panel(std::string_view image, std::string_view vintage_id) {
  const Reader r(image);
  FARDEAU_TRY(p, parse_header(r, image));
  for (std::uint32_t k = 0; k < p.header.edition_count; ++k) {
    FARDEAU_TRY(entry, entry_at(r, k));
    FARDEAU_TRY(id, string_at(p, entry.vintage_id));
    if (id != vintage_id) continue;

    std::vector<std::string> entities;
    entities.reserve(entry.entity_count);
    for (std::uint32_t e = 0; e < entry.entity_count; ++e) {
      FARDEAU_TRY(ref, r.at<StringRef>(entry.entities_offset, e));
      FARDEAU_TRY(name, string_at(p, ref));
      entities.push_back(std::move(name));
    }
    std::vector<IndicatorInfo> indicators;
    std::vector<std::pair<int, int>> years;
    for (std::uint32_t i = 0; i < entry.indicator_count; ++i) {
      FARDEAU_TRY(ind, r.at<IndicatorEntry>(entry.indicators_offset, i));
      FARDEAU_TRY(ind_id, string_at(p, ind.id));
      FARDEAU_TRY(unit, string_at(p, ind.unit));
      indicators.push_back({std::move(ind_id), std::move(unit)});
      years.emplace_back(ind.first_year, ind.last_year);
    }
    const std::uint64_t n = entry.value_count;
    if (!r.fits(entry.keys_offset, n, sizeof(std::uint64_t)) ||
        !r.fits(entry.values_offset, n, sizeof(double)) || !r.fits(entry.flags_offset, n, 1))
      return malformed("the values of " + id + " end past the image");
    return Panel::in_place(std::move(entities), std::move(indicators), std::move(years),
                           SortedValues(r.bytes(entry.keys_offset), r.bytes(entry.values_offset),
                                        r.bytes(entry.flags_offset), n));
  }
  return make_error(ErrorCode::not_found,
                    "no edition '" + std::string(vintage_id) + "' in the edition image",
                    std::string(kWhere));
}

}  // namespace fardeau::io

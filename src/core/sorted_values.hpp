// Values a panel reads in place from memory it does not own: three parallel arrays sorted
// by key (the arrays of a built-in edition's binary image in the program's read-only data,
// io/edition_image.hpp). Nothing is copied; a look-up is a binary search.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>

#include "core/observation.hpp"

namespace fardeau {

class SortedValues {
 public:
  /// Flags byte of a value.
  static constexpr std::uint8_t kEstimateFlag = 1;
  static constexpr std::uint8_t kFootnoteFlag = 2;

  SortedValues() = default;
  /// `count` keys (std::uint64_t, strictly ascending), `count` values (double) and `count`
  /// flag bytes, in the machine's byte order, at any alignment. The memory must outlive
  /// every copy of this view.
  SortedValues(const unsigned char* keys, const unsigned char* values, const unsigned char* flags,
               std::size_t count)
      : keys_(keys), values_(values), flags_(flags), count_(count) {}

  std::size_t size() const { return count_; }
  bool empty() const { return count_ == 0; }
  std::uint64_t key(std::size_t i) const;
  Observation observation(std::size_t i) const;
  /// The value of `key`, if present.
  std::optional<Observation> find(std::uint64_t key) const;

 private:
  const unsigned char* keys_ = nullptr;
  const unsigned char* values_ = nullptr;
  const unsigned char* flags_ = nullptr;
  std::size_t count_ = 0;
};

}  // namespace fardeau

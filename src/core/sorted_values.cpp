#include "core/sorted_values.hpp"

#include <cstring>

namespace fardeau {

// memcpy, not a cast: the arrays are bytes of an embedded file, not objects of these types
// (the compiler turns each copy into one load).
std::uint64_t SortedValues::key(std::size_t i) const {
  std::uint64_t k = 0;
  std::memcpy(&k, keys_ + i * sizeof k, sizeof k);
  return k;
}

Observation SortedValues::observation(std::size_t i) const {
  Observation obs;
  std::memcpy(&obs.value, values_ + i * sizeof obs.value, sizeof obs.value);
  obs.estimate = (flags_[i] & kEstimateFlag) != 0;
  obs.footnote = (flags_[i] & kFootnoteFlag) != 0;
  return obs;
}

std::optional<Observation> SortedValues::find(std::uint64_t k) const {
  std::size_t lo = 0, hi = count_;
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    if (key(mid) < k)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo == count_ || key(lo) != k) return std::nullopt;
  return observation(lo);
}

}  // namespace fardeau

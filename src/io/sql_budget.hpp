// The budget of one `fardeau sql` query. SQL is a programming language: a recursive CTE
// or a cross join runs for ever or fills memory, so every query runs under a time budget,
// a memory budget (SQLite's heap and the rows kept for output) and a cancel flag (Ctrl-C),
// and passing any of them ends it with an error naming the limit; no partial result.
#pragma once
#include <atomic>
#include <cstdint>

namespace fardeau::io {

struct SqlBudget {
  static constexpr double kDefaultTimeoutS = 5.0;
  static constexpr double kMaxTimeoutS = 3600.0;
  static constexpr std::int64_t kDefaultMemoryMib =
      1024;  // SELECT * FROM observations in JSON peaks at ~220 MB
  static constexpr std::int64_t kMinMemoryMib = 16;  // the built-in editions need ~10 MiB
  static constexpr std::int64_t kMaxMemoryMib = 16384;

  double timeout_s = kDefaultTimeoutS;          ///< wall time from the start of the query
  std::int64_t memory_mib = kDefaultMemoryMib;  ///< SQLite's heap, and the result kept apart
  /// Set (by a SIGINT handler, another thread) to stop the query; null: no cancelling.
  const std::atomic<bool>* cancel = nullptr;
};

}  // namespace fardeau::io

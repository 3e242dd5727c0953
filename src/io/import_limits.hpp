// What one `fardeau import` may take: the file is refused before it is read past the
// size limit (so a 10 GB file or /dev/zero costs nothing), and a long CSV with more values
// than any edition holds is refused at the row that passes the limit. Together they bound
// an import's memory (measured: a 200 MB, 2,000,000-row CSV peaks at 408 MB and takes 8 s;
// docs/performance.md).
#pragma once
#include <cstddef>
#include <cstdint>

namespace fardeau::io {

/// Largest file read for import: 256 MiB. The largest published edition (SIPRI's
/// workbook) is under 2 MB, the largest long CSV in data/ 4.3 MB.
inline constexpr std::uint64_t kMaxImportFileBytes = std::uint64_t{256} << 20;
/// Most values one file may hold: 5,000,000 (an edition holds a few thousand to 40,000).
inline constexpr std::size_t kMaxImportValues = 5'000'000;

}  // namespace fardeau::io

// Reading .xlsx workbooks (Office Open XML spreadsheets): the one adapter over libzip and
// pugixml, no other file of fardeau calls them. It owns: opening the zip, the workbook's
// sheet list (workbook.xml + its relationships, so names and order are the ones Excel
// shows), shared strings, and a sheet as a sparse grid of typed cells with its merged
// ranges. It does not evaluate formulas: a formula cell reads as the value Excel cached
// in the file. The adapter's files, one concept each: xlsx_reader.cpp (this API: open,
// find a sheet), xlsx_package.cpp (the zip, relationships, sheet list, shared strings;
// the only caller of libzip), xlsx_sheet.cpp (a worksheet part -> Sheet), xlsx_cell_ref
// (A1 references), xlsx_xml (text and pugixml helpers).
//
// Every failure is an Error value (never an exception, never a crash) located as
// "file.xlsx", "file.xlsx:xl/workbook.xml" or "file.xlsx:'Sheet name'!B7".
// Decompressed sizes are bounded (XlsxLimits) so a zip bomb is an error, not an OOM.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "io/xlsx_cell_ref.hpp"

namespace fardeau::io {

/// Bounds on what a workbook may expand to. The defaults leave ~25x headroom over the
/// largest real input (a SIPRI Milex sheet part is ~0.6 MB decompressed) while keeping
/// the worst case (a part of exactly max_part_bytes of minimal cells) to a few hundred MB
/// of memory: pugixml's DOM costs roughly 10x the XML size.
struct XlsxLimits {
  std::size_t max_file_bytes = std::size_t{64} << 20;  ///< the .xlsx (zip) itself
  std::size_t max_part_bytes = std::size_t{16}
                               << 20;  ///< one decompressed part (sheet XML, shared strings)
  std::size_t max_sheets = 1024;       ///< sheets listed in workbook.xml
  /// Sum over a sheet's merged ranges of their widths in columns: the merge index holds
  /// one entry per (range, column). Real sheets merge a few titles (tens of entries).
  std::size_t max_merge_columns = std::size_t{1} << 20;
};

enum class CellType : std::uint8_t {
  empty,    ///< nothing stored (or a styled cell with no value)
  number,   ///< numbers, dates (as Excel serials) and formula results that are numbers
  text,     ///< shared strings (rich-text runs joined), inline strings, string formula results
  boolean,  ///< TRUE / FALSE; `number` holds 1 / 0
  error,    ///< "#N/A", "#DIV/0!"...; `text` holds the code
};

struct Cell {
  CellType type = CellType::empty;
  double number = 0.0;  ///< the value of a number cell; 1 / 0 for a boolean
  std::string text;     ///< the text of a text cell; the code of an error cell

  bool empty() const { return type == CellType::empty; }
  bool is_number() const { return type == CellType::number; }
  bool is_text() const { return type == CellType::text; }
};

/// One worksheet read into memory: a sparse grid (only stored cells take memory).
/// Lookups are binary searches; scans should walk stored_rows() / row_entries(), which
/// cost what the file holds, not the grid's extent (a single cell at XFD1048576 makes a
/// grid of 17 billion positions).
class Sheet {
 public:
  /// A stored cell of a row.
  struct Entry {
    std::uint32_t col;
    Cell cell;
  };

  /// A sheet with no cells. `location` is the workbook's name, used in where().
  Sheet(std::string name, std::string location);

  const std::string& name() const { return name_; }
  /// One past the last row / column holding a stored cell; 0 for an empty sheet.
  std::uint32_t row_count() const { return row_count_; }
  std::uint32_t column_count() const { return column_count_; }
  /// The cell at 0-based (row, col); a shared empty cell when nothing is stored there.
  const Cell& at(std::uint32_t row, std::uint32_t col) const;
  /// Like at(), but a cell inside a merged range reads as the range's top-left cell,
  /// which is where Excel keeps a merged cell's value.
  const Cell& merged_at(std::uint32_t row, std::uint32_t col) const;
  /// Merged ranges in file order. They never overlap (overlaps are a parse_error).
  const std::vector<CellRange>& merged_ranges() const { return merged_; }
  /// Number of stored (non-empty) cells.
  std::size_t cell_count() const { return cell_count_; }
  /// 0-based indices of the rows holding stored cells, ascending.
  std::vector<std::uint32_t> stored_rows() const;
  /// The stored cells of one row, by ascending column; empty when the row has none.
  std::span<const Entry> row_entries(std::uint32_t row) const;

  /// "file.xlsx:'Sheet name'" for messages about the whole sheet.
  Location where() const;
  /// "file.xlsx:'Sheet name'!B7" for messages about one cell (0-based row, col).
  Location where(std::uint32_t row, std::uint32_t col) const;

 private:
  friend class SheetBuilder;
  struct StoredRow {
    std::uint32_t index;
    std::vector<Entry> cells;  // sorted by col, unique
  };
  /// One column of one merged range; sorted by (col, first_row) for merged_at().
  struct MergeSpan {
    std::uint32_t col;
    std::uint32_t first_row;
    std::uint32_t last_row;
    std::uint32_t range;  // index into merged_
  };
  std::string name_;
  std::string location_;
  std::vector<StoredRow> rows_;  // sorted by index, unique
  std::vector<CellRange> merged_;
  std::vector<MergeSpan> merge_index_;
  std::uint32_t row_count_ = 0;
  std::uint32_t column_count_ = 0;
  std::size_t cell_count_ = 0;
};

/// An open workbook. Movable, not copyable. Not safe to use from two threads at once
/// (libzip archives are not thread-safe); open one reader per thread instead.
class XlsxReader {
 public:
  /// Read and open the file at `path` (io_error when it cannot be read).
  static Result<XlsxReader> open_file(const std::string& path, const XlsxLimits& limits = {});
  /// Open a workbook held in memory (the bytes are copied). `name` is used in error
  /// locations, e.g. the file name it came from.
  static Result<XlsxReader> open_bytes(std::string_view bytes, std::string name,
                                       const XlsxLimits& limits = {});

  XlsxReader(XlsxReader&&) noexcept;
  XlsxReader& operator=(XlsxReader&&) noexcept;
  XlsxReader(const XlsxReader&) = delete;
  XlsxReader& operator=(const XlsxReader&) = delete;
  ~XlsxReader();

  /// The name given at open (file path or caller's label).
  const std::string& name() const;
  /// Sheet names in workbook order (hidden sheets included), as Excel shows them.
  const std::vector<std::string>& sheet_names() const;
  bool has_sheet(std::string_view sheet_name) const;
  /// Read one worksheet by name (exact match, else ASCII case-insensitive as Excel
  /// does). not_found (listing the sheets) when there is no such sheet.
  Result<Sheet> read_sheet(std::string_view sheet_name) const;

 private:
  struct Impl;
  explicit XlsxReader(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace fardeau::io

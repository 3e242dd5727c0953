// The text side of extraction (docs/extract.md): UTF-8 validation, a normalised form for
// matching (lower case, accents folded, typographic quotes and spaces made ASCII) that
// keeps the byte offset of every character, the sentence splitter (French and English
// punctuation, « » and “ ” quotes, abbreviations) and line/column positions.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace fardeau::extract {

/// Largest text extracted from, in bytes.
inline constexpr std::size_t kMaxTextBytes = 16U << 20U;

/// ok, or Error{parse_error, "invalid UTF-8 at byte offset N: WHY", where "byte N"}.
/// A NUL byte counts as binary data and is refused the same way.
Status validate_utf8(std::string_view text);

/// A 1-based line and column (columns count code points).
struct Position {
  int line = 1;
  int column = 1;
};

/// Where a piece of the text is: bytes [begin, end), first and last character.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  Position from;
  Position to;  ///< the last character (inclusive)
};

/// Maps byte offsets of a text to lines and columns.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  Position at(std::size_t offset) const;

 private:
  std::string_view text_;
  std::vector<std::size_t> line_starts_;
  // The last position asked: the next one on the same line counts on from it, so that
  // increasing offsets on one long line cost linear time in all.
  mutable std::size_t last_offset_ = 0;
  mutable Position last_ = {};
};

/// The normalised text and, for each of its bytes, the byte of the original it comes from.
struct Normalized {
  std::string text;
  std::vector<std::size_t> origin;
};

/// Lower-case ASCII, Latin accents folded (É -> e, ç -> c), ’ ‘ -> ', « » “ ” „ -> ",
/// no-break and thin spaces -> ' ', en and em dashes -> '-', runs of space -> one.
/// Other characters are kept as they are. The text must be valid UTF-8.
Normalized normalize(std::string_view text);

/// One sentence: its text as written (trimmed) and where it is.
struct Sentence {
  std::string text;
  Span span;
  int paragraph = 0;  ///< 0-based; a blank line starts a new paragraph
};

/// Splits at . ! ? … followed by space (closing quotes and brackets stay with the
/// sentence) and then a capital, a digit or an opening quote, and at blank lines; not
/// after an abbreviation (M. Mme. Mr. Dr. U.S. p. ex. e.g. ...) or a lone capital
/// initial. Text must be valid UTF-8. Linear in the size of the text.
std::vector<Sentence> split_sentences(std::string_view text);

}  // namespace fardeau::extract

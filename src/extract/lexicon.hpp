// The lexicon of extraction (data/extract/lexicon.tsv, docs/extract.md): its entries,
// indexed per language by first byte and by kind, and matching on a normalised sentence
// (text.hpp's normalize): whole words, longest phrase first. Internal to src/extract.
#pragma once
#include <array>
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "extract/lang.hpp"

namespace fardeau::extract {

struct Entry {
  std::string kind, lang, phrase, value;
};

/// Per language, the entries as each matcher walks them, longest phrase first: every word
/// position used to scan all ~270 entries (80% of the seed's extraction time, measured).
struct LangIndex {
  std::array<std::vector<const Entry*>, 256> by_first_byte;
  std::map<std::string, std::vector<const Entry*>, std::less<>> by_kind;
  std::map<std::string, std::string, std::less<>> number_value;  ///< first entry wins
};

struct Lexicon {
  std::vector<Entry> entries;
  std::map<std::string, double, std::less<>> settings;
  std::array<LangIndex, 2> index;  ///< [Lang::en], [Lang::fr]
  std::vector<std::string> problems;
};

/// The embedded lexicon, loaded once.
const Lexicon& lexicon();
const LangIndex& index_of(Lang lang);
/// A `setting` line's value, or the fallback.
int setting(std::string_view name, int fallback);
/// The entries of a kind in a language, longest phrase first.
const std::vector<const Entry*>& entries_of(std::string_view kind, Lang lang);

/// A letter, a digit or a byte of a multi-byte character: part of a word.
bool alnum(char c);
bool digit(char c);

/// A lexicon phrase found in a normalised sentence, bytes [begin, end).
struct Match {
  const Entry* entry = nullptr;
  std::size_t begin = 0, end = 0;
};

/// Every phrase of the lexicon in the sentence, at word starts, longest first, not
/// overlapping.
std::vector<Match> match_lexicon(const std::string& s, Lang lang);

/// The entry of a kind at s[i] (after optional spaces), longest first; advances i past it.
const Entry* entry_at(const std::string& s, std::size_t& i, std::string_view kind, Lang lang);

}  // namespace fardeau::extract

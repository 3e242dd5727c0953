#include "extract/text.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

namespace fardeau::extract {
namespace {

// Length of the UTF-8 sequence at text[i], or 0 with `why` set when it is invalid.
std::size_t sequence_length(std::string_view text, std::size_t i, const char*& why) {
  const auto b0 = static_cast<unsigned char>(text[i]);
  if (b0 < 0x80) return 1;
  std::size_t n = 0;
  std::uint32_t cp = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    n = 2;
    cp = b0 & 0x1FU;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    n = 3;
    cp = b0 & 0x0FU;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    n = 4;
    cp = b0 & 0x07U;
  } else {
    why = b0 >= 0x80 && b0 <= 0xBF ? "a continuation byte with no lead byte"
                                   : "a byte that never starts a UTF-8 character";
    return 0;
  }
  if (i + n > text.size()) {
    why = "a character cut short by the end of the text";
    return 0;
  }
  for (std::size_t k = 1; k < n; ++k) {
    const auto b = static_cast<unsigned char>(text[i + k]);
    if ((b & 0xC0U) != 0x80U) {
      why = "a character cut short (a continuation byte is missing)";
      return 0;
    }
    cp = (cp << 6U) | (b & 0x3FU);
  }
  if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000)) {
    why = "an overlong encoding";
    return 0;
  }
  if (cp >= 0xD800 && cp <= 0xDFFF) {
    why = "a UTF-16 surrogate";
    return 0;
  }
  if (cp > 0x10FFFF) {
    why = "a code point above U+10FFFF";
    return 0;
  }
  return n;
}

std::uint32_t decode(std::string_view s, std::size_t i, std::size_t n) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (n == 1) return b0;
  std::uint32_t cp = b0 & (n == 2 ? 0x1FU : n == 3 ? 0x0FU : 0x07U);
  for (std::size_t k = 1; k < n; ++k)
    cp = (cp << 6U) | (static_cast<unsigned char>(s[i + k]) & 0x3FU);
  return cp;
}

std::size_t utf8_length(unsigned char b0) {
  if (b0 < 0x80) return 1;
  if (b0 < 0xE0) return 2;
  if (b0 < 0xF0) return 3;
  return 4;
}

// The ASCII a Latin-1 or typographic character folds to, or 0 to keep it.
char fold(std::uint32_t cp) {
  switch (cp) {
    case 0xE0:
    case 0xE1:
    case 0xE2:
    case 0xE3:
    case 0xE4:
    case 0xE5:
    case 0xC0:
    case 0xC1:
    case 0xC2:
    case 0xC3:
    case 0xC4:
    case 0xC5:
      return 'a';
    case 0xE7:
    case 0xC7:
      return 'c';
    case 0xE8:
    case 0xE9:
    case 0xEA:
    case 0xEB:
    case 0xC8:
    case 0xC9:
    case 0xCA:
    case 0xCB:
      return 'e';
    case 0xEC:
    case 0xED:
    case 0xEE:
    case 0xEF:
    case 0xCC:
    case 0xCD:
    case 0xCE:
    case 0xCF:
      return 'i';
    case 0xF1:
    case 0xD1:
      return 'n';
    case 0xF2:
    case 0xF3:
    case 0xF4:
    case 0xF5:
    case 0xF6:
    case 0xD2:
    case 0xD3:
    case 0xD4:
    case 0xD5:
    case 0xD6:
      return 'o';
    case 0xF9:
    case 0xFA:
    case 0xFB:
    case 0xFC:
    case 0xD9:
    case 0xDA:
    case 0xDB:
    case 0xDC:
      return 'u';
    case 0xFF:
      return 'y';
    case 0x2019:
    case 0x2018:
    case 0x02BC:
    case 0x2032:
      return '\'';
    case 0xAB:
    case 0xBB:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x2039:
    case 0x203A:
      return '"';
    case 0xA0:
    case 0x202F:
    case 0x2009:
    case 0x2007:
    case 0x2002:
    case 0x2003:
      return ' ';
    case 0x2013:
    case 0x2014:
    case 0x2212:
    case 0x2010:
    case 0x2011:
      return '-';
    case 0x2026:
      return '.';
    default:
      return 0;
  }
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Words after which a period does not end a sentence (normalised, without the period).
constexpr std::array<std::string_view, 28> kAbbreviations = {
    "m", "mm",  "mme", "mmes", "mlle", "mr", "mrs", "ms",  "dr", "prof", "st", "ste", "no",  "nos",
    "n", "vol", "p",   "pp",   "etc",  "cf", "ex",  "env", "vs", "jr",   "sr", "gen", "gov", "sen"};

bool is_abbreviation(std::string_view norm_word) {
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), norm_word) != kAbbreviations.end();
}

}  // namespace

Status validate_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const char* why = "";
    if (text[i] == '\0') {
      why = "a NUL byte (binary data, not text)";
    } else if (std::size_t n = sequence_length(text, i, why); n > 0) {
      i += n;
      continue;
    }
    const std::string at = std::to_string(i);
    return make_error(ErrorCode::parse_error,
                      "not UTF-8 text: invalid byte at byte offset " + at + " (" + why + ")",
                      "texte non UTF-8\u00a0: octet invalide à l'offset " + at, "byte " + at);
  }
  return ok_status();
}

LineIndex::LineIndex(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') line_starts_.push_back(i + 1);
}

Position LineIndex::at(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());
  std::size_t start = line_starts_[line - 1];
  int column = 1;
  if (last_.line == static_cast<int>(line) && last_offset_ >= start && last_offset_ <= offset) {
    start = last_offset_;
    column = last_.column;
  }
  for (std::size_t i = start; i < offset; ++i)
    if ((static_cast<unsigned char>(text_[i]) & 0xC0U) != 0x80U) ++column;
  last_offset_ = offset;
  last_ = {static_cast<int>(line), column};
  return last_;
}

Normalized normalize(std::string_view text) {
  Normalized out;
  out.text.reserve(text.size());
  out.origin.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    std::size_t n = std::min(utf8_length(b0), text.size() - i);
    char c = 0;
    if (n == 1) {
      c = static_cast<char>(b0 >= 'A' && b0 <= 'Z' ? b0 - 'A' + 'a' : b0);
      if (c == '\t' || c == '\r' || c == '\n') c = ' ';
    } else {
      c = fold(decode(text, i, n));
    }
    if (c == ' ' && (out.text.empty() || out.text.back() == ' ')) {
      i += n;
      continue;
    }
    if (c != 0) {
      out.text.push_back(c);
      out.origin.push_back(i);
    } else {
      for (std::size_t k = 0; k < n; ++k) {
        out.text.push_back(text[i + k]);
        out.origin.push_back(i);
      }
    }
    i += n;
  }
  return out;
}

std::vector<Sentence> split_sentences(std::string_view text) {
  std::vector<Sentence> out;
  const LineIndex lines(text);
  int paragraph = 0;
  std::size_t start = 0;
  auto emit = [&](std::size_t from, std::size_t to) {
    while (from < to && is_space(text[from])) ++from;
    while (to > from && is_space(text[to - 1])) --to;
    if (from >= to) return;
    std::size_t last = to - 1;
    while (last > from && (static_cast<unsigned char>(text[last]) & 0xC0U) == 0x80U) --last;
    Sentence s;
    s.text = std::string(text.substr(from, to - from));
    s.span = {from, to, lines.at(from), lines.at(last)};
    s.paragraph = paragraph;
    out.push_back(std::move(s));
  };
  // The code point at byte i and its length.
  auto cp_at = [&](std::size_t i, std::size_t& n) {
    n = std::min(utf8_length(static_cast<unsigned char>(text[i])), text.size() - i);
    return decode(text, i, n);
  };
  auto closing = [](std::uint32_t cp) {
    return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0xBB || cp == 0x201D ||
           cp == 0x2019 || cp == 0x203A;
  };
  auto opening_or_capital = [](std::uint32_t cp) {
    return (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == 0xAB || cp == 0x201C ||
           cp == 0x201E || cp == '"' || cp == '(' || cp == '$' || (cp >= 0xC0 && cp <= 0xDE);
  };
  std::size_t i = 0;
  while (i < text.size()) {
    // A blank line ends the sentence and the paragraph.
    if (text[i] == '\n') {
      std::size_t j = i + 1;
      while (j < text.size() && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) ++j;
      if (j < text.size() && text[j] == '\n') {
        emit(start, i);
        while (j < text.size() && is_space(text[j])) ++j;
        start = i = j;
        ++paragraph;
        continue;
      }
    }
    std::size_t n = 0;
    const std::uint32_t cp = cp_at(i, n);
    if (cp != '.' && cp != '!' && cp != '?' && cp != 0x2026) {
      i += n;
      continue;
    }
    // The end of the punctuation run and of the closing quotes after it.
    std::size_t end = i + n;
    while (end < text.size()) {
      std::size_t m = 0;
      const std::uint32_t c = cp_at(end, m);
      if (c == '.' || c == '!' || c == '?' || c == 0x2026 || closing(c) ||
          ((c == 0xA0 || c == 0x202F || c == ' ') && end + m < text.size() &&
           closing(cp_at(end + m, m)) && m > 0)) {
        if (c == ' ' || c == 0xA0 || c == 0x202F) {
          std::size_t m1 = 0;
          cp_at(end, m1);
          std::size_t m2 = 0;
          cp_at(end + m1, m2);
          end += m1 + m2;
        } else {
          end += m;
        }
        continue;
      }
      break;
    }
    if (end < text.size() && !is_space(text[end])) {
      i = end;
      continue;
    }
    std::size_t next = end;
    while (next < text.size() && is_space(text[next])) ++next;
    if (next < text.size()) {
      std::size_t m = 0;
      if (!opening_or_capital(cp_at(next, m))) {
        i = end;
        continue;
      }
    }
    if (cp == '.') {
      // The word before the period: an abbreviation or a lone initial does not end.
      std::size_t w = i;
      while (w > start && !is_space(text[w - 1]) && text[w - 1] != '(' && text[w - 1] != '"') --w;
      const Normalized word = normalize(text.substr(w, i - w));
      std::string bare;
      for (char c : word.text)
        if (c != '.') bare.push_back(c);
      const bool dotted = word.text.find('.') != std::string::npos;  // U.S. e.g. p.ex.
      const bool initial = i - w == 1 && text[w] >= 'A' && text[w] <= 'Z';
      if (is_abbreviation(bare) || initial || (dotted && bare.size() <= 4)) {
        i = end;
        continue;
      }
    }
    emit(start, end);
    start = i = end;
  }
  emit(start, text.size());
  return out;
}

}  // namespace fardeau::extract

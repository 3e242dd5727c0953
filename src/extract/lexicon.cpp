#include "extract/lexicon.hpp"

#include <algorithm>
#include <cstdlib>

#include "embedded_data.hpp"

namespace fardeau::extract {

const char* to_string(Lang l) { return l == Lang::en ? "en" : "fr"; }

namespace {

bool lang_fits(const Entry& e, Lang lang) { return e.lang == "*" || e.lang == to_string(lang); }

constexpr std::array<const char*, 25> kKinds = {
    "group",  "us",       "count",  "indicator", "up",      "down", "trend", "op",       "today",
    "since",  "by",       "before", "demand",    "purpose", "aim",  "scale", "currency", "percent",
    "number", "fraction", "event",  "setting",   "term",    "last", "years"};

Lexicon load_lexicon() {
  Lexicon l;
  std::string_view text = embedded::find("extract/lexicon.tsv").value_or("");
  int line_no = 0;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
    ++line_no;
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string> f;
    std::size_t from = 0;
    while (true) {
      const std::size_t tab = line.find('\t', from);
      f.emplace_back(line.substr(from, tab - from));
      if (tab == std::string_view::npos) break;
      from = tab + 1;
    }
    auto problem = [&](const std::string& why) {
      l.problems.push_back("lexicon.tsv:" + std::to_string(line_no) + ": " + why);
    };
    if (f.size() != 4) {
      problem("expected 4 tab-separated fields, found " + std::to_string(f.size()));
      continue;
    }
    if (std::find_if(kKinds.begin(), kKinds.end(), [&](const char* k) { return f[0] == k; }) ==
        kKinds.end())
      problem("unknown kind '" + f[0] + "'");
    if (f[1] != "en" && f[1] != "fr" && f[1] != "*") problem("lang must be en, fr or *");
    if (f[2].empty()) problem("empty phrase");
    if (f[0] == "setting") {
      l.settings[f[2]] = std::strtod(f[3].c_str(), nullptr);
      continue;
    }
    l.entries.push_back({f[0], f[1], f[2], f[3]});
  }
  // Longest phrase first, so that the first match at a place is the longest.
  std::stable_sort(l.entries.begin(), l.entries.end(), [](const Entry& a, const Entry& b) {
    return a.phrase.size() > b.phrase.size();
  });
  for (Lang lang : {Lang::en, Lang::fr}) {
    LangIndex& ix = l.index[static_cast<std::size_t>(lang)];
    for (const Entry& e : l.entries) {
      if (!lang_fits(e, lang) || e.phrase.empty()) continue;
      ix.by_first_byte[static_cast<unsigned char>(e.phrase[0])].push_back(&e);
      ix.by_kind[e.kind].push_back(&e);
      if (e.kind == "number") ix.number_value.emplace(e.phrase, e.value);
    }
  }
  return l;
}

}  // namespace

// Built in place: the indexes point into `entries`.
const Lexicon& lexicon() {
  static const Lexicon lex = load_lexicon();
  return lex;
}

const LangIndex& index_of(Lang lang) { return lexicon().index[static_cast<std::size_t>(lang)]; }

int setting(std::string_view name, int fallback) {
  const auto& s = lexicon().settings;
  auto it = s.find(name);
  return it == s.end() ? fallback : static_cast<int>(it->second);
}

const std::vector<const Entry*>& entries_of(std::string_view kind, Lang lang) {
  static const std::vector<const Entry*> none;
  const auto& by_kind = index_of(lang).by_kind;
  const auto it = by_kind.find(kind);
  return it == by_kind.end() ? none : it->second;
}

bool alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         (static_cast<unsigned char>(c) >= 0x80);
}

bool digit(char c) { return c >= '0' && c <= '9'; }

namespace {
// The entry's phrase is at s[i] and ends on a word boundary.
bool phrase_at(const std::string& s, std::size_t i, const Entry& e) {
  if (s.compare(i, e.phrase.size(), e.phrase) != 0) return false;
  const std::size_t end = i + e.phrase.size();
  return !(end < s.size() && alnum(s[end]) && alnum(e.phrase.back()));
}
}  // namespace

std::vector<Match> match_lexicon(const std::string& s, Lang lang) {
  std::vector<Match> out;
  const auto& entries = index_of(lang).by_first_byte;
  std::size_t i = 0;
  while (i < s.size()) {
    const bool word_start = i == 0 || !alnum(s[i - 1]);
    if (!word_start || s[i] == ' ') {
      ++i;
      continue;
    }
    const Entry* best = nullptr;
    for (const Entry* e : entries[static_cast<unsigned char>(s[i])])
      if (phrase_at(s, i, *e)) {
        best = e;
        break;
      }
    if (best != nullptr) {
      out.push_back({best, i, i + best->phrase.size()});
      i += best->phrase.size();
    } else {
      ++i;
    }
  }
  return out;
}

const Entry* entry_at(const std::string& s, std::size_t& i, std::string_view kind, Lang lang) {
  std::size_t j = i;
  while (j < s.size() && s[j] == ' ') ++j;
  for (const Entry* e : entries_of(kind, lang))
    if (phrase_at(s, j, *e)) {
      i = j + e->phrase.size();
      return e;
    }
  return nullptr;
}

}  // namespace fardeau::extract

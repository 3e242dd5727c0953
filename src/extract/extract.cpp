#include "extract/extract.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <utility>

#include "claims/parser.hpp"
#include "claims/readings.hpp"
#include "embedded_data.hpp"

namespace fardeau::extract {

const char* to_string(Lang l) { return l == Lang::en ? "en" : "fr"; }

namespace {

// ---------------------------------------------------------------------------------------
// The lexicon (data/extract/lexicon.tsv)

struct Entry {
  std::string kind, lang, phrase, value;
};

bool lang_fits(const Entry& e, Lang lang) { return e.lang == "*" || e.lang == to_string(lang); }

constexpr std::array<const char*, 22> kKinds = {
    "group",    "us",      "count",  "indicator", "up",     "down",    "trend", "op",
    "today",    "since",   "by",     "before",    "demand", "purpose", "aim",   "scale",
    "currency", "percent", "number", "fraction",  "event",  "setting"};

/// Per language, the entries as each matcher walks them, longest phrase first: every word
/// position used to scan all ~270 entries (80% of the seed's extraction time, measured).
struct LangIndex {
  std::array<std::vector<const Entry*>, 256> by_first_byte;
  std::map<std::string, std::vector<const Entry*>, std::less<>> by_kind;
  std::map<std::string, std::string, std::less<>> number_value;  ///< first entry wins
};

struct Lexicon {
  std::vector<Entry> entries;
  std::map<std::string, double> settings;
  std::array<LangIndex, 2> index;  ///< [Lang::en], [Lang::fr]
  std::vector<std::string> problems;
};

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

// Built in place: the indexes point into `entries`.
const Lexicon& lexicon() {
  static const Lexicon lex = load_lexicon();
  return lex;
}

const LangIndex& index_of(Lang lang) { return lexicon().index[static_cast<std::size_t>(lang)]; }

int setting(const char* name, int fallback) {
  const auto& s = lexicon().settings;
  auto it = s.find(name);
  return it == s.end() ? fallback : static_cast<int>(it->second);
}

bool alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         (static_cast<unsigned char>(c) >= 0x80);
}

// ---------------------------------------------------------------------------------------
// Matching on the normalised sentence

struct Match {
  const Entry* entry = nullptr;
  std::size_t begin = 0, end = 0;
};

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
    for (const Entry* ep : entries[static_cast<unsigned char>(s[i])]) {
      const Entry& e = *ep;
      if (s.compare(i, e.phrase.size(), e.phrase) != 0) continue;
      const std::size_t end = i + e.phrase.size();
      if (end < s.size() && alnum(s[end]) && alnum(e.phrase.back())) continue;
      best = &e;
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

// ---------------------------------------------------------------------------------------
// Quantities: numbers in digits or words, with a scale, a currency or a percent sign

enum class Unit { plain, money, pct, pp };

struct Quantity {
  double value = 0;
  Unit unit = Unit::plain;
  bool integer = true;
  bool is_year = false;
  std::size_t begin = 0, end = 0;  ///< normalised offsets, unit included
  std::string text;                ///< the normalised text it was read from
};

bool digit(char c) { return c >= '0' && c <= '9'; }

// The entry of a kind at s[i] (after optional spaces), longest first; advances i.
const Entry* entry_at(const std::string& s, std::size_t& i, const char* kind, Lang lang) {
  std::size_t j = i;
  while (j < s.size() && s[j] == ' ') ++j;
  const auto& by_kind = index_of(lang).by_kind;
  const auto of_kind = by_kind.find(std::string_view(kind));
  if (of_kind == by_kind.end()) return nullptr;
  for (const Entry* ep : of_kind->second) {
    const Entry& e = *ep;
    if (s.compare(j, e.phrase.size(), e.phrase) != 0) continue;
    const std::size_t end = j + e.phrase.size();
    if (end < s.size() && alnum(s[end]) && alnum(e.phrase.back())) continue;
    i = end;
    return &e;
  }
  return nullptr;
}

// A number written in words at s[i] ("vingt-trois", "twenty three", "eight"); advances i.
std::optional<double> number_words(const std::string& s, std::size_t& i, Lang lang) {
  auto word_value = [&](std::string_view w) -> std::optional<std::string> {
    const auto& numbers = index_of(lang).number_value;
    if (auto it = numbers.find(w); it != numbers.end()) return it->second;
    return std::nullopt;
  };
  std::size_t j = i;
  double total = 0;
  bool any = false;
  int prev = -1;
  while (j < s.size()) {
    std::size_t k = j;
    while (k < s.size() && s[k] >= 'a' && s[k] <= 'z') ++k;
    if (k == j) break;
    std::string_view w(s.data() + j, k - j);
    if (any && (w == "et" || w == "and")) {
      // "vingt et un", "a hundred and five": only when a number word follows.
      std::size_t n = k + 1;
      std::size_t m = n;
      while (m < s.size() && s[m] >= 'a' && s[m] <= 'z') ++m;
      if (k < s.size() && s[k] == ' ' && word_value(std::string_view(s.data() + n, m - n))) {
        j = n;
        continue;
      }
      break;
    }
    auto v = word_value(w);
    if (!v) break;
    if (v->rfind("mult ", 0) == 0) {
      total = (total == 0 ? 1 : total) * std::strtod(v->c_str() + 5, nullptr);
    } else {
      const int x = std::atoi(v->c_str());
      if (prev == 4 && x == 20) {
        total += 76;  // quatre-vingt: the 4 already added becomes 80
      } else {
        total += x;
      }
      prev = x;
    }
    any = true;
    j = k;
    if (j < s.size() && (s[j] == '-' || s[j] == ' ')) {
      std::size_t m = j + 1;
      std::size_t e = m;
      while (e < s.size() && s[e] >= 'a' && s[e] <= 'z') ++e;
      if (word_value(std::string_view(s.data() + m, e - m)) ||
          std::string_view(s.data() + m, e - m) == "et") {
        j = m;
        continue;
      }
    }
    break;
  }
  if (!any) return std::nullopt;
  i = j;
  return total;
}

// Digits at s[i]: 41, 41,7 (French decimal comma), 41.7, 41 000 / 41,000 (thousands).
std::optional<double> number_digits(const std::string& s, std::size_t& i, Lang lang,
                                    bool& integer) {
  std::size_t j = i;
  std::string clean;
  auto run = [&] {
    std::size_t n = 0;
    while (j < s.size() && digit(s[j])) {
      clean.push_back(s[j++]);
      ++n;
    }
    return n;
  };
  const std::size_t first = run();
  if (first == 0) return std::nullopt;
  const char thousands = lang == Lang::fr ? ' ' : ',';
  const char decimal = lang == Lang::fr ? ',' : '.';
  // Thousands groups: exactly three digits after the separator, not followed by a digit.
  if (first <= 3) {
    while (j + 3 < s.size() + 1 && j < s.size() &&
           (s[j] == thousands || (lang == Lang::fr && s[j] == '.' && false))) {
      if (j + 3 >= s.size() + 0 && j + 3 != s.size()) break;
      if (!(digit(s[j + 1]) && digit(s[j + 2]) && digit(s[j + 3])) ||
          (j + 4 < s.size() && digit(s[j + 4])))
        break;
      clean.append(s, j + 1, 3);
      j += 4;
    }
  }
  integer = true;
  if (j + 1 < s.size() && (s[j] == decimal || s[j] == '.') && digit(s[j + 1])) {
    clean.push_back('.');
    ++j;
    run();
    integer = false;
  }
  i = j;
  return std::strtod(clean.c_str(), nullptr);
}

std::vector<Quantity> quantities(const std::string& s, Lang lang) {
  std::vector<Quantity> out;
  std::size_t i = 0;
  while (i < s.size()) {
    if (i > 0 && alnum(s[i - 1])) {
      ++i;
      continue;
    }
    const std::size_t begin = i;
    bool dollar = false;
    std::size_t j = i;
    if (s.compare(j, 3, "us$") == 0)
      j += 3;
    else if (s[j] == '$')
      j += 1;
    dollar = j > i;
    while (dollar && j < s.size() && s[j] == ' ') ++j;
    Quantity q;
    std::optional<double> v;
    const std::size_t at = j;
    if (j < s.size() && digit(s[j])) v = number_digits(s, j, lang, q.integer);
    if (!v) {
      j = at;
      if (const Entry* f = entry_at(s, j, "fraction", lang); f != nullptr && j > at) {
        q.value = std::strtod(f->value.c_str(), nullptr);
        q.unit = Unit::pct;
        q.integer = false;
        q.begin = begin;
        q.end = j;
        q.text = s.substr(begin, j - begin);
        out.push_back(q);
        i = j;
        continue;
      }
      j = at;
      v = number_words(s, j, lang);
    }
    if (!v) {
      i = dollar ? j : i + 1;
      continue;
    }
    q.value = *v;
    std::size_t k = j;
    bool scaled = false;
    if (const Entry* sc = entry_at(s, k, "scale", lang)) {
      q.value *= std::strtod(sc->value.c_str(), nullptr);
      j = k;
      scaled = true;
    }
    k = j;
    if (const Entry* pc = entry_at(s, k, "percent", lang)) {
      q.unit = pc->value == "pp" ? Unit::pp : Unit::pct;
      j = k;
    } else {
      k = j;
      if (entry_at(s, k, "currency", lang) != nullptr) {
        dollar = true;
        j = k;
      }
      if (dollar) q.unit = Unit::money;
    }
    q.is_year = q.unit == Unit::plain && !scaled && q.integer && j - at == 4 && q.value >= 1949 &&
                q.value <= 2100;
    q.begin = begin;
    q.end = j;
    q.text = s.substr(begin, j - begin);
    out.push_back(q);
    i = j;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Writing claims

std::string fmt_number(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

std::string fmt_amount(double v) {
  if (std::fabs(v) >= 1e12) return fmt_number(v / 1e12) + "tn";
  if (std::fabs(v) >= 1e9) return fmt_number(v / 1e9) + "bn";
  if (std::fabs(v) >= 1e6) return fmt_number(v / 1e6) + "M";
  return fmt_number(v);
}

std::string meets(int year, double target) {
  return target == 2 ? "meets(" + std::to_string(year) + ")"
                     : "meets(" + std::to_string(year) + ", " + fmt_number(target) + ")";
}

// The comparison of a qualifier: "more than" >, "at least" >=, "almost" ~, none ~ or =.
std::string op_or(const std::string& op, const char* fallback) {
  return op.empty() ? fallback : op;
}

struct Facts {
  std::vector<Match> matches;
  std::vector<Quantity> qs;
  const Match* find(const char* kind, std::size_t from = 0,
                    std::size_t to = std::string::npos) const {
    for (const auto& m : matches)
      if (m.entry->kind == kind && m.begin >= from && m.begin < to) return &m;
    return nullptr;
  }
  const Match* find_value(const char* kind, const char* value) const {
    for (const auto& m : matches)
      if (m.entry->kind == kind && m.entry->value == value) return &m;
    return nullptr;
  }
  // The qualifier right before a quantity (within 3 bytes of it).
  std::string op_before(const Quantity& q) const {
    for (const auto& m : matches)
      if (m.entry->kind == "op" && m.end <= q.begin && q.begin - m.end <= 3) return m.entry->value;
    return {};
  }
  // The marker word (since, by, en/in) right before a year.
  std::string marker_before(const Quantity& q, const std::string& s) const {
    for (const auto& m : matches)
      if ((m.entry->kind == "since" || m.entry->kind == "by") && m.end <= q.begin &&
          q.begin - m.end <= 2)
        return m.entry->value;
    if (q.begin >= 3 &&
        (s.compare(q.begin - 3, 3, "en ") == 0 || s.compare(q.begin - 3, 3, "in ") == 0))
      return "in";
    return {};
  }
};

struct Context {
  Lang lang = Lang::fr;
  int article_year = 0;
  int outcome_year = 0;
  std::string last_group;     ///< the group of the previous sentence with one
  bool last_pct_gdp = false;  ///< the previous sentence spoke of % of GDP
};

struct Draft {
  std::vector<std::pair<std::string, std::string>> claims;  // pattern, claim
  std::vector<std::string> inferred;
  std::string reason;
};

void add_inferred(Draft& d, std::string what) {
  if (std::find(d.inferred.begin(), d.inferred.end(), what) == d.inferred.end())
    d.inferred.push_back(std::move(what));
}

Draft analyse(const std::string& s, const Facts& f, Context& ctx, const std::string& next_group) {
  Draft d;
  // Years and their roles.
  int year = 0, base = 0, end = 0, deadline = 0;
  for (const auto& q : f.qs) {
    if (!q.is_year) continue;
    const std::string mk = f.marker_before(q, s);
    const int y = static_cast<int>(q.value);
    if (mk == "since" || mk == "between")
      base = y;
    else if (mk == "by")
      deadline = y;
    else if (base != 0 && end == 0 && q.begin > 0)
      end = y;
    else if (year == 0)
      year = y;
  }
  if (const Match* ev = f.find("event")) base = std::atoi(ev->entry->value.c_str());
  if (end != 0 && year == 0) year = end;
  const bool today = f.find("today") != nullptr;
  auto need_year = [&]() -> int {
    if (year != 0) return year;
    if (ctx.article_year == 0) return 0;
    add_inferred(d, "year " + std::to_string(ctx.article_year) +
                        (today ? " (\"" + f.find("today")->entry->phrase + "\" at the article date)"
                               : " from the article date"));
    return ctx.article_year;
  };
  // The group: written, else the previous sentence's, else the next one's.
  std::string group;
  for (const auto& m : f.matches)
    if (m.entry->kind == "group") {
      group = m.entry->value;
      break;
    }
  auto need_group = [&]() -> std::string {
    if (!group.empty()) return group;
    std::string g = !ctx.last_group.empty() ? ctx.last_group : next_group;
    if (g.empty()) g = "europe-canada";
    add_inferred(d, "group " + g + " from the surrounding sentences");
    return g;
  };
  const Match* aim = nullptr;
  for (const auto& m : f.matches)
    if (m.entry->kind == "aim") {
      aim = &m;
      break;
    }
  const std::size_t aim_at = aim != nullptr ? aim->begin : std::string::npos;
  const Match* purpose = f.find("purpose");
  const std::size_t purpose_at = purpose != nullptr ? purpose->begin : std::string::npos;
  // Claims stated before an aim or a purpose clause, and outside a deadline, are facts.
  const std::size_t fact_end = std::min(aim_at, purpose_at);
  const bool has_deadline = deadline != 0 && (ctx.article_year == 0 || deadline > ctx.article_year);
  const bool pct_gdp = f.find_value("indicator", "pct_gdp") != nullptr ||
                       (f.find_value("indicator", "pct_gdp_ref") != nullptr && ctx.last_pct_gdp);

  // 1. Counts: "29 États membres", "23 Allies (at 2%)".
  for (const auto& q : f.qs) {
    if (q.unit != Unit::plain || q.is_year || !q.integer || q.begin >= fact_end || has_deadline)
      continue;
    std::size_t k = q.end;
    // "29 Etats membres", "23 Allies", "eight European allies"
    const Match* noun = nullptr;
    for (const auto& m : f.matches)
      if (m.entry->kind == "count" && m.begin >= k && m.begin <= k + 1) noun = &m;
    if (noun == nullptr) continue;
    const int y = need_year();
    if (y == 0) {
      d.reason = "the year is not written and the article has no date (--date)";
      continue;
    }
    const std::string op = op_or(f.op_before(q), "=");
    const Quantity* target = nullptr;
    for (const auto& t : f.qs)
      if (t.unit == Unit::pct && t.begin > q.end) {
        target = &t;
        break;
      }
    if (target != nullptr) {
      d.claims.emplace_back(
          "count", "count(" + meets(y, target->value) + ") " + op + " " + fmt_number(q.value));
    } else {
      d.claims.emplace_back("count",
                            "members(" + std::to_string(y) + ") " + op + " " + fmt_number(q.value));
    }
  }

  // 2. Amounts added: "ont augmenté ... de 41 milliards de dollars", "added $46bn".
  const Match* up = f.find("up");
  const Match* down = f.find("down", 0, purpose_at);
  for (const auto& q : f.qs) {
    if (q.unit != Unit::money || up == nullptr || q.begin >= fact_end) continue;
    if (has_deadline) {
      d.reason = "a forecast: the deadline " + std::to_string(deadline) + " is after the article";
      continue;
    }
    const int y = end != 0 ? end : need_year();
    if (y == 0) {
      d.reason = "the year is not written and the article has no date (--date)";
      continue;
    }
    const std::string g = need_group();
    if (up->entry->value == "level") {
      add_inferred(d, "current prices (a level in dollars of the year)");
      d.claims.emplace_back("amount", "sum(defexp_usd_current, " + g + ", " + std::to_string(y) +
                                          ") " + op_or(f.op_before(q), "~") + " " +
                                          fmt_amount(q.value));
      continue;
    }
    int b = base;
    if (b == 0) {
      b = setting("default_base_year", 2016);
      add_inferred(d, "base year " + std::to_string(b) +
                          " (not written; NATO's \"added\" figures of 2017-2019 count from it)");
    }
    add_inferred(d,
                 "constant prices and a cumulative sum over the base year (NATO's \"added\"); "
                 "the checker also tries current prices and the level difference");
    d.claims.emplace_back("amount", "cumulative(defexp_usd_const, " + g + ", " + std::to_string(b) +
                                        ".." + std::to_string(y) + ") " +
                                        op_or(f.op_before(q), "~") + " " + fmt_amount(q.value));
  }

  // 3. Trends: "Avant la tendance était à la baisse", "Aujourd'hui ... ont augmenté".
  const bool has_money = std::any_of(f.qs.begin(), f.qs.end(),
                                     [](const Quantity& q) { return q.unit == Unit::money; });
  const bool has_pct = std::any_of(f.qs.begin(), f.qs.end(), [](const Quantity& q) {
    return q.unit == Unit::pct || q.unit == Unit::pp;
  });
  const int pledge = setting("pledge_year", 2014);
  if (down != nullptr && down->begin < fact_end && f.find("before") != nullptr && !has_pct) {
    const std::string g = need_group();
    const int from = setting("before_from", 2012);
    add_inferred(d, "\"before\" = " + std::to_string(from) + ".." + std::to_string(pledge) +
                        ", the years up to the " + std::to_string(pledge) +
                        " Wales pledge in NATO's 2019 edition");
    add_inferred(d, "defence spending at constant prices");
    d.claims.emplace_back("trend", "trend(defexp_usd_const, " + g + ", " + std::to_string(from) +
                                       ".." + std::to_string(pledge) + ") < 0");
  }
  if (up != nullptr && up->entry->value == "up" && up->begin < fact_end && !has_pct &&
      !has_deadline && (!has_money || today) && (f.find("indicator") != nullptr || has_money)) {
    const int y = need_year();
    if (y != 0) {
      const std::string g = need_group();
      int b = base;
      if (b == 0 || has_money) {
        b = pledge;
        add_inferred(d, "since the " + std::to_string(pledge) + " Wales pledge");
      }
      add_inferred(d, "defence spending at constant prices");
      d.claims.emplace_back("trend", "trend(defexp_usd_const, " + g + ", " + std::to_string(b) +
                                         ".." + std::to_string(y) + ") > 0");
    }
  }

  // 4. Targets in % of GDP that others are pressed to reach, and the US figure.
  if (f.find("demand") != nullptr && pct_gdp && !has_deadline) {
    for (const auto& q : f.qs) {
      if (q.unit != Unit::pct) continue;
      const int y = need_year();
      if (y == 0) break;
      if (f.find_value("indicator", "pct_gdp") == nullptr)
        add_inferred(d, "\"" + f.find_value("indicator", "pct_gdp_ref")->entry->phrase +
                            "\" = % of GDP, from the previous sentence");
      add_inferred(d, "a demand to reach a target implies most allies are below it");
      d.claims.emplace_back(
          "target", "count(" + meets(y, q.value) + ") < members(" + std::to_string(y) + ") / 2");
      if (f.find("us") != nullptr) {
        add_inferred(d, "the US figure as NATO publishes it, within 0.2 points");
        d.claims.emplace_back("us-figure", "pct_gdp[USA, " + std::to_string(y) + "] ~ " +
                                               fmt_number(q.value) + " ±0.2");
      }
    }
  } else if (pct_gdp && !has_deadline && f.find("demand") == nullptr) {
    // "The United States spent 3.5% of GDP in 2017": an ally's own ratio.
    for (const auto& q : f.qs) {
      if (q.unit != Unit::pct || q.begin >= fact_end) continue;
      if (group.empty() || group.size() != 3) break;
      const int y = need_year();
      if (y == 0) break;
      d.claims.emplace_back("pct-gdp", "pct_gdp[" + group + ", " + std::to_string(y) + "] " +
                                           op_or(f.op_before(q), "~") + " " + fmt_number(q.value) +
                                           " ±0.05");
    }
  }

  // 5. The US share of allied spending: "the US accounts for two-thirds of ...".
  if (f.find_value("indicator", "share") != nullptr && !has_deadline &&
      (group == "USA" || f.find("us") != nullptr)) {
    for (const auto& q : f.qs) {
      if (q.unit != Unit::pct) continue;
      const int y = need_year();
      if (y == 0) break;
      add_inferred(d, "current prices and exchange rates; share of all allies (nato)");
      d.claims.emplace_back("us-share", "share(defexp_usd_current, USA, nato, " +
                                            std::to_string(y) + ") " + op_or(f.op_before(q), "~") +
                                            " " + fmt_number(q.value) + " ±1");
    }
  }

  // 6. Purpose: "afin que les dépenses américaines baissent", checked against the outcome.
  if (purpose != nullptr && f.find_value("indicator", "defexp_us") != nullptr &&
      f.find("down", purpose_at) != nullptr) {
    const int y = need_year();
    if (y != 0 && ctx.outcome_year > y) {
      const std::string a = std::to_string(y);
      const std::string o = std::to_string(ctx.outcome_year);
      add_inferred(
          d, "an aim, checked against the outcome: " + o + ", the last full year of the data");
      add_inferred(d,
                   "\"US spending\" read two ways: its share of allied spending (current "
                   "prices) and its level (constant prices)");
      d.claims.emplace_back("aim", "share(defexp_usd_current, USA, nato, " + o +
                                       ") < share(defexp_usd_current, USA, nato, " + a + ")");
      d.claims.emplace_back("aim",
                            "defexp_usd_const[USA, " + o + "] < defexp_usd_const[USA, " + a + "]");
    }
  }

  if (d.claims.empty() && d.reason.empty()) {
    if (aim != nullptr)
      d.reason = aim->entry->value;
    else if (has_deadline && (has_money || has_pct))
      d.reason = "a forecast: the deadline " + std::to_string(deadline) + " is after the article";
  }
  if (!group.empty()) ctx.last_group = group;
  ctx.last_pct_gdp = pct_gdp;
  return d;
}

Lang guess_lang(const std::string& norm) {
  static const std::vector<std::string> fr = {" les ", " des ", " est ",  " une ", " que ",
                                              " du ",  " et ",  " pour ", " dans "};
  static const std::vector<std::string> en = {" the ",  " and ", " is ", " of ", " that ",
                                              " have ", " for ", " in ", " to "};
  auto count = [&](const std::vector<std::string>& words) {
    std::size_t n = 0;
    for (const auto& w : words)
      for (std::size_t p = norm.find(w); p != std::string::npos; p = norm.find(w, p + 1)) ++n;
    return n;
  };
  return count(en) > count(fr) ? Lang::en : Lang::fr;
}

bool valid_date(std::string_view d) {
  return d.size() == 7 && digit(d[0]) && digit(d[1]) && digit(d[2]) && digit(d[3]) && d[4] == '-' &&
         digit(d[5]) && digit(d[6]) && (d[5] == '0' || (d[5] == '1' && d[6] <= '2')) &&
         !(d[5] == '0' && d[6] == '0');
}

}  // namespace

std::vector<std::string> lexicon_problems() { return lexicon().problems; }

Result<Extraction> extract(std::string_view text, const ExtractOptions& options) {
  if (text.size() > kMaxTextBytes)
    return make_error(ErrorCode::limit_exceeded,
                      "the text is " + std::to_string(text.size()) + " bytes long; the limit is " +
                          std::to_string(kMaxTextBytes) + " bytes",
                      "le texte fait " + std::to_string(text.size()) +
                          " octets\u00a0; la limite est de " + std::to_string(kMaxTextBytes),
                      "");
  if (auto st = validate_utf8(text); !st) return st.error();
  Extraction out;
  if (options.lang != "auto" && options.lang != "en" && options.lang != "fr")
    return make_error(ErrorCode::invalid_argument,
                      "unknown language '" + options.lang + "'; valid: en, fr, auto", "--lang");
  // A text starting "date YYYY-MM" (after spaces; the seed has its first sentence on the
  // same line) dates the article; the marker is blanked, so positions stay those of the file.
  std::string body(text);
  {
    std::size_t p = 0;
    while (p < body.size() && (body[p] == ' ' || body[p] == '\t')) ++p;
    if (body.compare(p, 5, "date ") == 0) {
      std::size_t e = p + 5;
      while (e < body.size() && body[e] != ' ' && body[e] != '\n' && body[e] != '\r' &&
             body[e] != '\t')
        ++e;
      const std::string_view d = std::string_view(body).substr(p + 5, e - p - 5);
      if (!valid_date(d))
        return make_error(ErrorCode::parse_error,
                          "a text starting 'date' must give the month: 'date YYYY-MM', e.g. "
                          "'date 2018-07'",
                          "line 1");
      out.date = std::string(d);
      std::fill(body.begin() + static_cast<std::ptrdiff_t>(p),
                body.begin() + static_cast<std::ptrdiff_t>(e), ' ');
    }
  }
  if (!options.date.empty()) {
    if (!valid_date(options.date))
      return make_error(ErrorCode::invalid_argument,
                        "'" + options.date + "' is not a month; write YYYY-MM, e.g. 2018-07",
                        "--date");
    out.date = options.date;
  }
  Context ctx;
  ctx.article_year = out.date.empty() ? 0 : std::atoi(out.date.substr(0, 4).c_str());
  ctx.outcome_year = options.outcome_year;
  const std::vector<Sentence> sentences = split_sentences(body);
  out.sentences = sentences.size();
  if (options.lang == "auto") {
    std::string sample;
    for (const auto& s : sentences) {
      sample += ' ' + normalize(s.text).text + ' ';
      if (sample.size() > 20000) break;
    }
    out.lang = guess_lang(sample);
    out.lang_guessed = true;
  } else {
    out.lang = options.lang == "en" ? Lang::en : Lang::fr;
  }
  ctx.lang = out.lang;
  std::vector<std::string> norms;
  std::vector<Facts> facts;
  norms.reserve(sentences.size());
  facts.reserve(sentences.size());
  for (const auto& s : sentences) {
    norms.push_back(normalize(s.text).text);
    facts.push_back({match_lexicon(norms.back(), out.lang), quantities(norms.back(), out.lang)});
  }
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    if (i > 0 && sentences[i].paragraph != sentences[i - 1].paragraph) {
      ctx.last_group.clear();
    }
    std::string next_group;
    if (i + 1 < sentences.size() && sentences[i + 1].paragraph == sentences[i].paragraph)
      for (const auto& m : facts[i + 1].matches)
        if (m.entry->kind == "group") {
          next_group = m.entry->value;
          break;
        }
    Draft d = analyse(norms[i], facts[i], ctx, next_group);
    if (d.claims.empty() && d.reason.empty()) continue;
    Statement st;
    st.sentence = sentences[i];
    st.inferred = std::move(d.inferred);
    for (const auto& m : facts[i].matches) st.matched.push_back(m.entry->phrase);
    for (auto& [pattern, claim] : d.claims) {
      auto parsed = claims::parse(claim);
      if (!parsed)
        return make_error(ErrorCode::internal,
                          "extract wrote a claim that does not parse (extractor bug): " + claim +
                              ": " + parsed.error().what());
      ExtractedClaim c;
      c.claim = claim;
      c.pattern = pattern;
      for (const auto& r : claims::readings(*parsed, claims::ReadingOptions{}))
        c.readings.push_back(r.label);
      st.claims.push_back(std::move(c));
    }
    if (st.claims.empty()) {
      st.reason = d.reason;
      out.uncheckable.push_back(std::move(st));
    } else {
      out.statements.push_back(std::move(st));
    }
  }
  return out;
}

}  // namespace fardeau::extract

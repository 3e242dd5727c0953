#include "extract/extract.hpp"

#include <algorithm>
#include <cstdlib>
#include <utility>

#include "claims/parser.hpp"
#include "claims/readings.hpp"
#include "extract/lexicon.hpp"
#include "extract/quantity.hpp"
#include "extract/rules.hpp"

namespace fardeau::extract {

namespace {

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
                      "unknown language '" + options.lang + "'; valid: en, fr, auto",
                      at_parameter("text_lang"));
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
                        at_parameter("date"));
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
    for (const auto& m : facts[i].matches) st.matched.push_back(m.entry->phrase);
    for (auto& draft : d.claims) {
      auto parsed = claims::parse(draft.claim);
      if (!parsed)
        return make_error(ErrorCode::internal,
                          "extract wrote a claim that does not parse (extractor bug): " +
                              draft.claim + ": " + parsed.error().what());
      ExtractedClaim c;
      c.claim = std::move(draft.claim);
      c.pattern = std::move(draft.pattern);
      for (const auto& r : claims::readings(*parsed, claims::ReadingOptions{}))
        c.readings.push_back(r.label);
      for (auto& note : draft.inferred)
        if (std::find(st.inferred.begin(), st.inferred.end(), note) == st.inferred.end())
          st.inferred.push_back(note);
      c.inferred = std::move(draft.inferred);
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

#include "service/extract.hpp"

#include <cstdlib>

namespace fardeau::service {

int outcome_year(const Engine& engine) {
  for (const auto& v : engine.vintage_infos())
    if (v.id == kDefaultVintage && v.published.size() >= 4)
      return std::atoi(v.published.substr(0, 4).c_str()) - 1;
  return 0;
}

Result<ExtractResult> extract_article(const Engine& engine, const ExtractQuery& q) {
  extract::ExtractOptions o;
  o.lang = q.lang;
  o.date = q.date;
  o.outcome_year = outcome_year(engine);
  auto x = extract::extract(q.text, o);
  if (!x) {
    Error e = x.error();
    if (e.where.rfind("byte ", 0) == 0 || e.where.rfind("line ", 0) == 0)
      e.where = q.source + ": " + e.where;
    return e;
  }
  ExtractResult r;
  r.query = q;
  r.query.text.clear();
  r.outcome_year = o.outcome_year;
  r.extraction = std::move(*x);
  return r;
}

std::string claims_file_text(const extract::Extraction& x) {
  std::string out;
  for (const auto& st : x.statements) {
    std::string sentence = st.sentence.text;
    for (char& c : sentence)
      if (c == '\n' || c == '\r') c = ' ';
    for (const auto& c : st.claims) out += "> " + sentence + "\n" + c.claim + "\n";
  }
  return out;
}

Result<CheckArticleResult> check_article(const Engine& engine, const ExtractQuery& q,
                                         const Scope& scope, bool explain, bool try_readings) {
  FARDEAU_TRY(x, extract_article(engine, q));
  CheckArticleResult r;
  r.extracted = std::move(x);
  const std::string text = claims_file_text(r.extracted.extraction);
  if (text.empty()) {
    r.checked.query.scope = scope;
    r.checked.query.source = q.source;
    return r;
  }
  FARDEAU_TRY(checked, check_file(engine, {scope, text, q.source, explain, try_readings}));
  r.checked = std::move(checked);
  return r;
}

}  // namespace fardeau::service

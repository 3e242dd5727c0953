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
    // A place in the text ("byte 7", "line 1") is in the source the text came from.
    if (e.where.is(Location::Kind::text) && e.where.file.empty()) e.where.file = q.source;
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

const extract::Statement& CheckArticleResult::statement_of(std::size_t claim) const {
  const auto& statements = extracted.extraction.statements;
  for (const auto& st : statements) {
    if (claim < st.claims.size()) return st;
    claim -= st.claims.size();
  }
  return statements.back();
}

Result<CheckArticleResult> check_article(const Engine& engine, const ExtractQuery& q,
                                         const Scope& scope, bool explain, bool try_readings) {
  FARDEAU_TRY(x, extract_article(engine, q));
  CheckArticleResult r;
  r.extracted = std::move(x);
  const std::string text = claims_file_text(r.extracted.extraction);
  if (text.empty()) {
    // No claim to check; the answer still names its edition, as every check does.
    FARDEAU_TRY(edition, check_edition(engine, scope));
    r.checked.vintage = std::move(edition);
    r.checked.query = {scope, "", q.source, explain, try_readings};
    r.checked.query.scope.vintage = r.checked.vintage.id;
    return r;
  }
  FARDEAU_TRY(checked, check_file(engine, {scope, text, q.source, explain, try_readings}));
  r.checked = std::move(checked);
  return r;
}

Result<CheckArticleResult> check_article(const Engine& engine, const CheckArticleQuery& q) {
  return check_article(engine, q.article, q.scope, q.explain, q.try_readings);
}

}  // namespace fardeau::service

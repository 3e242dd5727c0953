#include "render/extract_view.hpp"

#include <string>

namespace fardeau::render {

std::string where(const extract::Span& s) {
  return std::to_string(s.from.line) + ":" + std::to_string(s.from.column) + "-" +
         std::to_string(s.to.line) + ":" + std::to_string(s.to.column);
}

nlohmann::ordered_json span_json(const extract::Span& s) {
  return {{"line", s.from.line},       {"column", s.from.column}, {"end_line", s.to.line},
          {"end_column", s.to.column}, {"byte_begin", s.begin},   {"byte_end", s.end}};
}

namespace {

nlohmann::ordered_json statement_json(const extract::Statement& st) {
  nlohmann::ordered_json j;
  j["sentence"] = st.sentence.text;
  j["span"] = span_json(st.sentence.span);
  j["claims"] = nlohmann::ordered_json::array();
  for (const auto& c : st.claims)
    j["claims"].push_back({{"claim", c.claim},
                           {"pattern", c.pattern},
                           {"readings", c.readings},
                           {"inferred", c.inferred}});
  j["inferred"] = st.inferred;
  if (!st.reason.empty()) j["reason"] = st.reason;
  return j;
}

}  // namespace

Rendered view(const service::ExtractResult& r, Lang lang) {
  const bool fr = lang == Lang::fr;
  const auto& x = r.extraction;
  Rendered out;
  out.json["source"] = r.query.source;
  out.json["lang"] = extract::to_string(x.lang);
  out.json["lang_guessed"] = x.lang_guessed;
  out.json["date"] = x.date;
  out.json["outcome_year"] = r.outcome_year;
  out.json["sentences"] = x.sentences;
  out.json["statements"] = nlohmann::ordered_json::array();
  for (const auto& st : x.statements) out.json["statements"].push_back(statement_json(st));
  out.json["uncheckable"] = nlohmann::ordered_json::array();
  for (const auto& st : x.uncheckable) out.json["uncheckable"].push_back(statement_json(st));

  out.doc.title =
      fr ? "Affirmations extraites : " + r.query.source : "Statements extracted: " + r.query.source;
  Block facts;
  facts.facts = {{fr ? "Langue" : "Language", extract::to_string(x.lang)},
                 {fr ? "Date de l'article" : "Article date", x.date.empty() ? "-" : x.date},
                 {fr ? "Phrases" : "Sentences", std::to_string(x.sentences)},
                 {fr ? "Affirmations" : "Statements", std::to_string(x.statements.size())},
                 {fr ? "Non vérifiables" : "Not checkable", std::to_string(x.uncheckable.size())}};
  out.doc.blocks.push_back(facts);
  Block claims;
  TextTable t;
  t.headers = {fr ? "position" : "where", fr ? "phrase" : "sentence", fr ? "affirmation" : "claim",
               fr ? "déduit" : "inferred"};
  t.right_align = {false, false, false, false};
  out.csv.headers = {"line",  "column",  "end_line", "end_column", "sentence",
                     "claim", "pattern", "inferred", "reason"};
  for (const auto& st : x.statements) {
    for (const auto& c : st.claims) {
      std::string inferred;
      for (const auto& i : c.inferred) inferred += (inferred.empty() ? "" : "; ") + i;
      t.rows.push_back({where(st.sentence.span), st.sentence.text, c.claim, inferred});
      out.csv.rows.push_back(
          {std::to_string(st.sentence.span.from.line), std::to_string(st.sentence.span.from.column),
           std::to_string(st.sentence.span.to.line), std::to_string(st.sentence.span.to.column),
           st.sentence.text, c.claim, c.pattern, inferred, ""});
    }
  }
  claims.tables.push_back(t);
  out.doc.blocks.push_back(claims);
  if (!x.uncheckable.empty()) {
    Block u;
    u.heading = fr ? "Reconnues, non vérifiables" : "Recognised, not checkable";
    TextTable ut;
    ut.headers = {fr ? "position" : "where", fr ? "phrase" : "sentence", fr ? "raison" : "reason"};
    ut.right_align = {false, false, false};
    for (const auto& st : x.uncheckable) {
      ut.rows.push_back({where(st.sentence.span), st.sentence.text, st.reason});
      out.csv.rows.push_back(
          {std::to_string(st.sentence.span.from.line), std::to_string(st.sentence.span.from.column),
           std::to_string(st.sentence.span.to.line), std::to_string(st.sentence.span.to.column),
           st.sentence.text, "", "", "", st.reason});
    }
    u.tables.push_back(ut);
    out.doc.blocks.push_back(u);
  }
  return out;
}

}  // namespace fardeau::render

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

using json = nlohmann::ordered_json;

/// A claim of a statement, or (claim null) a statement with none.
struct ExtractRow {
  const extract::Statement* statement = nullptr;
  const extract::ExtractedClaim* claim = nullptr;
};

std::string inferred_text(const ExtractRow& r) {
  std::string s;
  if (r.claim)
    for (const auto& i : r.claim->inferred) s += (s.empty() ? "" : "; ") + i;
  return s;
}

// The claims: each statement's JSON "claims", the CSV (a line a claim, then one a statement
// with none) and the table of claims.
Columns<ExtractRow> claim_columns() {
  using R = ExtractRow;
  Columns<R> cols = sentence_columns<R>(
      [](const R& r) -> const extract::Sentence& { return r.statement->sentence; });
  cols[0].en = "where";  // line
  cols[0].fr = "position";
  cols[0].cell = [](const R& r, Lang) { return where(r.statement->sentence.span); };
  cols[0].align = Align::left;
  cols[4].en = "sentence";
  cols[4].fr = "phrase";
  cols[4].cell = [](const R& r, Lang) { return r.statement->sentence.text; };
  cols[4].align = Align::left;
  auto claim_text = [](const R& r) { return r.claim ? r.claim->claim : std::string(); };
  cols.push_back({.id = "claim",
                  .en = "claim",
                  .fr = "affirmation",
                  .value = [claim_text](const R& r) -> json { return claim_text(r); },
                  .cell = [claim_text](const R& r, Lang) { return claim_text(r); },
                  .align = Align::left});
  cols.push_back({.id = "pattern", .value = [](const R& r) -> json {
                    return r.claim ? r.claim->pattern : std::string();
                  }});
  cols.push_back({.id = "readings",
                  .value = [](const R& r) -> json { return r.claim->readings; },
                  .machine = Machine::json});
  cols.push_back({.id = "inferred",
                  .en = "inferred",
                  .fr = "déduit",
                  .value = [](const R& r) -> json { return r.claim->inferred; },
                  .cell = [](const R& r, Lang) { return inferred_text(r); },
                  .align = Align::left,
                  .csv = inferred_text});
  cols.push_back(
      {.id = "reason",
       .value = [](const R& r) -> json { return r.claim ? std::string() : r.statement->reason; },
       .machine = Machine::csv});
  return cols;
}

// The table of the statements with no claim: where, sentence, reason.
Columns<ExtractRow> uncheckable_columns() {
  Columns<ExtractRow> all = claim_columns();
  Columns<ExtractRow> cols{all[0], all[4]};
  cols.push_back({.id = "reason",
                  .en = "reason",
                  .fr = "raison",
                  .cell = [](const ExtractRow& r, Lang) { return r.statement->reason; },
                  .align = Align::left});
  return cols;
}

std::vector<ExtractRow> claim_rows(const extract::Statement& st) {
  std::vector<ExtractRow> rows;
  for (const auto& c : st.claims) rows.push_back({&st, &c});
  return rows;
}

json statement_json(const extract::Statement& st, const Columns<ExtractRow>& columns) {
  json j;
  j["sentence"] = st.sentence.text;
  j["span"] = span_json(st.sentence.span);
  j["claims"] = json_rows(columns, claim_rows(st));
  j["inferred"] = st.inferred;
  if (!st.reason.empty()) j["reason"] = st.reason;
  return j;
}

}  // namespace

Rendered view(const service::ExtractResult& r, Lang lang) {
  const bool fr = lang == Lang::fr;
  const auto& x = r.extraction;
  const Columns<ExtractRow> columns = claim_columns();
  std::vector<ExtractRow> claims;
  std::vector<ExtractRow> uncheckable;
  Rendered out;
  out.json["source"] = r.query.source;
  out.json["lang"] = extract::to_string(x.lang);
  out.json["lang_guessed"] = x.lang_guessed;
  out.json["date"] = x.date;
  out.json["outcome_year"] = r.outcome_year;
  out.json["sentences"] = x.sentences;
  out.json["statements"] = json::array();
  for (const auto& st : x.statements) {
    out.json["statements"].push_back(statement_json(st, columns));
    for (const auto& row : claim_rows(st)) claims.push_back(row);
  }
  out.json["uncheckable"] = json::array();
  for (const auto& st : x.uncheckable) {
    out.json["uncheckable"].push_back(statement_json(st, columns));
    uncheckable.push_back({&st, nullptr});
  }
  csv_rows(out.csv, columns, claims);
  csv_rows(out.csv, columns, uncheckable);

  out.doc.title =
      fr ? "Affirmations extraites : " + r.query.source : "Statements extracted: " + r.query.source;
  Block facts;
  facts.facts = {{fr ? "Langue" : "Language", extract::to_string(x.lang)},
                 {fr ? "Date de l'article" : "Article date", x.date.empty() ? "-" : x.date},
                 {fr ? "Phrases" : "Sentences", std::to_string(x.sentences)},
                 {fr ? "Affirmations" : "Statements", std::to_string(x.statements.size())},
                 {fr ? "Non vérifiables" : "Not checkable", std::to_string(x.uncheckable.size())}};
  out.doc.blocks.push_back(facts);
  Block claims_block;
  claims_block.tables.push_back(text_table(columns, claims, lang));
  out.doc.blocks.push_back(claims_block);
  if (!x.uncheckable.empty()) {
    Block u;
    u.heading = fr ? "Reconnues, non vérifiables" : "Recognised, not checkable";
    u.tables.push_back(text_table(uncheckable_columns(), uncheckable, lang));
    out.doc.blocks.push_back(u);
  }
  return out;
}

}  // namespace fardeau::render

// `fardeau check --article`: the statements of an article, each where it is in the article
// (line:column), with the verdict on each of its claims and the reading shown.
#include "render/check_article_view.hpp"

#include <fmt/format.h>

#include "render/check_parts.hpp"
#include "render/check_view.hpp"
#include "render/extract_view.hpp"
#include "render/json_common.hpp"

namespace fardeau::render {
namespace {

using json = nlohmann::ordered_json;
using check_parts::ClaimRow;
using service::FileClaimOutcome;

std::string at(const extract::Span& s) {
  return std::to_string(s.from.line) + ":" + std::to_string(s.from.column);
}

// One claim of a statement: how it was extracted, then its verdict as check gives it.
json claim_json(const extract::ExtractedClaim& x, const FileClaimOutcome& c, bool explain,
                Lang lang) {
  json j = {{"pattern", x.pattern}, {"inferred", x.inferred}};
  if (c.result) {
    check_parts::claim_fields(j, *c.result, explain, lang);
  } else {
    j["claim"] = c.line.claim;
    j["verdict"] = nullptr;
    j["error"] = check_parts::error_json(*c.error, lang);
  }
  return j;
}

// "trend(...) < 0: true under some readings (from 2012, constant prices, nato-2019, ...)".
std::string claim_line(const FileClaimOutcome& c, Lang lang) {
  if (!c.result) return fmt::format("  {}{} {}", c.line.claim, colon(lang), c.error->what());
  const auto& r = *c.result;
  std::string s =
      fmt::format("  {}{} {}", c.line.claim, colon(lang), verdict_label(r.verdict, lang));
  if (const auto* f = r.figure(); f != nullptr && r.readings.size() > 1)
    s += fmt::format(" ({} {})", tr(lang, "reading:", "lecture\u00A0:"),
                     reading_label(f->choices, lang));
  return s;
}

// The article's claims and the statements with none: CSV (where each is, the sentence, the
// claim, how it was extracted, the verdict, why there is none) and the table of claims
// (where: line:column).
Columns<ClaimRow> article_columns() {
  using R = ClaimRow;
  Columns<R> cols{check_parts::vintage_column()};
  for (auto& c : sentence_columns<R>(
           [](const R& r) -> const extract::Sentence& { return r.statement->sentence; }))
    cols.push_back(std::move(c));
  Column<R>& line = cols[1];
  line.en = "Where";
  line.fr = "Position";
  line.cell = [](const R& r, Lang) { return at(r.statement->sentence.span); };
  line.align = Align::left;
  cols.insert(
      cols.end(),
      {{.id = "claim",
        .value = [](const R& r) -> json { return r.claim ? r.claim->line.claim : std::string(); },
        .machine = Machine::csv},
       {.id = "pattern",
        .value = [](const R& r) -> json {
          return r.extracted ? r.extracted->pattern : std::string();
        },
        .machine = Machine::csv}});
  for (auto& c : check_parts::figure_columns()) cols.push_back(std::move(c));
  cols.push_back({.id = "reason",
                  .value = [](const R& r) -> json {
                    if (!r.claim) return r.statement->reason;
                    return r.result() ? std::string() : std::string(r.claim->error->what());
                  },
                  .machine = Machine::csv});
  cols.push_back(check_parts::written_column());
  return cols;
}

/// The JSON up to the statements: the query, the article and the summary.
json article_json(const service::CheckArticleResult& a) {
  const auto& res = a.checked;
  const auto& x = a.extracted.extraction;
  const auto& q = a.extracted.query;
  json query = check_parts::query_json(res.query.scope, res.query.explain, res.query.try_readings);
  query["article"] = q.source;
  query["text_lang"] = q.lang;
  query["date"] = q.date.empty() ? json(nullptr) : json(q.date);
  json j = envelope("check", res.vintage, query);
  j["article"] = q.source;
  j["lang"] = extract::to_string(x.lang);
  j["lang_guessed"] = x.lang_guessed;
  j["date"] = x.date;
  j["outcome_year"] = a.extracted.outcome_year;
  j["sentences"] = x.sentences;
  j["summary"] = check_parts::summary_json(res);
  j["summary"]["statements"] = x.statements.size();
  j["summary"]["uncheckable"] = x.uncheckable.size();
  return j;
}

}  // namespace

Rendered view(const service::CheckArticleResult& a, Lang lang) {
  const auto& res = a.checked;
  const auto& x = a.extracted.extraction;
  const auto& q = a.extracted.query;
  Rendered out;
  json j = article_json(a);

  std::vector<ClaimRow> rows;     // CSV: every claim, then the statements with none
  std::vector<ClaimRow> checked;  // the table: the claims that could be read
  Block sentences{tr(lang, "Sentences checked", "Phrases vérifiées"), {}, {}, {}};
  std::vector<VintageInfo> editions;
  std::vector<Block> details;
  json statements = json::array();
  std::size_t next = 0;  // the checked claims follow the statements' claims, in order
  for (const auto& st : x.statements) {
    const auto& span = st.sentence.span;
    json s = {{"sentence", st.sentence.text}, {"span", span_json(span)}};
    json claims = json::array();
    sentences.notes.push_back(fmt::format("{}{} {}", at(span), colon(lang), st.sentence.text));
    for (const auto& xc : st.claims) {
      if (next >= res.claims.size()) break;
      const FileClaimOutcome& c = res.claims[next++];
      claims.push_back(claim_json(xc, c, res.query.explain, lang));
      sentences.notes.push_back(claim_line(c, lang));
      rows.push_back({.claim = &c, .statement = &st, .extracted = &xc});
      if (!c.result) continue;
      const auto& r = *c.result;
      check_parts::add_editions(editions, r);
      checked.push_back(rows.back());
      if (res.query.explain)
        check_parts::explain_blocks(details, fmt::format("{}{} {}", at(span), colon(lang), r.claim),
                                    r, lang);
    }
    s["claims"] = std::move(claims);
    s["inferred"] = st.inferred;
    statements.push_back(std::move(s));
  }
  j["statements"] = std::move(statements);
  json uncheckable = json::array();
  Block not_checkable{
      tr(lang, "Recognised, not checkable", "Reconnues, non vérifiables"), {}, {}, {}};
  for (const auto& st : x.uncheckable) {
    uncheckable.push_back({{"sentence", st.sentence.text},
                           {"span", span_json(st.sentence.span)},
                           {"reason", st.reason}});
    not_checkable.notes.push_back(fmt::format("{}{} {} ({})", at(st.sentence.span), colon(lang),
                                              st.sentence.text, st.reason));
    rows.push_back({.statement = &st});
  }
  j["uncheckable"] = std::move(uncheckable);
  out.json = std::move(j);
  const Columns<ClaimRow> columns = article_columns();
  csv_rows(out.csv, columns, rows);

  Doc& d = out.doc;
  d.title = fmt::format("{} {}", tr(lang, "Claims of", "Affirmations de"), q.source);
  d.blocks.push_back(check_parts::summary_block(res, text_table(columns, checked, lang), lang));
  if (!sentences.notes.empty()) d.blocks.push_back(std::move(sentences));
  if (!not_checkable.notes.empty()) d.blocks.push_back(std::move(not_checkable));
  for (auto& b : details) d.blocks.push_back(std::move(b));
  d.source = check_parts::sources_text(editions, lang);
  return out;
}

}  // namespace fardeau::render

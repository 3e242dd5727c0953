// `fardeau check`: verdicts on claims. JSON carries every reading; table and Markdown
// show the verdict, the figure behind it and the readings that could be evaluated.
#include "render/check_view.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include <fmt/format.h>

#include "render/check_parts.hpp"
#include "render/check_trace.hpp"
#include "render/json_common.hpp"
#include "render/number_format.hpp"

namespace fardeau::render::check_parts {
namespace {

using json = nlohmann::ordered_json;
using service::CheckFileResult;
using service::CheckResult;
using service::ClaimVerdict;
using service::ReadingOutcome;

json tolerance_json(const std::optional<claims::AppliedTolerance>& t) {
  if (!t) return nullptr;
  return {{"kind", t->kind == claims::ToleranceKind::absolute ? "absolute" : "relative"},
          {"amount", clean(t->amount, 6)},
          {"band", num_json(t->band)},
          {"default", t->is_default}};
}

json comparison_json(const claims::ComparisonOutcome& c) {
  return {{"comparison", c.text},
          {"operator", claims::to_symbol(c.op)},
          {"left", num_json(c.left)},
          {"right", num_json(c.right)},
          {"tolerance", tolerance_json(c.tolerance)},
          {"holds", c.holds}};
}

}  // namespace

// The fields of one claim's verdict, shared by the single-claim and file outputs.
void claim_fields(json& j, const CheckResult& r, bool explain, Lang lang) {
  const ReadingOutcome* f = r.figure();
  j["claim"] = r.claim;
  j["verdict"] = to_string(r.verdict);
  j["value"] = f ? num_json(f->value) : json(nullptr);
  j["compared_with"] = f ? num_json(f->compared_with) : json(nullptr);
  j["operator"] = f && f->comparison ? json(claims::to_symbol(f->comparison->op)) : json(nullptr);
  j["tolerance"] = f && f->comparison ? tolerance_json(f->comparison->tolerance) : json(nullptr);
  j["difference_pct"] = f ? difference_json(*f) : json(nullptr);
  j["reading"] = f ? json(f->label) : json(nullptr);
  j["reading_choices"] = f ? reading_choices_json(f->choices) : json(nullptr);
  json eds = json::array();
  for (const auto& e : r.editions) eds.push_back({{"id", e.id}, {"citation", e.citation()}});
  j["editions"] = eds;
  j["uses_estimates"] = f ? f->uses_estimates : false;
  json comps = json::array();
  if (f)
    for (const auto& c : f->comparisons) comps.push_back(comparison_json(c));
  j["comparisons"] = comps;
  j["readings_checkable"] = r.checkable;
  j["readings_holding"] = r.holding;
  j["readings"] = json_rows(reading_columns(explain, lang), reading_rows(r));
  if (explain) j["trace"] = f ? trace_json(f->trace) : json::array();
}

namespace {

// A figure as the speaker gave it: "41 bn", not "41.000 bn".
std::string claim_figure(double v, Lang lang) {
  std::string s = claim_value(v, lang);
  const char mark = lang == Lang::fr ? ',' : '.';
  const std::size_t dot = s.find(mark);
  if (dot == std::string::npos) return s;
  std::size_t end = dot + 1;
  while (end < s.size() && s[end] >= '0' && s[end] <= '9') ++end;
  std::size_t cut = end;
  while (cut > dot + 1 && s[cut - 1] == '0') --cut;
  if (cut == dot + 1) cut = dot;
  return s.substr(0, cut) + s.substr(end);
}

}  // namespace

// "~ 41 bn ±5% (default: ±2.05 bn)", "= 29", "< 69.11".
std::string compared_text(const ReadingOutcome& o, Lang lang) {
  if (!o.comparison) return missing(lang);
  const auto& c = *o.comparison;
  std::string s = fmt::format("{} {}", claims::to_symbol(c.op), claim_figure(c.right, lang));
  if (c.tolerance) {
    const auto& t = *c.tolerance;
    if (t.kind == claims::ToleranceKind::relative)
      s += fmt::format(" ±{} ({}±{})", target_percent(t.amount, lang),
                       t.is_default ? tr(lang, "default: ", "par défaut\u00A0: ") : "",
                       claim_figure(t.band, lang));
    else
      s += " ±" + claim_figure(t.band, lang);
  }
  return s;
}

namespace {

std::string editions_text(const std::vector<std::string>& ids, bool estimates, Lang lang) {
  if (ids.empty()) return tr(lang, "none (membership only)", "aucune (adhésions seulement)");
  std::string s = join(ids, ", ");
  if (estimates) s += tr(lang, " (includes estimates)", " (comprend des estimations)");
  return s;
}

}  // namespace

std::string sources_text(const std::vector<VintageInfo>& eds, Lang lang) {
  if (eds.empty())
    return tr(lang, "Source: accession dates of the allies (nato_members.csv)",
              "Source\u00A0: dates d'adhésion des Alliés (nato_members.csv)");
  std::string s;
  for (const auto& e : eds) s += (s.empty() ? "" : "\n") + source_line(e, lang);
  return s;
}

// The facts of one verdict: verdict, value, comparison, reading, edition.
void verdict_facts(Block& b, const CheckResult& r, Lang lang) {
  const ReadingOutcome* f = r.figure();
  b.facts.push_back({tr(lang, "Verdict", "Verdict"), verdict_label(r.verdict, lang)});
  if (f) {
    std::string value = claim_value(f->value, lang);
    if (difference_pct(*f))
      value += fmt::format(" ({} {})", difference_text(*f, lang),
                           tr(lang, "from the claim", "par rapport à l'affirmation"));
    b.facts.push_back({tr(lang, "Value", "Valeur"), value});
    b.facts.push_back({tr(lang, "Compared with", "Comparée à"), compared_text(*f, lang)});
    if (f->comparisons.size() > 1)
      b.facts.push_back({tr(lang, "Comparisons", "Comparaisons"),
                         fmt::format("{} ({})", f->comparisons.size(),
                                     tr(lang, "the first is shown", "la première est affichée"))});
    if (r.readings.size() > 1)
      b.facts.push_back({tr(lang, "Reading", "Lecture"), reading_label(f->choices, lang)});
    b.facts.push_back(
        {tr(lang, "Edition", "Édition"), editions_text(f->vintages, f->uses_estimates, lang)});
  } else if (!r.readings.empty() && r.readings.front().reason) {
    b.facts.push_back(
        {tr(lang, "Why", "Pourquoi"), r.readings.front().reason->message_in(lang == Lang::fr)});
  }
}

// The readings table (evaluated readings) and one note per distinct reason of those
// that could not be evaluated.
void readings_block(Doc& d, const CheckResult& r, Lang lang, const std::string& heading) {
  if (r.readings.size() <= 1) return;
  Block b{heading, {}, {}, {}};
  // message, the readings that give it
  std::vector<std::pair<std::string, std::vector<const ReadingOutcome*>>> reasons;
  std::vector<ReadingRow> evaluated;
  for (const ReadingRow& row : reading_rows(r)) {
    const auto& o = row.outcome();
    if (!o.checkable) {
      const std::string& msg = o.reason ? o.reason->message_in(lang == Lang::fr) : std::string("?");
      auto it = std::find_if(reasons.begin(), reasons.end(),
                             [&](const auto& p) { return p.first == msg; });
      if (it == reasons.end()) {
        reasons.push_back({msg, {&o}});
      } else {
        it->second.push_back(&o);
      }
      continue;
    }
    evaluated.push_back(row);
  }
  TextTable t = text_table(reading_columns(false, lang), evaluated, lang);
  // No `~` comparison: no difference to show, drop the column (an empty one without header).
  const std::string off_by = tr(lang, "Off by", "Écart");
  for (std::size_t c = 0; c < t.headers.size(); ++c)
    if (t.headers[c] == off_by &&
        std::all_of(t.rows.begin(), t.rows.end(), [c](const auto& row) { return row[c].empty(); }))
      t.headers[c].clear();
  if (!t.rows.empty()) b.tables.push_back(std::move(t));
  b.notes.push_back(
      fmt::format("{} {} / {}{}", tr(lang, "Readings evaluated:", "Lectures évaluées\u00A0:"),
                  r.checkable, r.readings.size(),
                  !r.shown ? std::string()
                           : std::string(tr(lang, "; * the reading shown above.",
                                            "\u00A0; * la lecture affichée ci-dessus."))));
  for (const auto& [msg, labelled] : reasons)
    b.notes.push_back(
        fmt::format("{} ({}){} {}", tr(lang, "Not checkable", "Non vérifiable"),
                    labelled.size() == 1
                        ? reading_label(labelled.front()->choices, lang)
                        : fmt::format("{} {}", labelled.size(), tr(lang, "readings", "lectures")),
                    tr(lang, ":", "\u00A0:"), msg));
  d.blocks.push_back(std::move(b));
}

void steps_block(Doc& d, const CheckResult& r, Lang lang, const std::string& heading) {
  Block b{heading, {}, {}, {}};
  if (const auto* f = r.figure()) {
    b.notes.push_back(fmt::format("{} {}", tr(lang, "Reading:", "Lecture\u00A0:"), f->claim));
    for (const auto& step : f->trace) b.notes.push_back(trace_line(step, lang));
  } else {
    for (const auto& o : r.readings)
      b.notes.push_back(
          fmt::format("{}{} {}", reading_label(o.choices, lang), tr(lang, ":", "\u00A0:"),
                      o.reason ? o.reason->message_in(lang == Lang::fr) : std::string()));
  }
  d.blocks.push_back(std::move(b));
}

json query_json(const service::Scope& s, bool explain, bool readings) {
  return {{"vintage", s.vintage ? json(*s.vintage) : json(nullptr)},
          {"explain", explain},
          {"readings", readings}};
}

json summary_json(const CheckFileResult& res) {
  return {{"claims", res.claims.size()},
          {"true", res.count(ClaimVerdict::true_)},
          {"false", res.count(ClaimVerdict::false_)},
          {"true_under_some_readings", res.count(ClaimVerdict::true_under_some_readings)},
          {"not_checkable", res.count(ClaimVerdict::not_checkable)},
          {"errors", res.errors()}};
}

Block summary_block(const CheckFileResult& res, TextTable table, Lang lang) {
  Block summary{"", {}, {}, {}};
  summary.facts.push_back({tr(lang, "Claims", "Affirmations"), std::to_string(res.claims.size())});
  for (ClaimVerdict v : {ClaimVerdict::true_, ClaimVerdict::true_under_some_readings,
                         ClaimVerdict::false_, ClaimVerdict::not_checkable})
    summary.facts.push_back({verdict_label(v, lang), std::to_string(res.count(v))});
  summary.tables.push_back(std::move(table));
  summary.notes.push_back(
      tr(lang,
         "Value: the figure of the reading shown (the first that holds when only some do); "
         "--explain lists every reading and the steps.",
         "Valeur\u00A0: le chiffre de la lecture affichée (la première qui tient quand seules "
         "certaines tiennent)\u00A0; --explain détaille chaque lecture et le calcul."));
  return summary;
}

void add_editions(std::vector<VintageInfo>& editions, const CheckResult& r) {
  for (const auto& ed : r.editions)
    if (std::none_of(editions.begin(), editions.end(),
                     [&](const auto& x) { return x.id == ed.id; }))
      editions.push_back(ed);
}

json error_json(const Error& e, Lang lang) {
  return {{"code", to_string(e.code)},
          {"message", e.message_in(lang == Lang::fr)},
          {"where", e.where.text()}};
}

void explain_blocks(std::vector<Block>& out, std::string heading, const CheckResult& r, Lang lang) {
  Doc tmp;
  Block b{std::move(heading), {}, {}, {}};
  verdict_facts(b, r, lang);
  tmp.blocks.push_back(std::move(b));
  readings_block(tmp, r, lang, "");
  steps_block(tmp, r, lang, "");
  for (auto& x : tmp.blocks) out.push_back(std::move(x));
}

}  // namespace fardeau::render::check_parts

namespace fardeau::render {

using namespace check_parts;  // NOLINT(google-build-using-namespace): this file defines them

namespace {

// A claims file's claims that could be read: CSV (the claim as read) and table (where: the
// line; the claim as written).
Columns<ClaimRow> file_claim_columns() {
  using R = ClaimRow;
  Columns<R> cols{vintage_column(),
                  {.id = "line",
                   .en = "Line",
                   .fr = "Ligne",
                   .value = [](const R& r) -> json { return r.claim->line.line; },
                   .cell = [](const R& r, Lang) { return std::to_string(r.claim->line.line); },
                   .machine = Machine::csv},
                  {.id = "sentence",
                   .value = [](const R& r) -> json { return r.claim->line.sentence; },
                   .machine = Machine::csv},
                  {.id = "claim",
                   .value = [](const R& r) -> json { return r.result()->claim; },
                   .machine = Machine::csv}};
  for (auto& c : figure_columns()) cols.push_back(std::move(c));
  cols.push_back(written_column());
  return cols;
}

}  // namespace

Rendered view(const CheckResult& r, Lang lang) {
  Rendered out;
  json q = query_json(r.query.scope, r.query.explain, r.query.try_readings);
  q["claim"] = r.query.claim;
  json j = envelope("check", r.vintage, q);
  claim_fields(j, r, r.query.explain, lang);
  out.json = std::move(j);

  csv_rows(out.csv, reading_columns(false, lang), reading_rows(r));

  Doc& d = out.doc;
  d.title = fmt::format("{} {}", tr(lang, "Claim:", "Affirmation\u00A0:"), r.claim);
  Block b{"", {}, {}, {}};
  verdict_facts(b, r, lang);
  d.blocks.push_back(std::move(b));
  readings_block(d, r, lang, tr(lang, "Readings", "Lectures"));
  if (r.query.explain) steps_block(d, r, lang, tr(lang, "Steps", "Étapes du calcul"));
  d.source = sources_text(r.editions, lang);
  return out;
}

Rendered view(const CheckFileResult& res, Lang lang) {
  Rendered out;
  json q = query_json(res.query.scope, res.query.explain, res.query.try_readings);
  q["file"] = res.query.source;
  json j = envelope("check", res.vintage, q);
  j["file"] = res.query.source;
  j["summary"] = summary_json(res);
  json items = json::array();

  std::vector<ClaimRow> checked;
  Block sentences{tr(lang, "Sentences checked", "Phrases vérifiées"), {}, {}, {}};
  std::vector<VintageInfo> editions;
  std::vector<Block> details;
  for (const auto& c : res.claims) {
    json e = {{"line", c.line.line},
              {"sentence", c.line.sentence.empty() ? json(nullptr) : json(c.line.sentence)}};
    if (!c.result) {
      e["claim"] = c.line.claim;
      e["verdict"] = nullptr;
      e["error"] = error_json(*c.error, lang);
      items.push_back(std::move(e));
      continue;
    }
    const CheckResult& r = *c.result;
    claim_fields(e, r, res.query.explain, lang);
    items.push_back(std::move(e));
    add_editions(editions, r);
    checked.push_back({.claim = &c});
    if (!c.line.sentence.empty())
      sentences.notes.push_back(fmt::format("{} {}{} {}", tr(lang, "Line", "Ligne"), c.line.line,
                                            tr(lang, ":", "\u00A0:"), c.line.sentence));
    if (res.query.explain)
      explain_blocks(details,
                     fmt::format("{} {}{} {}", tr(lang, "Line", "Ligne"), c.line.line,
                                 tr(lang, ":", "\u00A0:"), r.claim),
                     r, lang);
  }
  j["claims"] = items;
  out.json = std::move(j);
  const Columns<ClaimRow> columns = file_claim_columns();
  csv_rows(out.csv, columns, checked);

  Doc& d = out.doc;
  d.title = fmt::format("{} {}", tr(lang, "Claims of", "Affirmations de"), res.query.source);
  d.blocks.push_back(summary_block(res, text_table(columns, checked, lang), lang));
  if (!sentences.notes.empty()) d.blocks.push_back(std::move(sentences));
  for (auto& b : details) d.blocks.push_back(std::move(b));
  d.source = sources_text(editions, lang);
  return out;
}

}  // namespace fardeau::render

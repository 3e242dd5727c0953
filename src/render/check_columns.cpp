// The tables of `fardeau check` declared as columns (render/columns.hpp): a claim's
// readings (JSON "readings", the CSV of one claim, the readings table) and the claims of
// a file or an article (their CSV and the table of claims).
#include <cmath>

#include "render/check_parts.hpp"
#include "render/check_trace.hpp"
#include "render/check_view.hpp"
#include "render/number_format.hpp"

namespace fardeau::render::check_parts {

using json = nlohmann::ordered_json;
using service::CheckResult;
using service::ReadingOutcome;

json num_json(double v) {
  if (!std::isfinite(v)) return nullptr;
  return clean(v, std::fabs(v) >= 1e6 ? 3 : 6);
}

std::optional<double> difference_pct(const ReadingOutcome& o) {
  if (!o.checkable || !o.comparison) return std::nullopt;
  return o.comparison->difference_pct;
}

json difference_json(const ReadingOutcome& o) {
  auto d = difference_pct(o);
  return d ? json(clean(*d, 4)) : json(nullptr);
}

// "Off by" in the claim's unit when its tolerance is absolute (5.85 vs 5 ±1pp: +0.85),
// relative otherwise (41.7 bn vs 41 bn: +1.7%).
std::string difference_text(const ReadingOutcome& o, Lang lang) {
  auto d = difference_pct(o);
  if (!d) return "";
  const auto& t = o.comparison->tolerance;
  if (t && t->kind == claims::ToleranceKind::absolute) {
    std::string s = claim_value(o.value - o.compared_with, lang);
    return s[0] == '-' ? s : "+" + s;
  }
  return signed_percent(*d, 1, lang);
}

std::string join(const std::vector<std::string>& v, const char* sep) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : sep) + x;
  return s;
}

json trace_json(const std::vector<claims::TraceStep>& trace) {
  json lines = json::array();
  for (const auto& step : trace) lines.push_back(trace_line(step, Lang::en));
  return lines;
}

namespace {

const char* reading_verdict_id(const ReadingOutcome& o) {
  return !o.checkable ? "not checkable" : o.holds ? "true" : "false";
}

std::string reading_verdict(const ReadingOutcome& o, Lang lang) {
  if (!o.checkable) return tr(lang, "not checkable", "non vérifiable");
  return o.holds ? tr(lang, "true", "vraie") : tr(lang, "false", "fausse");
}

std::string reason_text(const ReadingOutcome& o, Lang lang) {
  return o.reason ? o.reason->message_in(lang == Lang::fr) : std::string();
}

}  // namespace

std::vector<ReadingRow> reading_rows(const CheckResult& r) {
  std::vector<ReadingRow> rows;
  for (std::size_t i = 0; i < r.readings.size(); ++i) rows.push_back({&r, i});
  return rows;
}

// A JSON reading names its own claim and verdict, a CSV line those of the claim and then
// the reading's: hence two "claim" and two "verdict" columns, one for each output.
Columns<ReadingRow> reading_columns(bool explain, Lang lang) {
  using R = ReadingRow;
  // A column of one machine output only: `get(row)` is its value.
  auto only = [](const char* id, Machine machine, auto get) -> Column<R> {
    return {.id = id, .value = [get](const R& r) -> json { return get(r); }, .machine = machine};
  };
  auto outcome = [](const R& r) -> const ReadingOutcome& { return r.outcome(); };
  Columns<R> cols{
      {.id = "mark",  // the reading shown above the table
       .cell = [](const R& r, Lang) { return r.shown() ? "*" : ""; },
       .align = Align::left,
       .machine = Machine::none},
      only("vintage", Machine::csv, [=](const R& r) { return join(outcome(r).vintages, ";"); }),
      only("label", Machine::json, [=](const R& r) { return outcome(r).label; }),
      only("choices", Machine::json,
           [=](const R& r) { return reading_choices_json(outcome(r).choices); }),
      only("claim", Machine::json, [=](const R& r) { return outcome(r).claim; }),
      only("claim", Machine::csv, [](const R& r) { return r.claim->claim; }),
      only("verdict", Machine::json, [=](const R& r) { return reading_verdict_id(outcome(r)); }),
      only("verdict", Machine::csv, [](const R& r) { return to_string(r.claim->verdict); }),
      {.id = "reading",
       .en = "Reading",
       .fr = "Lecture",
       .value = [](const R& r) -> json { return r.outcome().label; },
       .cell = [](const R& r, Lang l) { return reading_label(r.outcome().choices, l); },
       .align = Align::left,
       .machine = Machine::csv},
      only("reading_verdict", Machine::csv,
           [=](const R& r) { return reading_verdict_id(outcome(r)); }),
      only("shown", Machine::csv, [](const R& r) { return r.shown(); }),
      {.id = "value",
       .en = "Value",
       .fr = "Valeur",
       .value = [](const R& r) -> json { return num_json(r.outcome().value); },
       .cell = [](const R& r, Lang l) { return claim_value(r.outcome().value, l); }},
      only("compared_with", Machine::json_csv,
           [=](const R& r) { return num_json(outcome(r).compared_with); }),
      {.id = "difference_pct",
       .en = "Off by",
       .fr = "Écart",
       .value = [](const R& r) -> json { return difference_json(r.outcome()); },
       .cell = [](const R& r, Lang l) { return difference_text(r.outcome(), l); }},
      only("editions", Machine::json, [=](const R& r) { return outcome(r).vintages; }),
      only("uses_estimates", Machine::json, [=](const R& r) { return outcome(r).uses_estimates; }),
      only("reason", Machine::json_csv, [=](const R& r) {
        return outcome(r).reason ? json(reason_text(outcome(r), lang)) : json(nullptr);
      })};
  if (explain)
    cols.push_back(
        only("trace", Machine::json, [=](const R& r) { return trace_json(outcome(r).trace); }));
  cols.push_back({.id = "verdict_label",
                  .en = "Verdict",
                  .fr = "Verdict",
                  .cell = [](const R& r, Lang l) { return reading_verdict(r.outcome(), l); },
                  .align = Align::left,
                  .machine = Machine::none});
  return cols;
}

namespace {

const ReadingOutcome* figure_of(const ClaimRow& r) {
  return r.result() ? r.result()->figure() : nullptr;
}

// A plain value of the figure shown: `get(figure)`, null (empty in CSV) without one.
template <typename Get>
std::function<json(const ClaimRow&)> figure_value(Get get) {
  return [get](const ClaimRow& r) -> json {
    const auto* f = figure_of(r);
    return f ? json(get(*f)) : json(nullptr);
  };
}

// A cell of the figure shown: `text(figure, lang)`, empty without one.
template <typename Text>
std::function<std::string(const ClaimRow&, Lang)> figure_cell(Text text) {
  return [text](const ClaimRow& r, Lang l) -> std::string {
    const auto* f = figure_of(r);
    return f ? text(*f, l) : std::string();
  };
}

}  // namespace

// The figure shown, as check's file and article CSV give it, and its cells in the table
// of claims. A claim not read, or a statement with no claim, has none.
Columns<ClaimRow> figure_columns() {
  using R = ClaimRow;
  using O = ReadingOutcome;
  return {{.id = "verdict",
           .en = "Verdict",
           .fr = "Verdict",
           .value = [](const R& r) -> json {
             return r.result() ? to_string(r.result()->verdict) : std::string();
           },
           .cell = [](const R& r, Lang l) { return verdict_label(r.result()->verdict, l); },
           .align = Align::left,
           .machine = Machine::csv},
          {.id = "value",
           .en = "Value",
           .fr = "Valeur",
           .value = figure_value([](const O& f) { return num_json(f.value); }),
           .cell = figure_cell([](const O& f, Lang l) { return claim_value(f.value, l); }),
           .machine = Machine::csv},
          {.id = "compared_with",
           .en = "Compared with",
           .fr = "Comparée à",
           .value = figure_value([](const O& f) { return num_json(f.compared_with); }),
           .cell = figure_cell([](const O& f, Lang l) { return compared_text(f, l); }),
           .align = Align::left,
           .machine = Machine::csv},
          {.id = "editions",
           .en = "Edition",
           .fr = "Édition",
           .cell = figure_cell([](const O& f, Lang) {
             return f.vintages.empty() ? std::string("-") : join(f.vintages, ", ");
           }),
           .align = Align::left,
           .machine = Machine::none},
          {.id = "difference_pct",
           .value = figure_value([](const O& f) { return difference_json(f); }),
           .machine = Machine::csv},
          {.id = "reading",
           .value = [](const R& r) -> json {
             const auto* f = figure_of(r);
             return f ? f->label : std::string();
           },
           .machine = Machine::csv}};
}

Column<ClaimRow> vintage_column() {
  return {.id = "vintage",
          .value = [](const ClaimRow& r) -> json {
            const auto* f = figure_of(r);
            return f ? join(f->vintages, ";") : std::string();
          },
          .machine = Machine::csv};
}

Column<ClaimRow> written_column() {
  return {.id = "claim_written",
          .en = "Claim",
          .fr = "Affirmation",
          .cell = [](const ClaimRow& r, Lang) { return r.claim->line.claim; },
          .align = Align::left,
          .machine = Machine::none};
}

}  // namespace fardeau::render::check_parts

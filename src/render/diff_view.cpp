// `fardeau diff`: revisions between two editions.
#include <fmt/format.h>

#include "render/columns.hpp"
#include "render/json_common.hpp"
#include "render/number_format.hpp"
#include "render/store_views.hpp"

namespace fardeau::render {
namespace {

using json = nlohmann::ordered_json;
using service::DiffRow;

std::string name_of(const service::DiffRow& r, Lang lang) {
  if (r.ally) return ally_name(*r.ally, lang);
  if (r.iso3 == kNatoTotal) return tr(lang, "NATO Total", "Total OTAN");
  return tr(lang, "NATO Europe and Canada", "Europe de l'OTAN et Canada");
}
std::string status_change(const service::DiffRow& r) {
  if (!r.from_meets || !r.to_meets || *r.from_meets == *r.to_meets) return "";
  return *r.to_meets ? "now-meets" : "no-longer-meets";
}

std::string value_cell(const std::optional<Observation>& o, Lang lang) {
  return o ? number(o->value, 2, lang) + (o->estimate ? "e" : "") : missing(lang);
}

/// The columns of NATO's counting rule, when the diff compares % of GDP (JSON: only then).
void add_status_columns(Columns<DiffRow>& cols, const service::DiffResult& res) {
  const Machine machine = res.compliance ? Machine::json_csv : Machine::csv;
  auto meets = [](std::optional<bool> DiffRow::*field) {
    return
        [field](const DiffRow& r) -> json { return r.*field ? json(*(r.*field)) : json(nullptr); };
  };
  cols.push_back({.id = "from_meets", .value = meets(&DiffRow::from_meets), .machine = machine});
  cols.push_back({.id = "to_meets", .value = meets(&DiffRow::to_meets), .machine = machine});
  Column<DiffRow> change{
      .id = "status_change",
      .en = fmt::format("Status at {}", target_percent(res.query.target_pct, Lang::en)),
      .fr = fmt::format("Statut à {}", target_percent(res.query.target_pct, Lang::fr)),
      .value = [](const DiffRow& r) -> json {
        const auto sc = status_change(r);
        return sc.empty() ? json(nullptr) : json(sc);
      },
      .align = Align::left,
      .machine = machine};
  if (res.compliance)
    change.cell = [](const DiffRow& r, Lang l) -> std::string {
      const auto sc = status_change(r);
      return sc.empty()          ? ""
             : sc == "now-meets" ? tr(l, "now meets", "atteint désormais")
                                 : tr(l, "no longer meets", "n'atteint plus");
    };
  cols.push_back(std::move(change));
}

Columns<DiffRow> diff_columns(const service::DiffResult& res, Lang lang) {
  using R = DiffRow;
  const std::string from = res.from.id, to = res.to.id, indicator = res.to_indicator;
  auto estimate = [](std::optional<Observation> R::*field) {
    return [field](const R& r) -> json {
      return r.*field ? json((r.*field)->estimate) : json(nullptr);
    };
  };
  Columns<R> cols{
      {.id = "from_vintage",
       .value = [from](const R&) -> json { return from; },
       .machine = Machine::csv},
      {.id = "to_vintage", .value = [to](const R&) -> json { return to; }, .machine = Machine::csv},
      {.id = "iso3", .value = [](const R& r) -> json { return r.iso3; }},
      {.id = "name",
       .en = "Ally",
       .fr = "Allié",
       .value = [lang](const R& r) -> json { return name_of(r, lang); },
       .cell = [](const R& r, Lang l) { return name_of(r, l); },
       .align = Align::left},
      {.id = "year",
       .en = "Year",
       .fr = "Année",
       .value = [](const R& r) -> json { return r.year; },
       .cell = [](const R& r, Lang) { return std::to_string(r.year); }},
      {.id = "indicator",
       .value = [indicator](const R&) -> json { return indicator; },
       .machine = Machine::csv},
      {.id = "status", .value = [](const R& r) -> json { return service::to_string(r.status); }},
      {.id = "from_value",
       .en = from,
       .fr = from,
       .value = [](const R& r) -> json { return r.from ? json(r.from->value) : json(nullptr); },
       .cell = [](const R& r, Lang l) { return value_cell(r.from, l); }},
      {.id = "to_value",
       .en = to,
       .fr = to,
       .value = [](const R& r) -> json { return r.to ? json(r.to->value) : json(nullptr); },
       .cell = [](const R& r, Lang l) { return value_cell(r.to, l); }},
      {.id = "change",
       .en = "Change",
       .fr = "Écart",
       .value = [](const R& r) { return opt(r.change, 10); },
       .cell = [](const R& r, Lang l) { return r.change ? number(*r.change, 2, l) : ""; }},
      {.id = "change_pct",
       .en = "Change %",
       .fr = "Écart %",
       .value = [](const R& r) { return opt(r.change_pct, 6); },
       .cell = [](const R& r,
                  Lang l) { return r.change_pct ? signed_percent(*r.change_pct, 1, l) : ""; }},
      {.cell = [](const R& r, Lang l) -> std::string {
         if (r.status == service::DiffStatus::revised) return "";
         return r.status == service::DiffStatus::added ? tr(l, "added", "ajouté")
                                                       : tr(l, "dropped", "retiré");
       },
       .align = Align::left,
       .machine = Machine::none},
      {.id = "from_estimate", .value = estimate(&R::from)},
      {.id = "to_estimate", .value = estimate(&R::to)}};
  add_status_columns(cols, res);
  return cols;
}

json diff_json(const service::DiffResult& res) {
  const auto& q = res.query;
  json query = {{"from", q.from},
                {"to", q.to},
                {"indicator", q.indicator},
                {"year", q.year ? json(*q.year) : json(nullptr)},
                {"min_change", q.min_change}};
  if (res.compliance) query["target_pct"] = q.target_pct;
  json j = envelope("diff", res.to, query);
  j["from"] = vintage_json(res.from);
  j["to"] = vintage_json(res.to);
  j["from_indicator"] = res.from_indicator;
  j["to_indicator"] = res.to_indicator;
  j["unit"] = res.unit;
  j["first_year"] = res.first_year;
  j["last_year"] = res.last_year;
  j["compared"] = res.compared;
  j["revised"] = res.revised;
  j["added"] = res.added;
  j["dropped"] = res.dropped;
  if (res.compliance) j["status_changes"] = res.status_changes;
  return j;
}

}  // namespace

Rendered view(const service::DiffResult& res, Lang lang) {
  const auto cols = diff_columns(res, lang);
  Rendered out = table_view(diff_json(res), "rows", cols, res.rows);

  Doc& d = out.doc;
  d.title = fmt::format("{}{} {} → {} ({})", tr(lang, "Revisions", "Révisions"), colon(lang),
                        res.from.id, res.to.id, res.to_indicator);
  Block b{"", {}, {}, {}};
  b.facts.push_back(
      {tr(lang, "Years", "Années"), res.first_year == res.last_year
                                        ? std::to_string(res.first_year)
                                        : fmt::format("{}-{}", res.first_year, res.last_year)});
  b.facts.push_back(
      {tr(lang, "Values compared", "Valeurs comparées"), std::to_string(res.compared)});
  b.facts.push_back({tr(lang, "Revised", "Révisées"), std::to_string(res.revised)});
  b.facts.push_back({tr(lang, "Added / dropped", "Ajoutées / retirées"),
                     fmt::format("{} / {}", res.added, res.dropped)});
  if (res.compliance)
    b.facts.push_back({tr(lang, "Changes of status", "Changements de statut"),
                       std::to_string(res.status_changes)});
  if (!res.rows.empty())
    b.tables.push_back(text_table(cols, res.rows, lang));
  else
    b.notes.push_back(tr(lang, "No revision.", "Aucune révision."));
  if (res.compliance)
    b.notes.push_back(
        tr(lang,
           "Status: value rounded to two decimals at or above the target (NATO's counting rule).",
           "Statut : valeur arrondie à deux décimales égale ou supérieure à la cible (règle de "
           "l'OTAN)."));
  d.blocks.push_back(std::move(b));
  d.source = source_line(res.from, lang) + "\n" + source_line(res.to, lang);
  return out;
}

}  // namespace fardeau::render

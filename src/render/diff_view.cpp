// `fardeau diff`: revisions between two editions.
#include <fmt/format.h>

#include "render/json_common.hpp"
#include "render/number_format.hpp"
#include "render/store_views.hpp"

namespace fardeau::render {
namespace {
std::string name_of(const service::DiffRow& r, Lang lang) {
  if (r.ally) return ally_name(*r.ally, lang);
  if (r.iso3 == kNatoTotal) return tr(lang, "NATO Total", "Total OTAN");
  return tr(lang, "NATO Europe and Canada", "Europe de l'OTAN et Canada");
}
std::string status_change(const service::DiffRow& r) {
  if (!r.from_meets || !r.to_meets || *r.from_meets == *r.to_meets) return "";
  return *r.to_meets ? "now-meets" : "no-longer-meets";
}
}  // namespace

Rendered view(const service::DiffResult& res, Lang lang) {
  using json = nlohmann::ordered_json;
  const auto& q = res.query;
  Rendered out;
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
  json rows = json::array();
  out.csv.headers = {"from_vintage", "to_vintage", "iso3",       "name",
                     "year",         "indicator",  "status",     "from_value",
                     "to_value",     "change",     "change_pct", "from_estimate",
                     "to_estimate",  "from_meets", "to_meets",   "status_change"};
  TextTable t{{tr(lang, "Ally", "Allié"), tr(lang, "Year", "Année"), res.from.id, res.to.id,
               tr(lang, "Change", "Écart"), tr(lang, "Change %", "Écart %"), ""},
              {false, true, true, true, true, true, false},
              {}};
  if (res.compliance) {
    t.headers.push_back(fmt::format("{} {}", tr(lang, "Status at", "Statut à"),
                                    target_percent(q.target_pct, lang)));
    t.right_align.push_back(false);
  }
  auto b01 = [](const std::optional<bool>& b) {
    return b ? std::string(*b ? "1" : "0") : std::string();
  };
  for (const auto& r : res.rows) {
    json row = {{"iso3", r.iso3},
                {"name", name_of(r, lang)},
                {"year", r.year},
                {"status", service::to_string(r.status)},
                {"from_value", r.from ? json(r.from->value) : json(nullptr)},
                {"to_value", r.to ? json(r.to->value) : json(nullptr)},
                {"change", opt(r.change, 10)},
                {"change_pct", opt(r.change_pct, 6)},
                {"from_estimate", r.from ? json(r.from->estimate) : json(nullptr)},
                {"to_estimate", r.to ? json(r.to->estimate) : json(nullptr)}};
    if (res.compliance) {
      row["from_meets"] = r.from_meets ? json(*r.from_meets) : json(nullptr);
      row["to_meets"] = r.to_meets ? json(*r.to_meets) : json(nullptr);
      row["status_change"] = status_change(r).empty() ? json(nullptr) : json(status_change(r));
    }
    rows.push_back(std::move(row));
    auto val = [&](const std::optional<Observation>& o) {
      return o ? number(o->value, 2, lang) + (o->estimate ? "e" : "") : missing(lang);
    };
    std::vector<std::string> cells{
        name_of(r, lang),
        std::to_string(r.year),
        val(r.from),
        val(r.to),
        r.change ? number(*r.change, 2, lang) : "",
        r.change_pct ? signed_percent(*r.change_pct, 1, lang) : "",
        r.status == service::DiffStatus::revised
            ? ""
            : (r.status == service::DiffStatus::added ? tr(lang, "added", "ajouté")
                                                      : tr(lang, "dropped", "retiré"))};
    if (res.compliance) {
      auto sc = status_change(r);
      cells.push_back(sc.empty()          ? ""
                      : sc == "now-meets" ? tr(lang, "now meets", "atteint désormais")
                                          : tr(lang, "no longer meets", "n'atteint plus"));
    }
    t.rows.push_back(std::move(cells));
    out.csv.rows.push_back(
        {res.from.id, res.to.id, r.iso3, name_of(r, lang), std::to_string(r.year), res.to_indicator,
         service::to_string(r.status), r.from ? csv_number(r.from->value) : "",
         r.to ? csv_number(r.to->value) : "", r.change ? csv_number(clean(*r.change, 10)) : "",
         r.change_pct ? csv_number(clean(*r.change_pct, 6)) : "",
         r.from ? (r.from->estimate ? "1" : "0") : "", r.to ? (r.to->estimate ? "1" : "0") : "",
         b01(r.from_meets), b01(r.to_meets), status_change(r)});
  }
  j["rows"] = rows;
  out.json = std::move(j);

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
    b.tables.push_back(std::move(t));
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

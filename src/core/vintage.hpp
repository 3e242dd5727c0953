// Vintages: one edition of one source, with its definition, price basis and date.
// A Dataset is a vintage's metadata plus its panel; it is never edited in place.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/indicator.hpp"
#include "core/panel.hpp"

namespace fardeau {

struct VintageInfo {
  std::string id;                  ///< "nato-2026"
  std::string family;              ///< "nato", "sipri", "wdi", or the family of an import
  std::string publisher;           ///< "NATO Public Diplomacy Division"
  std::string title;               ///< publication title
  std::string source_id;           ///< source id in the data files ("NATO_DEF_INV_2026")
  std::string published;           ///< publication date, YYYY-MM or YYYY-MM-DD
  std::string cutoff;              ///< data cut-off date, empty when not stated
  std::string definition;          ///< what "defence expenditure" means in this edition
  std::string price_basis;         ///< "constant 2021 prices and exchange rates"
  int base_year = 0;               ///< base year of constant prices, 0 when none
  std::vector<std::string> files;  ///< data files (long CSV layout) making the panel
  std::vector<MeasureBinding> measures;
  bool builtin = true;
  std::string notes;  ///< caveats a user must see (e.g. "% of GDP only")

  const MeasureBinding* binding(Measure m) const;
  /// One line: "NATO, Defence Investment of NATO Countries (2014-2026), July 2026 edition
  /// [nato-2026]".
  std::string citation() const;
};

/// The default vintage: the latest NATO edition (an id of data/reference/vintages.csv, the
/// catalogue of built-in editions that io/vintage_catalogue.hpp reads).
constexpr std::string_view kDefaultVintage = "nato-2026";
/// Aggregate rows NATO publishes.
constexpr std::string_view kNatoTotal = "NATO_TOTAL";
constexpr std::string_view kNatoEuropeCanada = "NATO_EUR_CAN";

class Dataset {
 public:
  Dataset(VintageInfo info, Panel panel) : info_(std::move(info)), panel_(std::move(panel)) {}

  const VintageInfo& info() const { return info_; }
  const Panel& panel() const { return panel_; }

  bool has(Measure m) const;
  /// A measure for an entity and year through the vintage's binding (derived measures
  /// carry the estimate flag of either input).
  std::optional<Observation> get(std::string_view entity, Measure m, int year) const;
  /// First and last year the vintage covers for a measure ({0,0} if it does not).
  std::pair<int, int> years(Measure m) const;
  /// First and last year of any defence-expenditure measure: the vintage's span.
  std::pair<int, int> span() const;
  /// The last year the vintage covers (estimates included): the default year of a report.
  int latest_year() const;

 private:
  VintageInfo info_;
  Panel panel_;
};

using DatasetPtr = std::shared_ptr<const Dataset>;

}  // namespace fardeau

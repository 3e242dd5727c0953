// What the evaluator needs from the data, and nothing more. The service layer implements
// it over the embedded vintages; tests implement it over a handful of published figures.
// Values come in the unit of the core Measure; the claim language converts them
// (function_table.hpp: million USD -> USD).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/group.hpp"
#include "core/indicator.hpp"
#include "core/panel.hpp"

namespace fardeau::claims {

class DataContext {
 public:
  virtual ~DataContext() = default;

  /// The value of `measure` for one ally (ISO3, upper case) in `year`, as `vintage`
  /// publishes it, in the measure's own unit (million USD for *_m, % for *_pct).
  /// Errors, with a message the user can act on (the evaluator adds the column):
  ///   not_found        unknown ally or vintage;
  ///   out_of_coverage  year outside the years the vintage covers (say which it covers;
  ///                    invalid_argument is read the same way);
  ///   unavailable      the vintage publishes nothing for this ally and measure (Iceland,
  ///                    % of GDP only editions): group sums and counts skip such allies
  ///                    and list them in the explanation; a direct request fails.
  virtual Result<Observation> value(Measure measure, std::string_view ally, int year,
                                    std::string_view vintage) const = 0;

  /// ISO3 codes of the allies of a built-in group (nato, europe-canada, european-allies,
  /// eu) in `year`: members that year (as_of) or today's members (current). Allies with
  /// no armed forces are included; value() says they are unavailable.
  virtual Result<std::vector<std::string>> members(std::string_view group, int year,
                                                   Membership membership) const = 0;

  /// The vintage a claim uses when it names none: the latest NATO edition.
  virtual Result<std::string> default_vintage() const = 0;

  /// Every vintage a claim may name with @, newest first; also the vintages the
  /// readings try when a claim does not pin one.
  virtual std::vector<std::string> vintages() const = 0;
};

}  // namespace fardeau::claims

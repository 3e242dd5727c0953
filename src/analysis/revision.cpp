#include "analysis/revision.hpp"

#include <cmath>

#include "analysis/change.hpp"
#include "core/target_rule.hpp"

namespace fardeau::analysis {

std::optional<Revision> revise(std::optional<double> from, std::optional<double> to,
                               double min_change, std::optional<double> target_pct) {
  if (!from && !to) return std::nullopt;
  Revision r;
  if (target_pct) {
    if (from) r.from_meets = meets_target(*from, *target_pct);
    if (to) r.to_meets = meets_target(*to, *target_pct);
  }
  if (from && to) {
    const double change = level_change(*from, *to);
    if (change == 0 || (std::fabs(change) < min_change && !r.status_change())) return std::nullopt;
    r.change = change;
    r.change_pct = difference_pct(*to, *from);
  } else {
    r.status = from ? RevisionStatus::dropped : RevisionStatus::added;
  }
  return r;
}

}  // namespace fardeau::analysis

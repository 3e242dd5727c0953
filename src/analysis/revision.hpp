// Revisions between two editions of one value (an ally-year): NATO restates its whole
// history every year, so the same ally-year can carry another value in the next edition,
// and an ally can cross the 2% line by revision alone. service/diff resolves the editions,
// indicators and years, then calls revise() on each ally-year.
#pragma once
#include <optional>

namespace fardeau::analysis {

enum class RevisionStatus { revised, added, dropped };

struct Revision {
  RevisionStatus status = RevisionStatus::revised;
  std::optional<double> change;      ///< to - from
  std::optional<double> change_pct;  ///< relative change, % of |from|
  /// When a target is given: whether the value meets it in each edition (NATO's rule).
  std::optional<bool> from_meets, to_meets;
  bool status_change() const { return from_meets && to_meets && *from_meets != *to_meets; }
};

/// What changed from `from` to `to` (either absent: added or dropped). nullopt when both
/// are absent, or when the value did not move by `min_change` or more (a change of status
/// at `target_pct` is always reported, however small).
std::optional<Revision> revise(std::optional<double> from, std::optional<double> to,
                               double min_change, std::optional<double> target_pct);

}  // namespace fardeau::analysis

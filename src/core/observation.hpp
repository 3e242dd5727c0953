// One published value of a panel, with the publisher's flags.
#pragma once

namespace fardeau {

/// One published value. `estimate` is the publisher's "e" flag (NATO); SIPRI and WDI
/// publish no flag, so it is false there. `footnote` is NATO's '*' on the ally's label
/// ("These Allies have national laws or political agreements which call for 2% of GDP or
/// more to be spent on defence annually...").
struct Observation {
  double value = 0.0;
  bool estimate = false;
  bool footnote = false;
};

}  // namespace fardeau

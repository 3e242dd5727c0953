// Numbers for people, one formatter a language for the whole program: the views' tables
// (render/) and the claims' traces and messages (claims/ may use only core).
// en: 1,506.1; fr: 1 506,1 with a narrow no-break space, as in French typography.
#pragma once
#include <string>

#include "core/lang.hpp"

namespace fardeau {

/// `value` with `decimals` decimals, grouped by thousands; never "-0.0".
std::string number(double value, int decimals, Lang lang);

/// Where a figure of any size is written, which sets how it reads.
enum class FigureStyle {
  /// A claim's evaluation steps and messages. English stays plain ASCII and ungrouped
  /// ("41.712 bn", "1.019 tn", "250000", "2.14159"); French groups and says milliards
  /// ("41,712 Md", "250 000", six significant digits).
  trace,
  /// A claim's value in a table: "41.712 bn" / "41,712 Md", "12.345 M", grouped whole
  /// numbers, four decimals without trailing zeros beyond two ("3.30", "59.8765").
  reading,
};

/// A figure scaled to millions, billions (and, in English traces, trillions).
std::string figure(double value, Lang lang, FigureStyle style);

}  // namespace fardeau

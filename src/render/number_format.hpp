// Numbers for people in the views: percentages, billions of dollars, yes/no, built on the
// one number formatter a language (core/number_format.hpp: number, figure).
#pragma once
#include <optional>
#include <string>

#include "core/number_format.hpp"
#include "render/format.hpp"

namespace fardeau::render {

/// A percentage: "2.02%" / "2,02 %".
std::string percent(double value_pct, int decimals, Lang lang);
/// Million US$ shown in billions: "$1,482.9 bn" / "1 482,9 Md$".
std::string usd_bn(double usd_m, Lang lang);
/// A target as the user gave it, without trailing zeros: "3.5%" / "3,5 %".
std::string target_percent(double value_pct, Lang lang);
/// Signed change in percent: "+3.4%" / "+3,4 %".
std::string signed_percent(double value_pct, int decimals, Lang lang);
/// "n/a" / "n.d." for a missing value.
std::string missing(Lang lang);
/// "yes"/"no", "oui"/"non".
std::string yes_no(bool b, Lang lang);

/// Round for JSON: computed values without binary noise (e.g. 41707.000000000004).
double clean(double value, int decimals);

}  // namespace fardeau::render

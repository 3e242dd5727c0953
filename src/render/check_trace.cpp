#include "render/check_trace.hpp"

#include <algorithm>
#include <cmath>
#include <type_traits>

#include <fmt/format.h>

#include "claims/evaluator.hpp"
#include "render/number_format.hpp"

namespace fardeau::render {
namespace {

using namespace claims;

std::string join(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : ", ") + x;
  return s;
}

/// "vrai" / "faux": a condition's value (the verdict line says VRAIE of the claim).
const char* truth(bool b, Lang lang) {
  return b ? tr(lang, "true", "vrai") : tr(lang, "false", "faux");
}

/// "; " in English, "\u00A0; " in French typography.
const char* semicolon(Lang lang) { return tr(lang, "; ", "\u00A0; "); }

struct Line {
  Lang lang;

  std::string v(double x) const { return trace_value(x, lang); }

  std::string operator()(const VintageStep& s) const {
    const char* why = s.why == VintageStep::Why::named
                          ? tr(lang, "named by the claim", "nommée par l'affirmation")
                      : s.why == VintageStep::Why::reading
                          ? tr(lang, "this reading", "cette lecture")
                          : tr(lang, "default", "par défaut");
    return fmt::format("{} {} ({})", tr(lang, "vintage", "édition"), s.id, why);
  }
  std::string operator()(const AggregateStep& s) const {
    std::string skipped;
    if (!s.skipped.empty())
      skipped = fmt::format("{}{}{} {}", semicolon(lang), tr(lang, "not published", "non publiés"),
                            colon(lang), join(s.skipped));
    return fmt::format("  {}[{}:{}, {}] = {} ({} {} {} {} {}{}{}{})", s.indicator, s.group,
                       to_string(s.membership), s.year, v(s.total),
                       tr(lang, "sum over", "somme sur"), s.reporting, tr(lang, "of", "des"),
                       s.members, tr(lang, "allies", "alliés"), skipped, semicolon(lang),
                       s.vintage);
  }
  std::string operator()(const ValueStep& s) const {
    return fmt::format("  {}[{}, {}] = {} ({})", s.indicator, s.ally, s.year, v(s.value),
                       s.vintage);
  }
  std::string operator()(const MeanStep& s) const {
    return fmt::format("  {} = {} ({} {} {})", s.source, v(s.mean),
                       tr(lang, "mean over", "moyenne sur"), s.allies,
                       tr(lang, "allies", "alliés"));
  }
  std::string operator()(const MembersStep& s) const {
    return fmt::format("  members({}, {}:{}) = {}", s.year, s.group, to_string(s.membership),
                       s.count);
  }
  std::string operator()(const CountStep& s) const {
    std::string out = fmt::format(
        "  {} {}:{} {} {} ({} {}){} {} {}", tr(lang, "count over", "décompte sur"), s.group,
        to_string(s.membership), tr(lang, "in", "en"), s.year, s.allies,
        tr(lang, "allies", "alliés"), colon(lang), s.holding.size(),
        s.holding.size() > 1 ? tr(lang, "hold", "vérifient") : tr(lang, "hold", "vérifie"));
    if (!s.holding.empty()) out += " (" + join(s.holding) + ")";
    if (!s.skipped.empty())
      out += fmt::format("{}{}{} {}", semicolon(lang),
                         tr(lang, "not published, skipped", "non publiés, ignorés"), colon(lang),
                         join(s.skipped));
    return out;
  }
  std::string operator()(const ShareStep& s) const {
    return fmt::format("  {} {} = 100 * {} / {} = {} %", tr(lang, "share of", "part de"), s.ally,
                       v(s.value), v(s.total), v(s.share_pct));
  }
  std::string operator()(const ChangeStep& s) const {
    if (s.percent)
      return fmt::format("  {} = 100 * (x({}) / x({}) - 1) = {} %", s.source, s.to, s.from,
                         v(s.value));
    return fmt::format("  {} = x({}) - x({}) = {}", s.source, s.to, s.from, v(s.value));
  }
  std::string operator()(const CumulativeStep& s) const {
    std::string terms;
    for (const auto& t : s.terms)
      terms += fmt::format("{}({} - {}{} {})", terms.empty() ? "" : " + ", t.year, s.base_year,
                           colon(lang), v(t.difference));
    return fmt::format("  {} = {} = {}", s.source, terms, v(s.total));
  }
  std::string operator()(const TrendStep& s) const {
    const char* direction = s.slope > 0   ? tr(lang, "up", "hausse")
                            : s.slope < 0 ? tr(lang, "down", "baisse")
                                          : tr(lang, "flat", "stable");
    return fmt::format("  {} = {} {} ({} {} {}{} {})", s.source, v(s.slope),
                       tr(lang, "per year", "par an"),
                       tr(lang, "least-squares slope over", "pente des moindres carrés sur"),
                       s.years, tr(lang, "years", "ans"), colon(lang), direction);
  }
  std::string operator()(const LogicStep& s) const {
    return fmt::format("{} {} {} -> {}", truth(s.lhs, lang), to_symbol(s.op), truth(s.rhs, lang),
                       truth(s.holds, lang));
  }
  std::string operator()(const MeetsStep& s) const {
    const std::string rounded = number(s.rounded_pct, 2, lang);
    return fmt::format(
        "  meets({}, {}, {}){} pct_gdp {} {} {} -> {}", s.ally, s.year, v(s.target_pct),
        colon(lang), v(s.value_pct), tr(lang, "rounds to", "arrondi à"), rounded,
        s.meets ? tr(lang, "meets", "atteint") : tr(lang, "does not meet", "n'atteint pas"));
  }
  std::string operator()(const CompareStep& s) const {
    std::string band;
    if (s.band) {
      const auto& b = *s.band;
      std::string rel;
      if (b.relative)
        rel = fmt::format(", {}{}% {} {}", b.is_default ? tr(lang, "default ", "par défaut ") : "",
                          lang == Lang::fr ? v(b.amount) + "\u202F" : v(b.amount),
                          tr(lang, "of", "de"), v(b.of));
      band = fmt::format(" (|{}| {} {} {}{})", tr(lang, "difference", "écart"), v(b.difference),
                         s.holds ? "<=" : ">", v(b.band), rel);
    }
    return fmt::format("{}{} {} {} {}{} -> {}", s.source, colon(lang), v(s.left), to_symbol(s.op),
                       v(s.right), band, truth(s.holds, lang));
  }
  std::string operator()(const ResultStep& s) const {
    return s.holds ? tr(lang, "claim is TRUE", "l'affirmation est VRAIE")
                   : tr(lang, "claim is FALSE", "l'affirmation est FAUSSE");
  }
};

}  // namespace

std::string trace_value(double v, Lang lang) { return figure(v, lang, FigureStyle::trace); }

std::string trace_line(const claims::TraceStep& step, Lang lang) {
  return std::visit(Line{lang}, step);
}

}  // namespace fardeau::render

// The steps of `fardeau check --explain`, one line each, in English or French. JSON keeps
// the English lines (like every JSON field, they do not follow --lang).
#pragma once
#include <string>

#include "claims/trace.hpp"
#include "render/format.hpp"

namespace fardeau::render {

/// One step as a line: "  share of USA = 100 * 684.000 bn / 1.019 tn = 67.1 %" /
/// "  part de USA = 100 * 684,000 Md / 1019,000 Md = 67,1 %".
std::string trace_line(const claims::TraceStep& step, Lang lang);

/// A value as a step writes it (core/number_format.hpp, FigureStyle::trace): "41.712 bn", "2.14";
/// in French, a decimal comma and milliards ("41,712 Md"; "1019,000 Md", not "tn").
std::string trace_value(double v, Lang lang);

}  // namespace fardeau::render

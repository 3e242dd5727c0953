// Output formats and languages. Formats are peers rendered from the same typed result.
#pragma once
#include <string_view>

#include "core/error.hpp"
#include "core/lang.hpp"

namespace fardeau::render {

enum class Format { table, csv, json, md };
/// NATO's two official languages (core/lang.hpp). Labels and number formats follow the
/// language in table and Markdown output; JSON and CSV keep stable ids and plain numbers.
using fardeau::Lang;

Result<Format> parse_format(std::string_view s);
Result<Lang> parse_lang(std::string_view s);
const char* to_string(Format f);
const char* to_string(Lang l);

/// The English or French text.
inline const char* tr(Lang lang, const char* en, const char* fr) {
  return lang == Lang::fr ? fr : en;
}

/// ":" in English, "\u00A0:" in French typography (a no-break space before the colon).
inline const char* colon(Lang lang) { return tr(lang, ":", "\u00A0:"); }

}  // namespace fardeau::render

// Extraction (docs/extract.md): the quantitative statements of an article about burden
// sharing, each with its sentence, where it is, the claims it makes in the claim language
// (docs/claims.md; every one parses) and what had to be inferred to write them (the year
// from the article's date, the group, the base year, the price basis). Statements that
// are recognised but cannot be checked (aims, forecasts) are listed with the reason.
// Deterministic: a pattern grammar over the lexicon of data/extract/lexicon.tsv.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "extract/lang.hpp"
#include "extract/text.hpp"

namespace fardeau::extract {

struct ExtractOptions {
  std::string lang = "auto";  ///< en, fr or auto (guessed from the text)
  /// The article's date, "YYYY-MM"; empty: from a first line "date YYYY-MM", else none
  /// (then a statement that needs the year of the article is not checkable).
  std::string date;
  /// The year an aim is checked against ("so that US spending falls"): the last full year
  /// of the data, set by the caller; 0 = such aims are not checkable.
  int outcome_year = 0;
};

struct ExtractedClaim {
  std::string claim;    ///< in the claim language; parses with claims::parse
  std::string pattern;  ///< the rule that wrote it: count, amount, trend, target, us-figure,
                        ///< pct-gdp, us-share, aim
  /// The readings the checker will try (claims::readings, editions aside): "as written" or
  /// e.g. "base year 2016, cumulative over the base year, constant prices, as-of membership".
  std::vector<std::string> readings;
  /// What this claim assumed rather than read: "year 2018 from the article date", ...
  std::vector<std::string> inferred;
};

struct Statement {
  Sentence sentence;
  std::vector<ExtractedClaim> claims;  ///< empty when not checkable
  std::vector<std::string> inferred;   ///< the claims' inferred notes, each once, in order
  std::string reason;                  ///< why it is not checkable; empty when it is
  std::vector<std::string> matched;    ///< the lexicon phrases the rules used, in order
};

struct Extraction {
  Lang lang = Lang::fr;
  bool lang_guessed = false;
  std::string date;  ///< "YYYY-MM" or empty
  std::size_t sentences = 0;
  std::vector<Statement> statements;   ///< with claims
  std::vector<Statement> uncheckable;  ///< recognised, no claim (reason set)
};

/// Extract from a text. Errors: invalid UTF-8 or binary data (parse_error, "byte N"), a
/// text over kMaxTextBytes (limit_exceeded), a bad --lang or --date (invalid_argument).
Result<Extraction> extract(std::string_view text, const ExtractOptions& options);

/// What is wrong with the embedded lexicon, one "lexicon.tsv:LINE: why" each (wrong field
/// count, unknown kind or lang, empty phrase); such lines are left out. Empty when it is sound.
std::vector<std::string> lexicon_problems();

}  // namespace fardeau::extract

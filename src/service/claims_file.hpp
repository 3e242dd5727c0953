// The claims file of `fardeau check --file`: one claim a line, with the sentence it
// checks (docs/claims.md, section 12):
//
//   # a comment line
//   > « une réunion extraordinaire entre les 29 Etats membres »
//   members(2018) = 29
//   pct_gdp[USA, 2018] ~ 4 ±0.2   # « que ce chiffre passe à 4% »
//
// A line starting with `>` is the original sentence of the next claim (several such
// lines join with a space). After a claim, `#` starts a comment; a comment that starts
// with a quotation mark (" « “) is the claim's sentence. Blank lines are ignored.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace fardeau::service {

/// Largest claims file accepted, in bytes, and most claims in one file.
inline constexpr std::size_t kMaxClaimsFileBytes = 1 << 20;
inline constexpr std::size_t kMaxClaimsPerFile = 10000;

struct ClaimLine {
  int line = 0;            ///< 1-based line of the claim
  std::size_t column = 1;  ///< 1-based column (characters) where the claim starts
  std::string claim;       ///< the claim text, comment removed
  std::string sentence;    ///< the original sentence, verbatim, or empty
  int sentence_line = 0;   ///< line of the first `>` line or of the quoted comment; 0 if none
};

/// The claims of a file. Errors (where = "SOURCE:LINE:COL"): a `>` sentence with no claim
/// after it, a file over the limits, a file with no claim.
Result<std::vector<ClaimLine>> parse_claims_file(std::string_view text, std::string_view source);

/// "SOURCE:LINE:COL" of a claim's error, from the claim's own "column N" (or the claim's
/// first column when the error has none).
Location file_location(std::string_view source, const ClaimLine& c, const Error& e);

}  // namespace fardeau::service

// The rules of extraction (docs/extract.md, step 6): from the lexicon matches and the
// quantities of one sentence, the claims it makes, each with what had to be inferred to
// write it, or why it cannot be checked. Internal to src/extract.
#pragma once
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "extract/lexicon.hpp"
#include "extract/quantity.hpp"

namespace fardeau::extract {

/// What a sentence holds: its lexicon matches and quantities, on its normalised text.
struct Facts {
  std::vector<Match> matches;
  std::vector<Quantity> qs;

  const Match* find(const char* kind, std::size_t from = 0,
                    std::size_t to = std::string::npos) const;
  const Match* find_value(const char* kind, const char* value) const;
  /// The qualifier right before a quantity (within 3 bytes of it): > >= < ~, or "".
  std::string op_before(const Quantity& q) const;
  /// The match of a kind that ends right before a quantity (within `gap` bytes), if any.
  const Match* just_before(const Quantity& q, const char* kind, std::size_t gap = 2) const;
  /// The match of a kind that starts right after a quantity (within 1 byte), if any.
  const Match* just_after(const Quantity& q, const char* kind) const;
};

/// What the sentences before this one said: the article's years, the group last named.
struct Context {
  Lang lang = Lang::fr;
  int article_year = 0;
  int outcome_year = 0;
  std::string last_group;     ///< the group of the previous sentence with one
  bool last_pct_gdp = false;  ///< the previous sentence spoke of % of GDP
};

struct DraftClaim {
  std::string pattern;  ///< the rule: count, amount, trend, target, us-figure, pct-gdp, ...
  std::string claim;
  std::vector<std::string> inferred;  ///< what this claim assumed, in order
};

struct Draft {
  std::vector<DraftClaim> claims;
  std::string reason;  ///< why a recognised statement is not checkable
};

/// The claims of one normalised sentence `s`. `next_group`: the first group of the next
/// sentence of the paragraph (a group named after its statement).
Draft analyse(const std::string& s, const Facts& f, Context& ctx, const std::string& next_group);

}  // namespace fardeau::extract

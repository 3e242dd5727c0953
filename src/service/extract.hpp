// `fardeau extract` and `fardeau check --article`: the statements of an article
// (extract/extract.hpp) and their verdicts, each claim checked like a claims file's.
#pragma once
#include <cstddef>
#include <string>

#include "core/error.hpp"
#include "extract/extract.hpp"
#include "service/check.hpp"
#include "service/engine.hpp"

namespace fardeau::service {

struct ExtractQuery {
  std::string text;           ///< the article
  std::string source;         ///< its name in messages ("-" for standard input)
  std::string lang = "auto";  ///< en, fr, auto
  std::string date;           ///< YYYY-MM; empty: the article's "date" line
};

struct ExtractResult {
  ExtractQuery query;  ///< text cleared
  int outcome_year = 0;
  extract::Extraction extraction;
};

/// The last full year of the default edition: the year before it was published. Aims
/// ("so that US spending falls") are checked against it.
int outcome_year(const Engine& engine);

Result<ExtractResult> extract_article(const Engine& engine, const ExtractQuery& q);

/// The claims file an extraction makes: each claim after its sentence ("> ...").
std::string claims_file_text(const extract::Extraction& x);

struct CheckArticleResult {
  ExtractResult extracted;
  CheckFileResult checked;  ///< one claim per extracted claim, in order
  /// The statement the i-th checked claim was extracted from (i < checked.claims.size()).
  const extract::Statement& statement_of(std::size_t claim) const;
};

/// Extract, then check every claim as check_file does (readings, editions, --explain).
Result<CheckArticleResult> check_article(const Engine& engine, const ExtractQuery& q,
                                         const Scope& scope, bool explain, bool try_readings);

/// `fardeau check --article`'s query as one value (the HTTP route's).
struct CheckArticleQuery {
  ExtractQuery article;
  Scope scope;
  bool explain = false;
  bool try_readings = true;
};
Result<CheckArticleResult> check_article(const Engine& engine, const CheckArticleQuery& q);

}  // namespace fardeau::service

// libFuzzer target: the sentence splitter and the extractor (docs/extract.md). Any input
// either fails UTF-8 validation with a byte offset inside it, or extracts; every claim
// written parses, and every span lies inside the text, in order.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "claims/parser.hpp"
#include "extract/extract.hpp"
#include "extract/text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  using namespace fardeau;
  if (!extract::validate_utf8(text).ok()) {
    auto r = extract::extract(text, {});
    if (r.ok() || r.error().code != ErrorCode::parse_error) std::abort();
    return 0;
  }
  std::size_t last = 0;
  for (const auto& s : extract::split_sentences(text)) {
    if (s.span.begin < last || s.span.end > size || s.span.begin >= s.span.end) std::abort();
    last = s.span.end;
  }
  for (const char* lang : {"fr", "en"}) {
    extract::ExtractOptions o;
    o.lang = lang;
    o.date = "2018-07";
    o.outcome_year = 2025;
    auto r = extract::extract(text, o);
    if (!r) {
      // Only a malformed "date" first line may be refused.
      if (r.error().code != ErrorCode::parse_error) std::abort();
      continue;
    }
    for (const auto& st : r->statements) {
      if (st.sentence.span.end > size) std::abort();
      for (const auto& c : st.claims)
        if (!claims::parse(c.claim).ok()) std::abort();
    }
  }
  return 0;
}

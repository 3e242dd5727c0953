#include "service/claims_file.hpp"

#include <fmt/format.h>

#include "claims/diagnostic.hpp"

namespace fardeau::service {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && (is_blank(s.back()) || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// A comment that is a quotation: ", «, “ (U+201C) or „ (U+201E).
bool is_quotation(std::string_view s) {
  return s.starts_with("\"") || s.starts_with("\u00AB") || s.starts_with("\u201C") ||
         s.starts_with("\u201E");
}

}  // namespace

Result<std::vector<ClaimLine>> parse_claims_file(std::string_view text, std::string_view source) {
  if (text.size() > kMaxClaimsFileBytes)
    return make_error(ErrorCode::invalid_argument,
                      fmt::format("the file is {} bytes long; the limit is {} bytes: split it",
                                  text.size(), kMaxClaimsFileBytes),
                      at_file(std::string(source)));
  std::vector<ClaimLine> out;
  std::string pending;
  int pending_line = 0;
  int line_no = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view raw = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    std::size_t lead = 0;
    while (lead < raw.size() && is_blank(raw[lead])) ++lead;
    std::string_view body = raw.substr(lead);
    if (trim(body).empty() || body.front() == '#') continue;
    if (body.front() == '>') {
      std::string_view s = trim(body.substr(1));
      if (!s.empty()) pending += (pending.empty() ? "" : " ") + std::string(s);
      if (pending_line == 0) pending_line = line_no;
      continue;
    }
    ClaimLine c;
    c.line = line_no;
    c.column = claims::column_of(raw, lead);
    std::string_view claim = body;
    std::string_view comment;
    if (auto hash = body.find('#'); hash != std::string_view::npos) {
      claim = body.substr(0, hash);
      comment = trim(body.substr(hash + 1));
    }
    c.claim = std::string(trim(claim));
    if (is_quotation(comment)) {
      c.sentence = std::string(comment);
      c.sentence_line = line_no;
    } else if (!pending.empty()) {
      c.sentence = pending;
      c.sentence_line = pending_line;
    }
    pending.clear();
    pending_line = 0;
    if (out.size() == kMaxClaimsPerFile)
      return make_error(ErrorCode::invalid_argument,
                        fmt::format("more than {} claims; split the file", kMaxClaimsPerFile),
                        at_file(std::string(source), line_no, 1));
    out.push_back(std::move(c));
  }
  if (pending_line != 0)
    return make_error(ErrorCode::parse_error,
                      "a sentence line ('>') must be followed by the claim it quotes",
                      at_file(std::string(source), pending_line, 1));
  if (out.empty())
    return make_error(ErrorCode::invalid_argument,
                      "no claim in the file (one claim a line; '#' starts a comment, '>' quotes "
                      "the sentence of the next claim)",
                      at_file(std::string(source)));
  return out;
}

Location file_location(std::string_view source, const ClaimLine& c, const Error& e) {
  std::size_t col = c.column;
  if (auto ec = claims::error_column(e)) col = c.column + *ec - 1;
  return at_file(std::string(source), c.line, static_cast<int>(col));
}

}  // namespace fardeau::service

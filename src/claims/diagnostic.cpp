#include "claims/diagnostic.hpp"

namespace fardeau::claims {
namespace {

bool is_continuation(unsigned char c) { return (c & 0xC0U) == 0x80U; }

}  // namespace

std::size_t column_of(std::string_view text, std::size_t byte_offset) {
  if (byte_offset > text.size()) byte_offset = text.size();
  std::size_t col = 1;
  for (std::size_t i = 0; i < byte_offset; ++i)
    if (!is_continuation(static_cast<unsigned char>(text[i]))) ++col;
  return col;
}

Error error_at(ErrorCode code, std::string_view text, std::size_t byte_offset,
               std::string message) {
  return Error{code,
               std::move(message),
               at_claim_column(static_cast<int>(column_of(text, byte_offset))),
               {}};
}

Error error_at(ErrorCode code, std::string_view text, std::size_t byte_offset, std::string message,
               std::string message_fr) {
  Error e = error_at(code, text, byte_offset, std::move(message));
  e.message_fr = std::move(message_fr);
  return e;
}

std::optional<std::size_t> error_column(const Error& e) {
  if (!e.where.is(Location::Kind::claim) || e.where.claim_column <= 0) return std::nullopt;
  return static_cast<std::size_t>(e.where.claim_column);
}

std::string caret_display(std::string_view claim, std::size_t column) {
  std::string out;
  out.reserve(claim.size() * 2 + 2);
  // Control characters would break the alignment of the caret line; show them as spaces.
  for (char c : claim) out += (static_cast<unsigned char>(c) < 0x20U) ? ' ' : c;
  out += '\n';
  out.append(column > 0 ? column - 1 : 0, ' ');
  out += '^';
  return out;
}

std::string caret_display(std::string_view claim, const Error& e) {
  auto col = error_column(e);
  if (!col) return std::string(claim);
  return caret_display(claim, *col);
}

}  // namespace fardeau::claims

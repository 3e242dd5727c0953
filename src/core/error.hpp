// Errors are values at the boundaries (DESIGN.md): a typed code, one clear message
// saying what is wrong and what is valid, and where (file, row, column, parameter).
#pragma once
#include <iosfwd>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace fardeau {

enum class ErrorCode {
  invalid_argument,  ///< a parameter has a value outside what is valid (bad year, target, flag)
  not_found,         ///< an unknown ally, group, indicator or vintage
  parse_error,       ///< malformed input text (CSV, number, claim)
  io_error,          ///< a file could not be read or written
  data_error,        ///< input that parses but breaks the data layout (missing column, duplicate)
  unavailable,       ///< the vintage does not publish what was asked (e.g. equipment in SIPRI)
  out_of_coverage,   ///< the edition does not cover this year (or ally): a gap, not a bad claim
  limit_exceeded,    ///< the work would pass a budget (time, memory, size): refused, not cut
  interrupted,       ///< stopped by the user (Ctrl-C) before it finished
  internal,          ///< a bug: should never reach a user
};

/// Stable lower-case name of a code, used in JSON error bodies.
constexpr const char* to_string(ErrorCode c) {
  switch (c) {
    case ErrorCode::invalid_argument:
      return "invalid_argument";
    case ErrorCode::not_found:
      return "not_found";
    case ErrorCode::parse_error:
      return "parse_error";
    case ErrorCode::io_error:
      return "io_error";
    case ErrorCode::data_error:
      return "data_error";
    case ErrorCode::unavailable:
      return "unavailable";
    case ErrorCode::out_of_coverage:
      return "out_of_coverage";
    case ErrorCode::limit_exceeded:
      return "limit_exceeded";
    case ErrorCode::interrupted:
      return "interrupted";
    case ErrorCode::internal:
      return "internal";
  }
  return "internal";
}

/// Where an error is, as fields, so that callers (the server's `parameter`, the claim
/// caret) read what they need without parsing text. text() is the location as printed.
struct Location {
  enum class Kind {
    none,       ///< not located
    parameter,  ///< a query parameter / CLI flag: "--year"
    file,       ///< a file, a line, a column: "file.csv", "file.csv:12", "file.csv:12:3"
    claim,      ///< a column of a claim: "column 8"
    cell,       ///< a cell of a workbook's sheet: "book.xlsx:'Table 2'!B7" (or the sheet)
    text,       ///< any other place, as written ("byte 7"), in `file` when given ("-: byte 7")
  };
  Kind kind = Kind::none;
  /// The parameter's name as the query string spells it ("year", "min_change"); the CLI
  /// flag is "--" and the name with '-' for '_'.
  std::string parameter = {};
  std::string file = {};     ///< Kind::file; Kind::text: the file the place is in, if named
  int row = 0;               ///< 1-based line of `file`; 0 when not given
  int col = 0;               ///< 1-based column of `file`; 0 when not given
  std::string sheet = {};    ///< the sheet as printed: "book.xlsx:'Table 2'"
  std::string cell = {};     ///< "B7"; empty for the whole sheet
  int claim_column = 0;      ///< 1-based, in characters
  std::string written = {};  ///< Kind::text: the place as written

  Location() = default;
  /// A place given as text, read into its kind: "--year" is a parameter, "column 8" a claim
  /// column, "" none, anything else Kind::text as written; text() gives it back unchanged.
  Location(std::string text);  // NOLINT(google-explicit-constructor)
  Location(const char* text);  // NOLINT(google-explicit-constructor)

  /// The location as printed: "--year", "file.csv:12:3", "column 8", "book.xlsx:'S'!B7".
  std::string text() const;
  bool empty() const { return kind == Kind::none; }
  bool is(Kind k) const { return kind == k; }

  /// A location equals its text, so that tests and tools compare it with what is printed.
  friend bool operator==(const Location& l, std::string_view text) { return l.text() == text; }
  friend std::string operator+(std::string lhs, const Location& l) { return lhs += l.text(); }
  friend std::ostream& operator<<(std::ostream& os, const Location& l);
};

/// The query parameter (CLI flag) `name`: at_parameter("min_change") prints "--min-change".
Location at_parameter(std::string name);
/// A file, with its 1-based line and column when known (0: not given).
Location at_file(std::string file, int row = 0, int col = 0);
/// A 1-based column (in characters) of a claim: "column 8".
Location at_claim_column(int column);
/// A cell of a sheet ("book.xlsx:'Data'" and "D2"); the whole sheet when `cell` is empty.
Location at_cell(std::string sheet, std::string cell = {});

struct Error {
  ErrorCode code = ErrorCode::internal;
  std::string message;  ///< what is wrong and what is valid, one line
  Location where;       ///< the parameter, file:row:col, claim column or cell; none if unknown
  /// The same in French; empty when none (then `message` is shown). Last, with a default
  /// initializer, so that Error{code, message, where} stays valid (and -Wextra quiet).
  std::string message_fr = {};

  /// "where: message" or just the message.
  std::string what() const { return where.empty() ? message : where.text() + ": " + message; }

  /// The message for the reader's language: French when asked and available, else English.
  /// A bool rather than render::Lang, so that core depends on nothing above it.
  const std::string& message_in(bool french) const {
    return french && !message_fr.empty() ? message_fr : message;
  }
  /// what() in the reader's language. The location stays as written ("column 8"), so that
  /// tools and tests can read it whatever the language; French puts a no-break space before
  /// the colon.
  std::string what_in(bool french) const {
    if (!french || message_fr.empty()) return what();
    return where.empty() ? message_fr : where.text() + "\u00a0: " + message_fr;
  }
};

inline Error make_error(ErrorCode code, std::string message, Location where = {}) {
  return Error{code, std::move(message), std::move(where), {}};
}

/// A bilingual error: `message` in English, `message_fr` in French.
inline Error make_error(ErrorCode code, std::string message, std::string message_fr,
                        Location where) {
  return Error{code, std::move(message), std::move(where), std::move(message_fr)};
}

/// `e` with its French message set; for errors built by helpers that know only English.
inline Error with_fr(Error e, std::string message_fr) {
  e.message_fr = std::move(message_fr);
  return e;
}

/// A value or an Error. Small stand-in for std::expected (GCC 12 has it only in C++23).
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : v_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return std::holds_alternative<T>(v_); }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const Error& error() const { return std::get<Error>(v_); }

 private:
  std::variant<T, Error> v_;
};

/// Result of an operation with no value.
struct Unit {};
using Status = Result<Unit>;
inline Status ok_status() { return Unit{}; }

}  // namespace fardeau

/// Propagate an error from an expression returning Result<...>; bind the value otherwise.
/// `var` is the name being declared, which cannot take parentheses.
// NOLINTBEGIN(bugprone-macro-parentheses)
#define FARDEAU_TRY(var, expr)                           \
  auto var##_result_ = (expr);                           \
  if (!var##_result_.ok()) return var##_result_.error(); \
  auto& var = var##_result_.value()
// NOLINTEND(bugprone-macro-parentheses)

// fardeau check 'CLAIM' | --file FILE | --article FILE [--text-lang L] [--date YYYY-MM]
//   [--explain] [--as-written]
// Exit codes: 0 every claim true (or true under some readings), 1 a claim is false,
// 2 a claim cannot be read or is not checkable (docs/cli.md).
#include <algorithm>
#include <cstdio>
#include <vector>

#include <CLI/CLI.hpp>

#include "claims/diagnostic.hpp"
#include "commands/commands.hpp"
#include "commands/read_input.hpp"
#include "extract/text.hpp"
#include "render/check_article_view.hpp"
#include "render/check_view.hpp"
#include "service/check.hpp"
#include "service/extract.hpp"
#include "service/param_spec.hpp"

namespace fardeau::cli {
namespace {
struct Opts {
  std::string claim, file, article, text_lang, date;
  bool explain = false, as_written = false;
};

// Longest stretch of a claim shown under an error; a longer claim is cut around the
// column (the limit is 4096 bytes: a caret under column 4097 helps nobody).
constexpr std::size_t kCaretWindow = 100;

// The claim under the error, with a caret at its column, indented under the message.
void print_caret(std::string_view claim, const Error& e) {
  std::string shown = claims::caret_display(claim, e);
  // Byte offsets of the code points, to cut a long claim on character boundaries.
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < claim.size(); ++i)
    if ((static_cast<unsigned char>(claim[i]) & 0xC0) != 0x80) starts.push_back(i);
  auto col = claims::error_column(e);
  if (col && starts.size() > kCaretWindow) {
    const std::size_t c = std::min(*col, starts.size() + 1) - 1;  // 0-based character
    const std::size_t from = c > kCaretWindow / 2 ? c - kCaretWindow / 2 : 0;
    const std::size_t to = std::min(starts.size(), from + kCaretWindow);
    const std::size_t end = to < starts.size() ? starts[to] : claim.size();
    std::string window = (from > 0 ? "..." : "") +
                         std::string(claim.substr(starts[from], end - starts[from])) +
                         (to < starts.size() ? "..." : "");
    shown = claims::caret_display(window, c - from + (from > 0 ? 3 : 0) + 1);
  }
  std::string out = "  ";
  for (char c : shown) out += c == '\n' ? std::string("\n  ") : std::string(1, c);
  std::fprintf(stderr, "%s\n", out.c_str());
}

// A claim error in a file: FILE:LINE:COL, then the line and the caret.
// `at`: where to say it is, when not in the file (an article's claims: the sentence).
void print_file_error(const Cli& cli, const service::FileClaimOutcome& c, const Location& at = {}) {
  Error e = *c.error;
  if (!at.empty()) e.where = at;
  std::fprintf(stderr, "%s\n", cli.error_line(e).c_str());
  Error at_line = e;
  at_line.where = at_claim_column(static_cast<int>(c.error_column));
  print_caret(std::string(c.line.column - 1, ' ') + c.line.claim, at_line);
}

// Render to stdout; the exit code follows the verdicts.
template <typename R>
Status print(Cli& cli, const R& result) {
  auto f = render::parse_format(cli.global.format);
  if (!f) return f.error();
  auto l = render::parse_lang(cli.global.lang);
  if (!l) return l.error();
  cli.write_stdout(render::render_as(result, *l, *f));
  return ok_status();
}

int exit_for(service::ClaimVerdict v) {
  switch (v) {
    case service::ClaimVerdict::true_:
    case service::ClaimVerdict::true_under_some_readings:
      return kExitOk;
    case service::ClaimVerdict::false_:
      return kExitFalse;
    case service::ClaimVerdict::not_checkable:
      return kExitInput;
  }
  return kExitInternal;
}

int run_claim(Cli& cli, const service::Scope& scope, const Opts& o) {
  auto r = service::check(cli.engine(), {scope, o.claim, o.explain, !o.as_written});
  if (!r) {
    int code = cli.fail(r.error());
    if (claims::error_column(r.error())) print_caret(o.claim, r.error());
    return code;
  }
  if (auto st = print(cli, *r); !st) return cli.fail(st.error());
  if (r->verdict == service::ClaimVerdict::not_checkable && !r->readings.empty() &&
      r->readings.front().reason) {
    const Error& why = *r->readings.front().reason;
    std::fprintf(stderr, "%s\n",
                 cli.error_line(why, "not checkable: ", "non vérifiable\u00a0: ").c_str());
    if (claims::error_column(why)) print_caret(o.claim, why);
  }
  return cli.exit_code = exit_for(r->verdict);
}

// The claims of a file (or of an article's extraction) checked: the errors or the table
// (`shown`: the file's result, or the article's), then one line for each claim that could
// not be checked; the exit code of the worst.
// `where(i, error)`: the place named in the line of the i-th claim's reason (and of its
// error, with `errors_too`: a file's errors already name their line).
template <typename Shown, typename Where>
int report_file(Cli& cli, const Shown& shown, const service::CheckFileResult& r, Where where,
                bool errors_too = false) {
  if (r.errors() > 0) {
    for (std::size_t i = 0; i < r.claims.size(); ++i)
      if (const auto& c = r.claims[i]; c.error)
        print_file_error(cli, c, errors_too ? where(i, *c.error) : Location());
    return cli.exit_code = kExitInput;
  }
  if (auto st = print(cli, shown); !st) return cli.fail(st.error());
  int code = kExitOk;
  for (std::size_t i = 0; i < r.claims.size(); ++i) {
    const auto& c = r.claims[i];
    int e = exit_for(c.result->verdict);
    if (e == kExitInput && c.result->readings.front().reason) {
      Error why = *c.result->readings.front().reason;
      why.where = where(i, why);
      std::fprintf(stderr, "%s\n",
                   cli.error_line(why, "not checkable: ", "non vérifiable\u00a0: ").c_str());
    }
    code = std::max(code, e);
  }
  return cli.exit_code = code;
}

int run_file(Cli& cli, const service::Scope& scope, const Opts& o) {
  auto text = read_input(o.file, service::kMaxClaimsFileBytes, at_parameter("file"));
  if (!text) return cli.fail(text.error());
  auto r = service::check_file(cli.engine(),
                               {scope, std::move(*text), o.file, o.explain, !o.as_written});
  if (!r) return cli.fail(r.error());
  return report_file(cli, *r, *r, [&](std::size_t i, const Error& why) {
    return service::file_location(o.file, r->claims[i].line, why);
  });
}

// --article: extract the statements (docs/extract.md), then check each claim as a file's.
int run_article(Cli& cli, const service::Scope& scope, const Opts& o) {
  auto text = read_input(o.article, extract::kMaxTextBytes, at_parameter("article"));
  if (!text) return cli.fail(text.error());
  auto r = service::check_article(
      cli.engine(),
      {std::move(*text), o.article, o.text_lang.empty() ? "auto" : o.text_lang, o.date}, scope,
      o.explain, !o.as_written);
  if (!r) return cli.fail(r.error());
  if (r->checked.claims.empty()) {
    // As extract does: the (empty) result on stdout, and why on stderr; exit 0.
    if (auto st = print(cli, *r); !st) return cli.fail(st.error());
    std::fprintf(stderr, "%s\n",
                 cli.global.lang == "fr"
                     ? "fardeau: aucune affirmation chiffrée trouvée dans l'article"
                     : "fardeau: no quantitative statement found in the article");
    return cli.exit_code = kExitOk;
  }
  // A reason names the sentence's place in the article, not in the claims made from it.
  return report_file(
      cli, *r, r->checked,
      [&](std::size_t i, const Error&) {
        const auto& from = r->statement_of(i).sentence.span.from;
        return at_file(o.article, from.line, from.column);
      },
      true);
}

Result<Action> prepare(Cli& cli, const Opts& o) {
  FARDEAU_TRY(scope, cli.scope());
  if (!o.article.empty()) {
    if (!o.claim.empty() || !o.file.empty())
      return make_error(ErrorCode::invalid_argument,
                        "give --article alone, not with a claim or --file", "check");
    return Action{[&cli, scope, o] { run_article(cli, scope, o); }};
  }
  if (!o.text_lang.empty() || !o.date.empty())
    return make_error(ErrorCode::invalid_argument, "applies to --article only",
                      o.text_lang.empty() ? at_parameter("date") : at_parameter("text_lang"));
  if (o.claim.empty() == o.file.empty())
    return make_error(ErrorCode::invalid_argument,
                      o.claim.empty() ? "give a claim, e.g. fardeau check 'members(2018) = 29', "
                                        "or --file FILE"
                                      : "give a claim or --file, not both",
                      "check");
  return Action{
      [&cli, scope, o] { o.file.empty() ? run_claim(cli, scope, o) : run_file(cli, scope, o); }};
}
}  // namespace

void register_check(CLI::App& app, Cli& cli) {
  auto opts = std::make_shared<Opts>();
  auto* sub = app.add_subcommand("check",
                                 "Check a claim against the data (docs/claims.md): verdict, "
                                 "figure, edition, every reading of an ambiguous claim");
  sub->add_option("claim", opts->claim, "The claim, e.g. 'members(2018) = 29' (quote it)");
  sub->add_option("--file", opts->file,
                  "A claims file: one claim a line, '#' comments, '> sentence' before a claim");
  sub->add_option("--article", opts->article,
                  "An article (UTF-8 text, or -): extract its statements and check each one");
  sub->add_option("--text-lang", opts->text_lang,
                  "With --article: its language, en, fr or auto (default auto)")
      ->check(CLI::IsMember({"en", "fr", "auto"}));
  sub->add_option("--date", opts->date,
                  "With --article: its month, YYYY-MM (default: its first line 'date YYYY-MM')");
  // The claim is positional and --text-lang, --date are said of --article here: the
  // declared switches only (service/param_spec.hpp).
  sub->add_flag(service::spec::kExplain.flag(), opts->explain, service::spec::kExplain.help);
  sub->add_flag(service::spec::kAsWritten.flag(), opts->as_written, service::spec::kAsWritten.help);
  cli.on_parsed(sub, [&cli, opts] { return prepare(cli, *opts); });
}

}  // namespace fardeau::cli

// fardeau extract FILE|- [--lang en|fr|auto] [--date YYYY-MM]
// The quantitative statements of an article, as claims (docs/extract.md). Exit codes: 0
// (also when nothing is found: the list is empty and stderr says so), 2 for a file that
// cannot be read, is not UTF-8 text or is too large (docs/cli.md).
#include <cstdio>
#include <fstream>
#include <iostream>

#include "commands/commands.hpp"
#include "commands/read_article.hpp"
#include "render/extract_view.hpp"
#include "service/extract.hpp"

namespace fardeau::cli {

Result<std::string> read_article(const std::string& path, const char* flag) {
  std::string text;
  char buf[65536];
  auto append = [&](std::istream& in) -> Status {
    while (in.read(buf, sizeof buf) || in.gcount() > 0) {
      text.append(buf, static_cast<std::size_t>(in.gcount()));
      if (text.size() > extract::kMaxTextBytes)
        return make_error(ErrorCode::limit_exceeded,
                          "'" + path + "' is larger than " +
                              std::to_string(extract::kMaxTextBytes) + " bytes; split it",
                          flag);
    }
    if (in.bad()) return make_error(ErrorCode::io_error, "cannot read '" + path + "'", flag);
    return ok_status();
  };
  if (path == "-") {
    if (auto st = append(std::cin); !st) return st.error();
    return text;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return make_error(ErrorCode::io_error,
                      "cannot read '" + path + "': no such file or not readable", flag);
  if (auto st = append(in); !st) return st.error();
  return text;
}

namespace {
struct Opts {
  std::string file, lang = "auto", date;
};

int run(Cli& cli, const Opts& o) {
  auto text = read_article(o.file, "extract");
  if (!text) return cli.fail(text.error());
  auto r = service::extract_article(cli.engine(), {std::move(*text), o.file, o.lang, o.date});
  if (!r) return cli.fail(r.error());
  auto f = render::parse_format(cli.global.format);
  if (!f) return cli.fail(f.error());
  auto l = render::parse_lang(cli.global.lang);
  if (!l) return cli.fail(l.error());
  cli.write_stdout(render::emit(render::render_result(*r, *l), *f));
  if (r->extraction.statements.empty())
    std::fprintf(stderr, "%s\n",
                 *l == render::Lang::fr
                     ? "fardeau: aucune affirmation chiffrée trouvée dans le texte"
                     : "fardeau: no quantitative statement found in the text");
  return cli.exit_code = kExitOk;
}
}  // namespace

void register_extract(CLI::App& app, Cli& cli) {
  auto opts = std::make_shared<Opts>();
  auto* sub = app.add_subcommand("extract",
                                 "Find the quantitative statements of an article and write "
                                 "them as claims (docs/extract.md)");
  sub->add_option("file", opts->file, "The article (UTF-8 text), or - for standard input")
      ->required();
  sub->add_option("--text-lang", opts->lang, "Language of the article: en, fr or auto")
      ->check(CLI::IsMember({"en", "fr", "auto"}));
  sub->add_option("--date", opts->date,
                  "Month of the article, YYYY-MM (default: its first line 'date YYYY-MM')");
  cli.on_parsed(
      sub, [&cli, opts]() -> Result<Action> { return Action{[&cli, opts] { run(cli, *opts); }}; });
}

}  // namespace fardeau::cli

// fardeau extract FILE|- [--lang en|fr|auto] [--date YYYY-MM]
// The quantitative statements of an article, as claims (docs/extract.md). Exit codes: 0
// (also when nothing is found: the list is empty and stderr says so), 2 for a file that
// cannot be read, is not UTF-8 text or is too large (docs/cli.md).
#include <cstdio>

#include <CLI/CLI.hpp>

#include "commands/commands.hpp"
#include "commands/read_input.hpp"
#include "extract/text.hpp"
#include "render/extract_view.hpp"
#include "service/extract.hpp"
#include "service/param_spec.hpp"

namespace fardeau::cli {

namespace {
struct Opts {
  std::string file, lang = service::spec::kTextLang.default_text, date;
};

int run(Cli& cli, const Opts& o) {
  auto text = read_input(o.file, extract::kMaxTextBytes, "extract");
  if (!text) return cli.fail(text.error());
  auto r = service::extract_article(cli.engine(), {std::move(*text), o.file, o.lang, o.date});
  if (cli.emit(r) == kExitOk && r->extraction.statements.empty())
    std::fprintf(stderr, "%s\n",
                 cli.global.lang == "fr"
                     ? "fardeau: aucune affirmation chiffrée trouvée dans le texte"
                     : "fardeau: no quantitative statement found in the text");
  return cli.exit_code;
}
}  // namespace

void register_extract(CLI::App& app, Cli& cli) {
  auto opts = std::make_shared<Opts>();
  auto* sub = app.add_subcommand("extract",
                                 "Find the quantitative statements of an article and write "
                                 "them as claims (docs/extract.md)");
  sub->add_option("file", opts->file, "The article (UTF-8 text), or - for standard input")
      ->required();
  // The declared help; the choices are checked by CLI11 here (the help shows them so).
  const auto& text_lang = service::spec::kTextLang;
  sub->add_option(text_lang.flag(), opts->lang, text_lang.help)
      ->check(CLI::IsMember(text_lang.choices));
  sub->add_option(service::spec::kDate.flag(), opts->date, service::spec::kDate.help);
  cli.on_parsed(
      sub, [&cli, opts]() -> Result<Action> { return Action{[&cli, opts] { run(cli, *opts); }}; });
}

}  // namespace fardeau::cli

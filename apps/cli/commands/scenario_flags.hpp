// A helper `scenario` and `simulate` share: render results whose view is a named function.
// (Their flags come from the declarations of service/param_spec.hpp: param_options.hpp.)
#pragma once
#include <string>

#include "cli.hpp"

namespace fardeau::cli {

/// Render `r` with `view` in the chosen format and language (like Cli::emit).
template <typename R, typename View>
int emit_view(Cli& cli, const Result<R>& r, View view) {
  if (!r) return cli.fail(r.error());
  auto f = render::parse_format(cli.global.format);
  if (!f) return cli.fail(f.error());
  auto l = render::parse_lang(cli.global.lang);
  if (!l) return cli.fail(l.error());
  render::Rendered out = view(*r, *l);
  out.doc.lang = *l;
  cli.write_stdout(render::emit(out, *f));
  return cli.exit_code = kExitOk;
}

}  // namespace fardeau::cli

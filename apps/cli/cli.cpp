#include "cli.hpp"

#include <CLI/CLI.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>

#include "io/number_parse.hpp"
#include "io/store_provider.hpp"

namespace fardeau::cli {

int exit_code_for(ErrorCode code) {
  if (code == ErrorCode::interrupted) return kExitInterrupted;
  return code == ErrorCode::internal ? kExitInternal : kExitInput;
}

Result<service::Scope> Cli::scope() const {
  auto m = parse_membership(global.membership);
  if (!m) return m.error();
  return service::Scope{global.vintage, *m};
}

const service::Engine& Cli::engine() {
  if (!engine_)
    engine_ = std::make_unique<service::Engine>(global.data_dir.empty()
                                                    ? io::DataSource::embedded()
                                                    : io::DataSource::directory(global.data_dir),
                                                std::make_shared<io::StoreProvider>(db_path()));
  return *engine_;
}

std::string Cli::db_path() const {
  return global.db.empty() ? io::default_store_path() : global.db;
}

std::string Cli::error_line(const Error& e, std::string_view extra_en,
                            std::string_view extra_fr) const {
  if (!french() || e.message_fr.empty())
    return "fardeau: error: " + std::string(extra_en) + e.what();
  // Claim errors are located as "column N"; the other locations (flags, FILE:LINE:COL)
  // read the same in both languages.
  Error fr = e;
  if (fr.where.is(Location::Kind::claim))
    fr.where = "colonne " + std::to_string(fr.where.claim_column);
  return "fardeau\u00a0: erreur\u00a0: " + std::string(extra_fr) + fr.what_in(true);
}

int Cli::fail(const Error& e) {
  if (!error) error = e;
  if (!validate_only) std::fprintf(stderr, "%s\n", error_line(e).c_str());
  return exit_code = exit_code_for(e.code);
}

void Cli::warn(std::string_view where, std::string_view what) const {
  if (validate_only) return;
  const std::string line = french()
                               ? fmt::format("fardeau : avertissement : {} : {}\n", where, what)
                               : fmt::format("fardeau: warning: {}: {}\n", where, what);
  std::fwrite(line.data(), 1, line.size(), stderr);
}

void Cli::on_parsed(CLI::App* sub, std::function<Result<Action>()> prepare) {
  sub->callback([this, prepare = std::move(prepare)] {
    if (error) return;  // a subcommand of this one failed already
    auto action = prepare();
    if (!action) return void(fail(action.error()));
    if (auto f = render::parse_format(global.format); !f) return void(fail(f.error()));
    if (auto l = render::parse_lang(global.lang); !l) return void(fail(l.error()));
    if (!validate_only) (*action)();
  });
}

void Cli::write_stdout(const std::string& text) {
  // A closed pipe (`fardeau report | head`) is not an error worth reporting.
  std::fwrite(text.data(), 1, text.size(), stdout);
  std::fflush(stdout);
}

service::Params Cli::params(service::Params command_flags) const {
  if (global.vintage) command_flags["vintage"] = *global.vintage;
  command_flags["membership"] = global.membership;
  return command_flags;
}

Result<std::optional<int>> parse_year_flag(const std::string& text, const Location& flag) {
  return service::parse_year_param(text, flag);
}

Result<double> parse_number_flag(const std::string& text, const Location& flag) {
  return service::parse_number_param(text, flag);
}

}  // namespace fardeau::cli

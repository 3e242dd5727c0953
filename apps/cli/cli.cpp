#include "cli.hpp"

#include <cerrno>
#include <cstdio>

#include "io/number_parse.hpp"
#include "io/store_provider.hpp"

namespace fardeau::cli {

int exit_code_for(ErrorCode code) {
  return code == ErrorCode::internal ? kExitInternal : kExitInput;
}

Result<service::Scope> Cli::scope() const {
  auto m = parse_membership(global.membership);
  if (!m) return m.error();
  return service::Scope{global.vintage, *m};
}

const service::Engine& Cli::engine() {
  if (!engine_)
    engine_ = std::make_unique<service::Engine>(
        global.data_dir.empty() ? io::DataSource::embedded() : io::DataSource::directory(global.data_dir),
        std::make_shared<io::StoreProvider>(db_path()));
  return *engine_;
}

std::string Cli::db_path() const { return global.db.empty() ? io::default_store_path() : global.db; }

int Cli::fail(const Error& e) {
  std::fprintf(stderr, "fardeau: error: %s\n", e.what().c_str());
  return exit_code = exit_code_for(e.code);
}

void Cli::write_stdout(const std::string& text) {
  // A closed pipe (`fardeau report | head`) is not an error worth reporting.
  std::fwrite(text.data(), 1, text.size(), stdout);
  std::fflush(stdout);
}

Result<std::optional<int>> parse_year_flag(const std::string& text, const char* flag) {
  if (text.empty()) return std::optional<int>{};
  auto y = io::parse_int(text, 1800, 2200);
  if (!y)
    return make_error(ErrorCode::invalid_argument,
                      "'" + text + "' is not a year; expected a whole number such as 2018", flag);
  return std::optional<int>{static_cast<int>(*y)};
}

Result<double> parse_number_flag(const std::string& text, const char* flag) {
  auto v = io::parse_double(text);
  if (!v)
    return make_error(ErrorCode::invalid_argument,
                      "'" + text + "' is not a number; expected e.g. 2 or 3.5", flag);
  return *v;
}

}  // namespace fardeau::cli

#include "param_options.hpp"

#include <CLI/CLI.hpp>

#include "docgen.hpp"

namespace fardeau::cli {

void ParamOptions::add(CLI::App* sub, const std::vector<service::ParamSpec>& specs) {
  for (const auto& spec : specs) {
    Entry& e = entries_.emplace_back();
    e.name = spec.name;
    e.is_switch = spec.kind == service::ParamKind::flag;
    if (e.is_switch) {
      e.option = sub->add_flag(spec.flag(), e.on, spec.help);
      continue;
    }
    e.option = sub->add_option(spec.flag(), e.text, spec.help);
    if (spec.kind == service::ParamKind::choice) set_choices(e.option, spec.choices);
    if (spec.required) e.option->required();
  }
}

service::Params ParamOptions::given() const {
  service::Params out;
  for (const auto& e : entries_) {
    if (e.option->count() == 0) continue;
    out[e.name] = e.is_switch ? (e.on ? "1" : "0") : e.text;
  }
  return out;
}

CLI::App* add_query_subcommand(CLI::App& parent, Cli& cli, const std::string& name,
                               const std::string& help, std::string_view query,
                               std::function<Result<Action>(service::Params)> prepare) {
  auto opts = std::make_shared<ParamOptions>();
  auto* sub = parent.add_subcommand(name, help);
  opts->add(sub, query);
  cli.on_parsed(sub, [opts, prepare = std::move(prepare)] { return prepare(opts->given()); });
  return sub;
}

}  // namespace fardeau::cli

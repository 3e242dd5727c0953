#include "render/json_common.hpp"

#include "render/number_format.hpp"

namespace fardeau::render {

nlohmann::ordered_json vintage_json(const VintageInfo& v) {
  return {{"id", v.id},
          {"title", v.title},
          {"publisher", v.publisher},
          {"published", v.published},
          {"cutoff",
           v.cutoff.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(v.cutoff)},
          {"definition", v.definition},
          {"price_basis", v.price_basis},
          {"base_year", v.base_year == 0 ? nlohmann::ordered_json(nullptr)
                                         : nlohmann::ordered_json(v.base_year)},
          {"builtin", v.builtin},
          {"citation", v.citation()}};
}

nlohmann::ordered_json envelope(const char* command, const VintageInfo& v,
                                nlohmann::ordered_json query) {
  nlohmann::ordered_json j;
  j["command"] = command;
  j["schema_version"] = kJsonSchemaVersion;
  j["vintage"] = vintage_json(v);
  j["query"] = std::move(query);
  return j;
}

std::string source_line(const VintageInfo& v, Lang lang) {
  std::string s =
      std::string(tr(lang, "Source: ", "Source\u00A0: ")) + v.publisher + ", " + v.title;
  if (!v.published.empty()) s += std::string(tr(lang, ", published ", ", publié ")) + v.published;
  if (!v.cutoff.empty())
    s += std::string(tr(lang, " (data cut-off ", " (données arrêtées au ")) + v.cutoff + ")";
  return s + " [" + v.id + "]";
}

std::string ally_name(const Ally& a, Lang lang) { return a.name(to_string(lang)); }

std::string group_name(const GroupSpec& g, Lang lang) {
  const GroupInfo* info = group_info(g.id);
  if (!info) return g.label();
  return std::string(lang == Lang::fr ? info->name_fr : info->name_en);
}

nlohmann::ordered_json opt(const std::optional<double>& v, int decimals) {
  if (!v) return nullptr;
  return clean(*v, decimals);
}

}  // namespace fardeau::render

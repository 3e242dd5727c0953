#include "openapi.hpp"

#include <algorithm>
#include <string>

#include <nlohmann/json.hpp>

namespace fardeau::server {
namespace {
using json = nlohmann::ordered_json;

/// The schema of a declared parameter: its JSON type, its choices and its default.
json param_schema(const service::ParamSpec& p) {
  using K = service::ParamKind;
  json schema;
  switch (p.kind) {
    case K::year:
    case K::count:
      schema["type"] = "integer";
      break;
    case K::number:
      schema["type"] = "number";
      break;
    case K::flag:
      schema["type"] = "boolean";
      break;
    case K::text:
    case K::choice:
    case K::list:
      schema["type"] = "string";
      break;
  }
  if (p.kind == K::choice) schema["enum"] = p.choices;
  if (!p.default_text.empty()) {
    // The declared defaults are valid values of their kind (param_spec_test checks it).
    if (p.kind == K::year || p.kind == K::count)
      schema["default"] = std::stoll(p.default_text);
    else if (p.kind == K::number)
      schema["default"] = std::stod(p.default_text);
    else
      schema["default"] = p.default_text;
  }
  return schema;
}

json param_json(const service::ParamSpec& p, const char* in) {
  return json{{"name", p.name},
              {"in", in},
              {"required", p.required},
              {"description", p.http_help()},
              {"schema", param_schema(p)}};
}

json error_response(const char* what) {
  return json{
      {"description", what},
      {"content", {{"application/json", {{"schema", {{"$ref", "#/components/schemas/Error"}}}}}}}};
}
}  // namespace

std::string openapi_json(const std::vector<Route>& routes, const std::string& version) {
  json paths = json::object();
  for (const auto& r : routes) {
    json params = json::array();
    for (const auto& p : r.params) params.push_back(param_json(p, "query"));
    for (const auto& p : common_params()) params.push_back(param_json(p, "query"));
    json op{{"summary", r.summary},
            {"operationId", r.name},
            {"parameters", params},
            {"responses",
             {{"200",
               {{"description", "The same JSON as `fardeau " + (r.cli.empty() ? r.name : r.cli) +
                                    " --format json`"},
                {"content", {{"application/json", {{"schema", {{"type", "object"}}}}}}}}},
              {"400", error_response("A bad parameter: the error names it and the valid values")},
              {"404", error_response("Unknown resource")},
              {"413", error_response("Request too large: a body over 64 KiB or a request line "
                                     "over 8 KiB")}}}};
    if (r.heavy)
      op["responses"]["503"] = error_response(
          "Busy: the server's simulations are all running (retry after Retry-After seconds), "
          "or simulate is turned off on this server");
    if (r.method == "POST")
      op["requestBody"] = {{"content", {{"text/plain", {{"schema", {{"type", "string"}}}}}}}};
    // format=csv: the same command's --format csv.
    if (std::any_of(r.params.begin(), r.params.end(),
                    [](const service::ParamSpec& p) { return p.name == format_param().name; }))
      op["responses"]["200"]["content"]["text/csv"] = {{"schema", {{"type", "string"}}}};
    std::string method = r.method == "POST" ? "post" : "get";
    paths["/api/v1/" + r.name][method] = op;  // one path may have GET and POST
  }
  paths["/healthz"] = {{"get",
                        {{"summary", "Liveness: {\"status\":\"ok\"}"},
                         {"responses", {{"200", {{"description", "ok"}}}}}}}};
  json doc{{"openapi", "3.0.3"},
           {"info",
            {{"title", "fardeau API"},
             {"version", version},
             {"description",
              "NATO burden sharing: the fardeau engine over HTTP. Every "
              "result names its data edition (vintage)."}}},
           {"paths", paths},
           {"components",
            {{"schemas",
              {{"Error",
                {{"type", "object"},
                 {"properties",
                  {{"error",
                    {{"type", "object"},
                     {"properties",
                      {{"code", {{"type", "string"}}},
                       {"message", {{"type", "string"}}},
                       {"parameter", {{"type", "string"}}}}}}}}}}}}}}}};
  return doc.dump(2) + "\n";
}

}  // namespace fardeau::server

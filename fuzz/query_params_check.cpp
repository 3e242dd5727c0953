#include "query_params_check.hpp"

#include <algorithm>
#include <exception>

#include <nlohmann/json.hpp>

#include "routes.hpp"

namespace fardeau::fuzzing {
namespace {

constexpr std::size_t kMaxValueBytes = 1024;  // as apps/server/server.cpp

int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/// %XX and '+' decoded, as cpp-httplib decodes query strings.
std::string decode(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
      out += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
      i += 2;
    } else {
      out += s[i] == '+' ? ' ' : s[i];
    }
  }
  return out;
}

}  // namespace

std::optional<std::string> query_params_broken_invariant(const service::Engine& engine,
                                                         std::string_view input) {
  std::string_view method = "GET";
  if (input.substr(0, 5) == "POST ") {
    method = "POST";
    input.remove_prefix(5);
  }
  std::string_view body;
  if (auto nl = input.find('\n'); nl != std::string_view::npos) {
    body = input.substr(nl + 1);
    input = input.substr(0, nl);
  }
  if (input.substr(0, 8) == "/api/v1/") input.remove_prefix(8);
  const std::size_t q = input.find('?');
  const std::string_view name = input.substr(0, q);
  std::string_view query = q == std::string_view::npos ? std::string_view() : input.substr(q + 1);
  const auto& routes = server::api_routes();
  auto route = std::find_if(routes.begin(), routes.end(), [&](const server::Route& r) {
    return r.name == name && r.method == method;
  });
  if (route == routes.end()) return std::nullopt;  // 404 or 405 before any parameter is read

  // The server's checks on names and sizes (apps/server/server.cpp, route_params).
  std::vector<std::string> valid;
  for (const auto& p : route->params) valid.push_back(p.name);
  for (const auto& p : server::common_params()) valid.push_back(p.name);
  service::Params params;
  while (!query.empty()) {
    const std::size_t amp = query.find('&');
    std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (pair.empty()) continue;
    const std::size_t eq = pair.find('=');
    std::string key = decode(pair.substr(0, eq));
    std::string value = eq == std::string_view::npos ? std::string() : decode(pair.substr(eq + 1));
    if (std::find(valid.begin(), valid.end(), key) == valid.end()) return std::nullopt;
    if (value.size() > kMaxValueBytes) return std::nullopt;
    if (!params.emplace(std::move(key), std::move(value)).second) return std::nullopt;
  }
  for (const auto& p : route->params)
    if (p.required && !params.count(p.name)) return std::nullopt;
  if (method == "POST") params["body"] = std::string(body);
  auto lang = render::parse_lang(params.count("lang") ? params.at("lang") : "en");
  if (!lang) return std::nullopt;

  try {
    auto out = route->handler(engine, params, *lang);
    if (!out) {
      const Error& e = out.error();
      if (e.code == ErrorCode::internal) return "internal error: " + e.what();
      if (e.message.empty()) return "an error without a message";
      if (e.where.empty())
        return std::string("an error naming no parameter (") + to_string(e.code) +
               "): " + e.message;
      return std::nullopt;
    }
    if (!nlohmann::json::accept(*out)) return "the body is not valid JSON";
  } catch (const std::exception& e) {
    return std::string("exception escaped: ") + e.what();
  }
  return std::nullopt;
}

}  // namespace fardeau::fuzzing

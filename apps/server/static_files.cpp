#include "static_files.hpp"

#include <algorithm>
#include <cctype>
#include <system_error>

namespace fardeau::server {
namespace fs = std::filesystem;

std::optional<fs::path> canonical_web_root(const fs::path& root) {
  std::error_code ec;
  auto c = fs::canonical(root, ec);
  if (ec || !fs::is_directory(c, ec)) return std::nullopt;
  return c;
}

std::string content_type_for(const fs::path& p) {
  const auto ext = p.extension().string();
  if (ext == ".html") return "text/html; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".json") return "application/json";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".ico") return "image/x-icon";
  if (ext == ".woff2") return "font/woff2";
  if (ext == ".txt") return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

bool accepts_encoding(const std::string& accept_encoding, const std::string& coding) {
  bool by_star = false;
  std::size_t at = 0;
  while (at <= accept_encoding.size()) {
    auto end = accept_encoding.find(',', at);
    if (end == std::string::npos) end = accept_encoding.size();
    std::string item = accept_encoding.substr(at, end - at);
    at = end + 1;
    const auto semi = item.find(';');
    std::string name = item.substr(0, semi);
    std::string params = semi == std::string::npos ? "" : item.substr(semi + 1);
    auto trim = [](std::string& t) {
      t.erase(0, t.find_first_not_of(" \t"));
      t.erase(t.find_last_not_of(" \t") + 1);
    };
    trim(name);
    std::erase(params, ' ');
    std::erase(params, '\t');
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    // "q=0", "q=0.0", "q=0.000": refused. Any other weight accepts.
    const bool refused = params.size() >= 3 &&
                         (params.compare(0, 2, "q=") == 0 || params.compare(0, 2, "Q=") == 0) &&
                         params.find_first_not_of("0.", 2) == std::string::npos;
    if (name == coding) return !refused;
    if (name == "*") by_star = !refused;
  }
  return by_star;
}

std::optional<StaticFile> resolve_static(const fs::path& root, const std::string& url_path) {
  if (url_path.empty() || url_path.front() != '/' || url_path.size() > 1024) return std::nullopt;
  // Reject rather than normalise: a well-formed page never asks for these.
  if (url_path.find('\0') != std::string::npos || url_path.find('\\') != std::string::npos ||
      url_path.find("..") != std::string::npos || url_path.find("//") != std::string::npos ||
      url_path.find("/.") != std::string::npos)
    return std::nullopt;
  fs::path rel = fs::path(url_path.substr(1)).relative_path();
  fs::path candidate = root / rel;
  std::error_code ec;
  if (url_path.back() == '/' || fs::is_directory(candidate, ec)) candidate /= "index.html";
  auto real = fs::canonical(candidate, ec);  // follows symlinks: checked against the root below
  if (ec) return std::nullopt;
  const auto root_s = root.string() + "/";
  if (real.string().compare(0, root_s.size(), root_s) != 0) return std::nullopt;
  if (!fs::is_regular_file(real, ec)) return std::nullopt;
  return StaticFile{real, content_type_for(real)};
}

}  // namespace fardeau::server

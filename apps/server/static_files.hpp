// The dashboard's files, served only from inside the web root: the request path is
// checked (no "..", no backslash, no NUL, no absolute tricks) and the resolved file must
// still lie under the canonical root after symlinks are followed.
#pragma once
#include <filesystem>
#include <optional>
#include <string>

namespace fardeau::server {

struct StaticFile {
  std::filesystem::path path;
  std::string content_type;
};

/// The canonical web root, or nullopt when it is not a readable folder.
std::optional<std::filesystem::path> canonical_web_root(const std::filesystem::path& root);

/// The file a decoded URL path names under `root` (canonical), or nullopt: outside the
/// root, hidden, not a regular file, or malformed. "/" and folders give index.html.
std::optional<StaticFile> resolve_static(const std::filesystem::path& root,
                                         const std::string& url_path);

/// Whether an Accept-Encoding header accepts `coding` ("br", "gzip"): listed by name or by
/// "*", and not with q=0.
bool accepts_encoding(const std::string& accept_encoding, const std::string& coding);

/// MIME type by extension (text types in UTF-8).
std::string content_type_for(const std::filesystem::path& p);

}  // namespace fardeau::server

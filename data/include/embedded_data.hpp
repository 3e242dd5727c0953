// The data files compiled into the binary (data/CMakeLists.txt lists them).
#pragma once
#include <optional>
#include <string_view>
#include <vector>

namespace fardeau::embedded {
/// The bytes of an embedded data file by its name in data/ (e.g. "nato_members.csv").
std::optional<std::string_view> find(std::string_view name);
/// Names of every embedded file.
std::vector<std::string_view> names();
}  // namespace fardeau::embedded

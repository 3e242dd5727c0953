#include "editions.hpp"

#include <algorithm>
#include <stdexcept>

#include "io/builtin_reference.hpp"

namespace fardeau::property {

std::vector<std::string> builtin_ids() {
  std::vector<std::string> ids;
  for (const auto& v : io::builtin_vintages()) ids.push_back(v.id);
  return ids;
}

std::string param_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string s = info.param;
  std::replace(s.begin(), s.end(), '-', '_');
  return s;
}

const service::Engine& engine() {
  static const service::Engine e;
  return e;
}

const AllyRegistry& registry() {
  auto reg = engine().allies();
  if (!reg) throw std::runtime_error("ally registry: " + reg.error().what());
  return **reg;
}

DatasetPtr edition(const std::string& id) {
  auto d = engine().dataset(id);
  if (!d) throw std::runtime_error("edition " + id + ": " + d.error().what());
  return *d;
}

std::vector<int> years_of(const Dataset& d, Measure m) {
  std::vector<int> years;
  auto [first, last] = d.years(m);
  if (first == 0) return years;
  for (int y = first; y <= last; ++y) years.push_back(y);
  return years;
}

GroupSpec group(const std::string& id) {
  auto g = parse_group(id, registry());
  if (!g) throw std::runtime_error("group " + id + ": " + g.error().what());
  return *g;
}

}  // namespace fardeau::property

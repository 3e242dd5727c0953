#include "render/columns.hpp"

namespace fardeau::render {

std::string csv_text(const nlohmann::ordered_json& value) {
  if (value.is_null()) return "";
  if (value.is_boolean()) return value.get<bool>() ? "1" : "0";
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number_float()) return csv_number(value.get<double>());
  return value.dump();  // integers
}

}  // namespace fardeau::render

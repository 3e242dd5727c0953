#include "analysis/sample_checks.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include <fmt/format.h>

namespace fardeau::analysis::detail {

Status check_finite(std::span<const double> values, std::string_view what, std::string_view name) {
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (!std::isfinite(values[i]))
      return make_error(ErrorCode::invalid_argument,
                        fmt::format("{}: {}[{}] is {}; every value must be a finite number", what,
                                    name, i, std::isnan(values[i]) ? "NaN" : "infinite"),
                        std::string(name));
  }
  return ok_status();
}

Status check_min_size(std::span<const double> values, std::size_t min_n, std::string_view what,
                      std::string_view name) {
  if (values.size() < min_n)
    return make_error(ErrorCode::invalid_argument,
                      fmt::format("{}: {} has {} value(s); at least {} are needed", what, name,
                                  values.size(), min_n),
                      std::string(name));
  return ok_status();
}

Status check_same_size(std::span<const double> first, std::span<const double> other,
                       std::string_view what, std::string_view first_name,
                       std::string_view other_name) {
  if (first.size() != other.size())
    return make_error(ErrorCode::invalid_argument,
                      fmt::format("{}: {} has {} values but {} has {}; the samples must be paired "
                                  "(same length)",
                                  what, first_name, first.size(), other_name, other.size()),
                      std::string(other_name));
  return ok_status();
}

Status check_not_constant(std::span<const double> values, std::string_view what,
                          std::string_view name) {
  if (!values.empty() &&
      std::all_of(values.begin(), values.end(), [&](double v) { return v == values.front(); }))
    return make_error(ErrorCode::invalid_argument,
                      fmt::format("{}: {} is constant (all {} values are tied); the statistic is "
                                  "undefined without variation",
                                  what, name, values.size()),
                      std::string(name));
  return ok_status();
}

Status check_sample(std::span<const double> values, std::size_t min_n, std::string_view what,
                    std::string_view name) {
  if (auto s = check_min_size(values, min_n, what, name); !s) return s;
  return check_finite(values, what, name);
}

}  // namespace fardeau::analysis::detail

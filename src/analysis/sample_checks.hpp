// Input validation shared by the statistics kernels (internal: not part of the public API).
// Each check returns an ErrorCode::invalid_argument error naming the kernel (`what`), the
// parameter (`name`, also the error's `where`) and what is valid.
#pragma once
#include <cstddef>
#include <span>
#include <string_view>

#include "core/error.hpp"

namespace fardeau::analysis::detail {

/// Every element finite (no NaN, no infinity).
Status check_finite(std::span<const double> values, std::string_view what, std::string_view name);
/// At least `min_n` elements.
Status check_min_size(std::span<const double> values, std::size_t min_n, std::string_view what,
                      std::string_view name);
/// Same length as the first sample, `first_name`.
Status check_same_size(std::span<const double> first, std::span<const double> other,
                       std::string_view what, std::string_view first_name,
                       std::string_view other_name);
/// Not all elements equal (a constant variable has no ranking).
Status check_not_constant(std::span<const double> values, std::string_view what,
                          std::string_view name);
/// size >= min_n, finite: the usual pair of checks.
Status check_sample(std::span<const double> values, std::size_t min_n, std::string_view what,
                    std::string_view name);

}  // namespace fardeau::analysis::detail

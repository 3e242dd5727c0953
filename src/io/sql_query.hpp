// `fardeau sql`: read-only SQL over one view, observations(vintage, iso3, year,
// indicator, value, is_estimate, unit), holding the built-in editions and the imported
// ones. The built-in values are loaded into an in-memory database; the store is
// attached read-only as "store"; the view is the union of both. Only one SELECT (or
// WITH ... SELECT) statement is accepted; the connection is query_only and an
// authorizer refuses anything but reading.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/error.hpp"
#include "core/vintage.hpp"
#include "io/sql_budget.hpp"

namespace fardeau::io {

using SqlValue = std::variant<std::monostate, std::int64_t, double, std::string>;

struct SqlTable {
  std::vector<std::string> columns;
  std::vector<std::vector<SqlValue>> rows;
};

/// Run `sql` over the observations view. `store_path` may name a file that does not
/// exist (then only built-in editions are visible). Errors are located at "sql"; a passed
/// budget is ErrorCode::limit_exceeded (located at the flag that sets it), a cancel is
/// ErrorCode::interrupted. SQLite's heap limit is process-wide: one query at a time.
Result<SqlTable> query_observations(std::string_view sql, const std::vector<DatasetPtr>& builtin,
                                    const std::string& store_path, const SqlBudget& budget = {});

}  // namespace fardeau::io

// An ally's share of spending against its share of GDP or population, as columns: the
// rows of `fardeau shares` and of `fardeau stats fair-share` (render/shares_view.cpp).
#pragma once
#include <string>

#include "analysis/shares.hpp"
#include "render/columns.hpp"

namespace fardeau::render {

struct ShareColumnsOptions {
  bool spending_in_table = false;  ///< the spending itself, US$ m, as a table column
  const char* ratio_en = "Ratio";  ///< the ratio's table header
  const char* ratio_fr = "Ratio";
  bool by_column = false;  ///< the CSV names the base (gdp, population)
};

Columns<analysis::ShareRow> share_row_columns(const std::string& vintage,
                                              const analysis::SharesResult& s, Lang lang,
                                              const ShareColumnsOptions& options);

}  // namespace fardeau::render

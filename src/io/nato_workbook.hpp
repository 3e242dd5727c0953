// Importer of NATO's official workbook "def-exp-YYYY-en.xlsx" (Defence Expenditure /
// Defence Investment of NATO Countries) into a Panel with the indicator ids and units
// of data/nato_2026_edition_long.csv, estimate flags included.
//
// We do not hold an official workbook, so the layout below is defined from the domain
// notes (reference/domain.md §1.1) and from two independent parsers of the 2025 and 2026
// files; every element is recognised by content, and what does not match fails with the
// sheet and cell.
//
//   Sheets "Table 1", "Table 2", "Table 3", "Table 5", "Table 6", "Table 7", "Table 8a",
//   "Table 8b" (all required; other sheets, e.g. a contents page, are ignored).
//   In each sheet, top to bottom:
//     * title rows: one text starting with the sheet name ("Table 2: Core defence
//       expenditure ..."), unit lines, blank rows, in any number;
//     * one block per series (two per table, one in Table 7):
//         - a subtitle naming the series, in column A (merged cells are fine), e.g.
//           "Current prices and exchange rates" / "Constant 2021 prices and exchange
//           rates"; the nearest column-A text above the block's header row counts;
//         - a header row: column A empty (or "Country"), then years in increasing
//           order: numbers (2014) or text ("2014", "2025e"; "e" = estimate);
//         - country rows: the label in column A as NATO prints it ("Slovak Republic",
//           "Türkiye", "Czechia"...), optionally with a footnote '*' and, in Table 1,
//           the currency in parentheses ("Sweden (Kronor)"); values under the years;
//           "..", "-" or an empty cell = not published. Blank rows may appear anywhere;
//         - the aggregate rows "NATO Europe and Canada" (NATO_EUR_CAN) and "NATO Total"
//           (NATO_TOTAL), where published;
//     * a "Notes" row ends the sheet's data; what follows is ignored.
//   Series per table (subtitle keywords, case-insensitive) and indicator ids, B being
//   the price base year read from the titles ("constant 2021 prices", "based on 2021
//   prices"; all titles must agree):
//     Table 1  "current" defexp_ncu_current_m          "constant" defexp_ncu_constB_m
//     Table 2  "current" defexp_usd_current_m          "constant" defexp_usd_constB_m
//     Table 3  "share"/"% of" defexp_pct_gdp           "change"   defexp_real_change_pct
//     Table 5  "current" gdp_usd_current_m             "constant" gdp_usd_constB_m
//     Table 6  "gdp"  gdp_per_capita_constB_kusd       "defence"/"expenditure"
//                                                       defexp_per_capita_constB_usd
//     Table 7  military_personnel_k (one block; no subtitle needed)
//     Table 8a "equipment" equipment_share_pct         "personnel" personnel_share_pct
//     Table 8b "infrastructure" infrastructure_share_pct  "other" other_share_pct
//
// Failures (data_error, located): a missing or unrecognised block, a subtitle naming no
// or two series, an unknown country label, a number under no year header or in a row
// without a label (shifted columns), text in a value cell, a country twice in a block,
// titles naming two base years. Missing sheets are not_found.
#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "core/panel.hpp"
#include "io/xlsx_reader.hpp"

namespace fardeau::io {

struct NatoImport {
  Panel panel;        ///< entities: ISO3 codes, NATO_EUR_CAN, NATO_TOTAL
  int base_year = 0;  ///< price base of the constant-price series (2021 in 2025-2026)
  /// Entities whose label carries NATO's footnote mark '*' (revised series or a
  /// national-definition caveat) in any table.
  std::set<std::string> footnoted;
  /// National currency as printed in Table 1 labels ("SWE" -> "Kronor"); the panel's
  /// unit for the national-currency series is generic because it holds one unit per
  /// indicator.
  std::map<std::string, std::string> national_currency;
};

/// Import the 15 series of an open NATO workbook. All or nothing: the first problem is
/// returned as an Error located at its sheet and cell.
Result<NatoImport> import_nato_workbook(const XlsxReader& book);

/// ISO3 code (or NATO_EUR_CAN / NATO_TOTAL) for a NATO row label; the footnote '*' and a
/// trailing "(currency)" are ignored, as is letter case. nullopt for an unknown label.
std::optional<std::string_view> nato_iso3(std::string_view label);

}  // namespace fardeau::io

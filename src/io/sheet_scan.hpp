// What the workbook importers share to recognise a layout by its content rather than by
// fixed positions: cell text normalised, year column headers ("2025e"), not-available
// markers, the price base year named in a title, and build.py's decimal rounding; and how
// they word a cell or an exception in an error.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "io/xlsx_reader.hpp"

namespace fardeau::io {

/// `s` without leading/trailing ASCII white space and no-break spaces (U+00A0).
std::string_view trim_text(std::string_view s);
/// The trimmed text of a text cell; "" for any other cell.
std::string_view cell_text(const Cell& c);
std::string lower_ascii(std::string_view s);
bool contains_icase(std::string_view haystack, std::string_view needle);
bool starts_with_icase(std::string_view s, std::string_view prefix);
bool equals_icase(std::string_view a, std::string_view b);

/// A year column header.
struct YearHeader {
  int year = 0;
  bool estimate = false;  ///< the header carries NATO's "e" suffix ("2025e")
};
/// A whole number 1900..2100, or text "2024" / "2025e" / "2025 e" (optionally with a
/// trailing footnote '*'); nullopt for anything else.
std::optional<YearHeader> parse_year_header(const Cell& c);

/// True for the publishers' "no value" markers: "..", ". .", "...", "-", "–", "n.a.",
/// "n/a" (spaces ignored, case-insensitive).
bool is_not_available_marker(std::string_view text);

/// The base year of constant prices named in a title: "constant 2021 prices",
/// "(based on 2021 prices)", "Constant (2023) US$" -> 2021 / 2021 / 2023; nullopt when the
/// text names no price base (a year range such as "(2014-2026)" does not count).
std::optional<int> price_base_year(std::string_view text);

/// `v` rounded to `decimals` decimal places, correctly rounded with ties to even: the
/// result of Python's round(v, decimals), which data/scripts/build.py applied.
double round_decimals(double v, int decimals);

/// A cell as an error message shows it: 'text' (60 bytes at most), TRUE / FALSE, or
/// "error value #N/A".
std::string describe_cell(const Cell& c);

/// The error for an exception escaping an importer, located at `where`: running out of
/// memory is a data_error (the workbook is too large to import), anything else internal.
/// Call it only inside a catch block: it rethrows the exception in flight to tell which.
Error import_exception_error(const std::string& where);

}  // namespace fardeau::io

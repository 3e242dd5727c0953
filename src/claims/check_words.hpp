// The words of the checker's messages (check.cpp): what kind of thing an expression is,
// in English and French, and "did you mean" among the functions and indicators.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace fardeau::claims::check_words {

enum class Kind { number, boolean, name, range };

const char* kind_words(Kind k);
const char* kind_words_fr(Kind k);
/// The function names (and the alias mean), the indicator names.
std::vector<std::string_view> function_list();
std::vector<std::string_view> indicator_list();
/// " (did you mean X?)" when a candidate is close to `word`, else "".
std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& list);
std::string did_you_mean_fr(std::string_view word, const std::vector<std::string_view>& list);

}  // namespace fardeau::claims::check_words

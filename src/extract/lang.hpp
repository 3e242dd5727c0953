// The language of an article: English or French (NATO's two official languages).
#pragma once

namespace fardeau::extract {

enum class Lang { en, fr };
const char* to_string(Lang l);

}  // namespace fardeau::extract

// NATO's two official languages, which people's output follows (labels, numbers).
#pragma once

namespace fardeau {

enum class Lang { en, fr };

}  // namespace fardeau

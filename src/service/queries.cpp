#include "service/queries.hpp"
// Query and result types are plain structs; this file keeps the target non-empty and
// gives the header a place to be checked on its own.

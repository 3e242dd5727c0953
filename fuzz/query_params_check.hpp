// What fuzz/query_params_fuzz.cpp does with one input, shared with the CTest that replays
// the seed corpus and the kept regressions (tests/fuzz). An input is a request line as
// the API sees it: "[POST ]/api/v1/ENDPOINT?QUERY" (the "/api/v1/" prefix optional), and
// for POST the body after the first newline. The query string is decoded as cpp-httplib
// does; names the route does not declare, repeated names and values over 1 KiB are
// turned away before any query is built, as the server does (400). The rest goes
// through the route's handler: service/query_params.hpp builds the typed query, the
// engine answers it over the embedded data, render writes the JSON body.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "service/engine.hpp"

namespace fardeau::fuzzing {

/// Run one request; the description of the first broken invariant, or nullopt:
///   * no exception escapes (the server would answer 500);
///   * an error is never internal and names the parameter it is about (a 400 the client
///     can act on; an unnamed not_found would read as 404, "no such endpoint");
///   * a body is valid JSON (UTF-8 included) that parses back.
std::optional<std::string> query_params_broken_invariant(const service::Engine& engine,
                                                         std::string_view input);

}  // namespace fardeau::fuzzing

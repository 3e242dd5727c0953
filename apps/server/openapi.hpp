// openapi.json, generated from the route table so that it lists every endpoint.
#pragma once
#include <string>
#include <vector>

#include "routes.hpp"

namespace fardeau::server {

std::string openapi_json(const std::vector<Route>& routes, const std::string& version);

}  // namespace fardeau::server

// Pieces the statistics views share (render/stats_view.cpp, stats_exploitation_view.cpp,
// stats_shares_view.cpp): ids, lists of codes, the query echo, skipped years.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "render/document.hpp"
#include "render/format.hpp"
#include "service/stats.hpp"

namespace fardeau::render::stats_parts {

std::string method_id(analysis::PValueMethod m);
/// The codes joined by `sep`.
std::string codes(const std::vector<std::string>& v, const char* sep = " ");
nlohmann::ordered_json stats_query(const service::StatsScope& s);
nlohmann::ordered_json skipped_json(const std::vector<service::SkippedYear>& skipped);
void skipped_notes(Block& b, const std::vector<service::SkippedYear>& skipped, Lang lang);
/// A correlation coefficient for people: three decimals.
std::string rho_text(double v, Lang lang);
std::string method_text(analysis::PValueMethod m, Lang lang);
std::string basis_text(PriceBasis b, Lang lang);

}  // namespace fardeau::render::stats_parts

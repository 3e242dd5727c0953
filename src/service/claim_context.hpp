// The claim language's DataContext over the engine's embedded (or --data) vintages:
// values through Dataset::get, members through resolve_group, the engine's vintages.
// One context per check (or per thread): it caches the datasets and the ally registry
// it has looked up, without locking.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claims/data_context.hpp"
#include "core/ally.hpp"
#include "core/error.hpp"
#include "core/vintage.hpp"
#include "service/engine.hpp"

namespace fardeau::service {

class ClaimContext final : public claims::DataContext {
 public:
  /// `default_vintage`: the vintage of claims that name none (not given: kDefaultVintage,
  /// the latest NATO edition). Unknown and empty ids are reported by default_vintage().
  explicit ClaimContext(const Engine& engine,
                        std::optional<std::string> default_vintage = std::nullopt);

  /// Errors: not_found (unknown ally or vintage), unavailable (the vintage does not
  /// publish the measure, or not for this ally and year), out_of_coverage (year outside
  /// the years the vintage publishes the measure for, naming them).
  Result<Observation> value(Measure measure, std::string_view ally, int year,
                            std::string_view vintage) const override;
  /// Built-in groups only (nato, europe-canada, european-allies, eu), Iceland included.
  Result<std::vector<std::string>> members(std::string_view group, int year,
                                           Membership membership) const override;
  Result<std::string> default_vintage() const override;
  /// The engine's vintages in its order: NATO editions newest first, then SIPRI, WDI.
  std::vector<std::string> vintages() const override;

  /// Whether `e` is a "year outside the vintage" error (ErrorCode::out_of_coverage): a gap
  /// in the data, not a mistake in the claim (check.cpp calls such a reading "not checkable").
  static bool is_coverage_error(const Error& e);

  /// The metadata of a vintage id, if the engine knows it.
  const VintageInfo* info(std::string_view vintage) const;

 private:
  Result<const Dataset*> dataset(std::string_view vintage) const;
  Result<const AllyRegistry*> registry() const;

  const Engine& engine_;
  std::string default_vintage_;
  std::vector<VintageInfo> infos_;
  // A handful of vintages: a linear search beats hashing.
  mutable std::vector<std::pair<std::string, DatasetPtr>> datasets_;
  mutable const AllyRegistry* registry_ = nullptr;
  // ISO3 -> ally: AllyRegistry::find compares five names per ally, case-insensitively;
  // a claim asks for thousands of values.
  mutable std::vector<std::pair<std::string, const Ally*>> by_iso3_;  // sorted by code
  const Ally* find_ally(std::string_view iso3) const;
};

}  // namespace fardeau::service

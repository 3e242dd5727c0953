// The service facade: resolves vintages, groups and years, validates every parameter,
// runs the analysis and returns typed results. Thread-safe: datasets load lazily once
// and are shared read-only.
#pragma once
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/ally.hpp"
#include "core/error.hpp"
#include "core/vintage.hpp"
#include "core/vintage_provider.hpp"
#include "io/data_source.hpp"
#include "service/queries.hpp"

namespace fardeau::service {

class Engine {
 public:
  /// `imported`: where vintages that are not built in come from (the store of imported
  /// editions, io::StoreProvider); their ids then work wherever a built-in id does.
  explicit Engine(io::DataSource source = io::DataSource::embedded(),
                  std::shared_ptr<const VintageProvider> imported = nullptr);

  const io::DataSource& source() const { return source_; }

  /// The ally registry (loaded once): nato_members.csv with the French names and EU
  /// membership of the source's reference tables.
  Result<const AllyRegistry*> allies() const;
  /// The built-in vintages of the source (loaded once): the embedded catalogue, or the one of
  /// the --data folder (io/vintage_catalogue.hpp).
  Result<const std::vector<VintageInfo>*> builtin_infos() const;
  /// Metadata of every known vintage (no data loaded): built-in, then imported ones
  /// (an unreadable store is an error).
  Result<std::vector<VintageInfo>> all_vintage_infos() const;
  /// Same, but a store that cannot be read contributes nothing.
  std::vector<VintageInfo> vintage_infos() const;
  /// A vintage's dataset by id. An unknown id is not_found and an empty one invalid_argument,
  /// both located at "--vintage" and listing the valid ids (built-in, then imported).
  Result<DatasetPtr> dataset(std::string_view id) const;
  /// The dataset of `scope.vintage`, or of kDefaultVintage when the scope names none: the
  /// one place where a vintage not given becomes the default.
  Result<DatasetPtr> dataset(const Scope& scope) const;

  Result<VintagesResult> vintages() const;
  Result<IndicatorsResult> indicators(const Scope& scope) const;
  Result<AlliesResult> allies(const AlliesQuery& q) const;
  Result<ReportResult> report(const ReportQuery& q) const;
  Result<ComplianceResultSet> compliance(const ComplianceQuery& q) const;
  Result<GapResultSet> gap(const GapQuery& q) const;
  Result<SharesResultSet> shares(const SharesQuery& q) const;
  Result<TrendResultSet> trend(const TrendQuery& q) const;
  Result<SeriesResult> series(const SeriesQuery& q) const;

 private:
  io::DataSource source_;
  std::shared_ptr<const VintageProvider> imported_;
  mutable std::mutex mu_;
  mutable std::unique_ptr<AllyRegistry> allies_;
  mutable std::unique_ptr<std::vector<VintageInfo>> catalogue_;  ///< of a --data folder
  mutable std::map<std::string, DatasetPtr, std::less<>> datasets_;
};

/// The year to use: `year` if given and inside the vintage's span for `m`, else the
/// last year; an invalid_argument error naming `param` and the valid range otherwise.
Result<int> resolve_year(const Dataset& d, Measure m, std::optional<int> year,
                         const Location& param);

}  // namespace fardeau::service

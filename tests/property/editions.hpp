// What every property test is parameterised over: the built-in editions, one Engine over
// the embedded data (loaded once per process), and the years an edition covers.
#pragma once
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/ally.hpp"
#include "core/group.hpp"
#include "core/vintage.hpp"
#include "service/engine.hpp"

namespace fardeau::property {

/// The ids of the built-in editions (nato-2026, nato-2025, nato-2019, sipri-2025, wdi-2018).
std::vector<std::string> builtin_ids();
/// "nato-2026" -> "nato_2026": a test name gtest accepts.
std::string param_name(const ::testing::TestParamInfo<std::string>& info);

const service::Engine& engine();
const AllyRegistry& registry();
/// The edition, loaded (a test fails if it cannot be).
DatasetPtr edition(const std::string& id);
/// Every year the edition covers for `m`, first to last; empty when it does not publish it.
std::vector<int> years_of(const Dataset& d, Measure m);
/// The built-in group `id` ("nato", "europe-canada", "european-allies").
GroupSpec group(const std::string& id);

/// Parameterised over the built-in editions: instantiate a suite `S` with
/// FARDEAU_FOR_EVERY_EDITION(S).
class EditionTest : public ::testing::TestWithParam<std::string> {
 protected:
  const Dataset& d() const { return *dataset_; }
  void SetUp() override { dataset_ = edition(GetParam()); }

 private:
  DatasetPtr dataset_;
};

}  // namespace fardeau::property

#define FARDEAU_FOR_EVERY_EDITION(Suite)                                            \
  INSTANTIATE_TEST_SUITE_P(Editions, Suite,                                         \
                           ::testing::ValuesIn(::fardeau::property::builtin_ids()), \
                           ::fardeau::property::param_name)

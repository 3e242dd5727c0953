// fardeau-edition-image: the long CSV of every built-in edition (those of
// data/reference/vintages.csv) -> one binary image of their panels (io/edition_image.hpp),
// and the catalogue and the allies -> the reference image (io/reference_image.hpp), by
// fardeau's own loaders (io::load_vintage_catalogue, io::load_vintage, io::load_allies).
// The build runs it on data/ and embeds its output (data/CMakeLists.txt), so the program
// reads the built-in editions in place and the reference tables without parsing CSV at
// every start; the CSV in data/ stays the source of truth, and
// tests/unit/io/edition_image_test.cpp and reference_image_test.cpp check that the embedded
// images hold exactly its values. It first reads every reference table of data/ (allies,
// French names, EU membership, the publishers' spellings, the catalogue), so that a
// malformed one fails the build with its file:row:column instead of shipping.
//
//   fardeau-edition-image DATA_DIR EDITIONS.img REFERENCE.img
//
// Exit 0 written, 2 bad input (the loader's located message on stderr), 3 cannot write.
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "core/vintage.hpp"
#include "io/country_names.hpp"
#include "io/edition_image.hpp"
#include "io/members_loader.hpp"
#include "io/reference_image.hpp"
#include "io/vintage_catalogue.hpp"
#include "io/vintage_loader.hpp"
#include "tool.hpp"

namespace {
int run(int argc, char** argv) {
  using namespace fardeau;
  if (argc != 4) {
    std::fprintf(stderr, "usage: fardeau-edition-image DATA_DIR EDITIONS.img REFERENCE.img\n");
    return 2;
  }
  const auto source = io::DataSource::directory(argv[1]);
  auto fail = [](const Error& e) {
    std::fprintf(stderr, "fardeau-edition-image: error: %s\n", e.what().c_str());
    return 2;
  };
  auto allies = io::load_allies(source);
  if (!allies) return fail(allies.error());
  auto names = source.read(io::kCountryNamesFile);
  if (!names) return fail(names.error());
  if (auto parsed = io::parse_country_names(*names, source.location(io::kCountryNamesFile));
      !parsed)
    return fail(parsed.error());
  auto catalogue = io::load_vintage_catalogue(source);
  if (!catalogue) return fail(catalogue.error());
  std::vector<Dataset> datasets;
  for (const auto& info : *catalogue) {
    auto d = io::load_vintage(info, source);
    if (!d) return fail(d.error());
    datasets.push_back(std::move(*d));
  }
  std::vector<io::ImageEdition> editions;
  editions.reserve(datasets.size());
  for (const auto& d : datasets) editions.push_back({d.info().id, &d.panel()});
  const std::string image = io::write_edition_image(editions);
  const std::string reference = io::write_reference_image(*catalogue, allies->all());
  for (auto [path, bytes] : {std::pair{argv[2], &image}, std::pair{argv[3], &reference}})
    if (!datagen::write_output(path, *bytes)) {
      std::fprintf(stderr, "fardeau-edition-image: error: cannot write %s\n", path);
      return 3;
    }
  return 0;
}
}  // namespace

int main(int argc, char** argv) {
  return fardeau::datagen::tool_main("fardeau-edition-image", run, argc, argv);
}

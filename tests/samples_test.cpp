// The golden run: the readable edge list of the graph built from samples/,
// compared with tests/golden/samples_edges.txt. After a deliberate change to
// the extractor, regenerate it with KGRAPH_UPDATE_GOLDEN=1 and review the diff.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "src/corpus.h"
#include "src/extractor.h"

namespace fs = std::filesystem;

namespace {

std::string edge_list(const kgraph::Graph& g) {
  std::vector<std::string> lines;
  for (kgraph::Graph::EdgeRef e : g.edges_in_order())
    lines.push_back(g.edge(e).type + ": " + g.node(g.source(e)).name + " -> " + g.node(g.target(e)).name);
  std::sort(lines.begin(), lines.end());
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

}  // namespace

TEST_CASE("samples: the graph built from samples/ matches the golden edge list") {
  const fs::path root = KGRAPH_SOURCE_DIR;
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(root / "samples"))
    if (entry.path().extension() == ".txt" && std::isdigit(static_cast<unsigned char>(entry.path().filename().string()[0])))
      files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 8);
  kgraph::Graph g;
  kgraph::build_graph(files, kgraph::built_in_lexicon(), {}, g);
  std::string actual = edge_list(g);
  const fs::path golden = root / "tests/golden/samples_edges.txt";
  if (std::getenv("KGRAPH_UPDATE_GOLDEN")) std::ofstream(golden) << actual;
  std::ifstream in(golden);
  std::stringstream expected;
  expected << in.rdbuf();
  CHECK(actual == expected.str());
}

#include "src/extractor.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "graph/graph_file.h"
#include "src/corpus.h"

namespace fs = std::filesystem;
using kgraph::Graph;

namespace {

// A folder of texts written for the test, removed afterwards.
struct TextFolder {
  fs::path dir = fs::temp_directory_path() / ("kgraph_extractor_test_" + std::to_string(::getpid()));
  TextFolder() { fs::create_directories(dir); }
  ~TextFolder() { fs::remove_all(dir); }
  std::string add(const std::string& name, const std::string& text) {
    std::ofstream(dir / name) << text;
    return (dir / name).string();
  }
};

Graph build(const std::vector<std::string>& files, int jobs = 1, Graph graph = Graph()) {
  kgraph::build_graph(files, kgraph::built_in_lexicon(), {.jobs = jobs}, graph);
  return graph;
}

std::string node_line(const Graph& g, const std::string& name) {
  std::vector<Graph::Vertex> found = g.find_name(name);
  if (found.size() != 1) return "found " + std::to_string(found.size());
  const kgraph::Node& n = g.node(found[0]);
  std::string out = std::string(kgraph::node_type_name(n.type)) + " " + n.name + " |";
  for (const std::string& a : n.aliases) out += " " + a;
  return out;
}

}  // namespace

TEST_CASE("build_graph: one node per entity across articles, whatever the spelling") {
  TextFolder folder;
  std::vector<std::string> files = {
      folder.add("a.txt", "Kazakh President Kassym-Jomart Tokayev met with Peruvian President Luis Tapa.\n"),
      folder.add("b.txt", "President Qasym-Jomart Toqayev of Kazakhstan arrived in Lima. Toqayev spoke.\n")};
  Graph g = build(kgraph::list_input_files({folder.dir.string()}));
  CHECK(node_line(g, "Toqayev") == "leader Kassym-Jomart Tokayev | Qasym-Jomart Toqayev Toqayev");
  CHECK(node_line(g, "Kazakhstan") == "country Kazakhstan |");
  CHECK(g.documents.size() == 2);
}

TEST_CASE("build_graph: the same deal told in two articles is one deal node") {
  TextFolder folder;
  std::vector<std::string> files = {
      folder.add("a.txt", "Chile signed a $2.5 billion contract with the Irish company Hollins Ltd. for 40 ferries.\n"),
      folder.add("b.txt", "Hollins Ltd. and Chile signed a contract worth about $2.5 billion for 40 ferries.\n")};
  Graph g = build(files);
  int deals = 0;
  for (Graph::Vertex v = 0; v < g.node_count(); ++v) deals += g.node(v).type == kgraph::NodeType::kDeal;
  CHECK(deals == 1);
}

TEST_CASE("build_graph: appending keeps ids and skips documents already read") {
  TextFolder folder;
  std::string a = folder.add("a.txt", "Chilean President Amara Qorin met with Peruvian President Luis Tapa.\n");
  std::string b = folder.add("b.txt", "Peruvian President Luis Tapa met with Norwegian Prime Minister Jon Ek.\n");
  Graph first = build({a});
  std::string tapa_id = first.node(first.find_name("Luis Tapa").at(0)).id;
  Graph g = kgraph::read_graph(kgraph::write_graph_string(first), "first.json");
  kgraph::BuildReport report = kgraph::build_graph({a, b}, kgraph::built_in_lexicon(), {}, g);
  CHECK(report.read == 1);
  CHECK(report.already_known == 1);
  CHECK(g.node(g.find_name("Luis Tapa").at(0)).id == tapa_id);
  CHECK(g.documents.size() == 2);
}

TEST_CASE("build_graph: the output is the same for any number of jobs") {
  TextFolder folder;
  std::vector<std::string> files;
  const char* countries[] = {"Chile", "Peru", "Norway", "Kenya", "Japan"};
  for (int i = 0; i < 150; ++i)
    files.push_back(folder.add("t" + std::to_string(i) + ".txt",
                               std::string(countries[i % 5]) + " signed a $" + std::to_string(i + 1) +
                                   " million contract with the company Firm" + std::to_string(i % 7) +
                                   " Ltd. President Ana Lee" + std::to_string(i % 3) + " of " + countries[(i + 1) % 5] +
                                   " met with Prime Minister Bo Kim" + std::to_string(i % 4) + ".\n"));
  files = kgraph::list_input_files({folder.dir.string()});
  std::string one = kgraph::write_graph_string(build(files, 1));
  CHECK(kgraph::write_graph_string(build(files, 2)) == one);
  CHECK(kgraph::write_graph_string(build(files, 5)) == one);
}

TEST_CASE("build_graph: evidence offsets are code points of the original text") {
  TextFolder folder;
  std::string text = "Café talks — “big” news.\nChilean President Amara Qorin met with Peruvian President Luis Tapa.\n";
  Graph g = build({folder.add("a.txt", text)});
  REQUIRE(g.edge_count() > 0);
  const kgraph::Evidence& e = g.edge(g.edges_in_order().front()).evidence.at(0);
  CHECK(e.text == "Chilean President Amara Qorin met with Peruvian President Luis Tapa.");
  CHECK(e.start == 25);  // 25 code points before it, though more bytes
}

TEST_CASE("build_graph: binary and empty files are skipped with a warning") {
  TextFolder folder;
  std::string bin = folder.add("x.txt", std::string("abc\0def", 7));
  std::string empty = folder.add("y.txt", "");
  Graph g;
  kgraph::BuildReport report = kgraph::build_graph({bin, empty}, kgraph::built_in_lexicon(), {}, g);
  CHECK(report.skipped == 2);
  CHECK(report.binary_skipped);
  REQUIRE(report.warnings.size() == 2);
  CHECK(report.warnings[0] == bin + ": skipped: binary file (NUL byte at 3)");
}

TEST_CASE("build_graph: appending to 10,000 nodes of one name and 2,000 deals merges into the first node") {
  TextFolder folder;
  Graph g;
  for (int i = 0; i < 10000; ++i)
    g.add_node({.id = "n" + std::to_string(i), .type = kgraph::NodeType::kLeader, .name = "Jo Roe", .aliases = {"Roe"}});
  for (int i = 0; i < 2000; ++i) {
    Graph::Vertex deal = g.add_node({.id = "d" + std::to_string(i), .type = kgraph::NodeType::kDeal, .name = "Roe deal"});
    g.add_edge(static_cast<Graph::Vertex>(i), deal, {.type = "signed"});
  }
  std::string text = folder.add("roe.txt", "President Jo Roe met with Chilean President Amara Qorin in Lima.\n");
  kgraph::BuildReport report = kgraph::build_graph({text}, kgraph::built_in_lexicon(), {}, g);
  CHECK(report.read == 1);
  CHECK(g.node(0).mentions.size() == 1);
  CHECK(g.node(1).mentions.empty());
  CHECK(node_line(g, "Amara Qorin") == "leader Amara Qorin |");
  CHECK(g.node_count() == 12000 + 2);  // Amara Qorin and Chile
}

TEST_CASE("build_graph: a sentence of 100,000 words is read, its edges found") {
  TextFolder folder;
  std::string words;
  for (int i = 0; i < 10000; ++i) words += "and the ferries were late again ";
  std::string text = folder.add("long.txt", "Chilean President Amara Qorin met with Peruvian President Luis Tapa " + words +
                                                "while Chile signed a contract with the Irish company Hollins Ltd.\n");
  Graph g = build({text});
  CHECK(node_line(g, "Amara Qorin") == "leader Amara Qorin |");
  CHECK(node_line(g, "Hollins Ltd.") == "firm Hollins Ltd. |");
  CHECK(g.edge_count() >= 1);
}

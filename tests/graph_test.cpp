#include "graph/graph.h"

#include <doctest/doctest.h>

#include "graph/error.h"

using namespace kgraph;

namespace {

Graph small_graph() {
  Graph g;
  g.add_node(Node{.id = "n1", .type = NodeType::kLeader, .name = "Kassym-Jomart Tokayev",
                  .aliases = {"Tokayev", "Toqayev"}});
  g.add_node(Node{.id = "n2", .type = NodeType::kCountry, .name = "Kazakhstan"});
  g.add_node(Node{.id = "n3", .type = NodeType::kFirm, .name = "Tokayev Holdings"});
  g.add_edge(0, 1, Edge{.id = "e1", .type = "leader-of", .confidence = 0.9});
  return g;
}

}  // namespace

TEST_CASE("node types read and write by name") {
  for (NodeType type : kAllNodeTypes) CHECK(parse_node_type(node_type_name(type)) == type);
  CHECK(!parse_node_type("Leader"));
  CHECK(!parse_node_type(""));
}

TEST_CASE("look-up by id, name and alias folds case, accents and punctuation") {
  Graph g = small_graph();
  CHECK(g.find_id("n2") == Graph::Vertex{1});
  CHECK(!g.find_id("N2"));
  CHECK(g.find_name("kassym jomart TOKAYEV") == std::vector<Graph::Vertex>{0});
  CHECK(g.find_name("Toqayev") == std::vector<Graph::Vertex>{0});
  CHECK(g.find_name("KAZAKHSTAN.") == std::vector<Graph::Vertex>{1});
  CHECK(g.find_name("Tokayev Holdings's") == std::vector<Graph::Vertex>{2});
  CHECK(g.find_name("Astana").empty());
}

TEST_CASE("renaming through mutable_node refreshes the name index") {
  Graph g = small_graph();
  CHECK(g.find_name("Qazaqstan").empty());
  g.mutable_node(1).aliases.push_back("Qazaqstan");
  CHECK(g.find_name("qazaqstan") == std::vector<Graph::Vertex>{1});
}

TEST_CASE("ids are unique and edges keep their order") {
  Graph g = small_graph();
  CHECK_THROWS_AS(g.add_node(Node{.id = "n1", .name = "x"}), Error);
  CHECK_THROWS_AS(g.add_node(Node{.id = "", .name = "x"}), Error);
  g.add_edge(2, 1, Edge{.id = "e2", .type = "based-in"});
  g.add_edge(0, 1, Edge{.id = "e3", .type = "leader-of"});  // parallel edge
  std::vector<std::string> ids;
  for (Graph::EdgeRef e : g.edges_in_order()) ids.push_back(g.edge(e).id);
  CHECK(ids == std::vector<std::string>{"e1", "e2", "e3"});
  CHECK(g.node(g.source(g.edges_in_order()[1])).id == "n3");
}

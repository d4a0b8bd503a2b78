#include "export/selection.h"

#include <doctest/doctest.h>

#include <string>

#include "tests/small_graph.h"

using kgraph::Graph;
using kgraph::NodeType;
using kgraph::Selection;
using kgraph::test::make_graph;

namespace {

// "a b c | e0 e2": the node ids, then the edge ids, in the order selected.
std::string print(const Graph& g, const Selection& s) {
  std::string out;
  for (Graph::Vertex v : s.nodes) out += (out.empty() ? "" : " ") + g.node(v).id;
  out += " |";
  for (Graph::EdgeRef e : s.edges) out += " " + g.edge(e).id;
  return out;
}

Graph::Vertex id(const Graph& g, const std::string& name) { return *g.find_id(name); }

}  // namespace

TEST_CASE("select_all and select_around: nodes in vertex order, every edge among them") {
  // e0 a-b, e1 b-c, e2 c-e, e3 a>d signed, e4 b-e, e5 e-f, e6 c-b signed (parallel to e1)
  Graph g = make_graph({"a-b", "b-c", "c-e", "a>d:signed", "b-e", "e-f", "c>b:signed"});
  CHECK(print(g, kgraph::select_all(g)) == "a b c e d f | e0 e1 e2 e3 e4 e5 e6");
  CHECK(print(g, kgraph::select_around(g, id(g, "b"), {.depth = 1})) == "a b c e | e0 e1 e2 e4 e6");
  CHECK(print(g, kgraph::select_around(g, id(g, "f"), {.depth = 1})) == "e f | e5");
  CHECK(print(g, kgraph::select_around(g, id(g, "a"), {.depth = 2})) == "a b c e d | e0 e1 e2 e3 e4 e6");
  CHECK(print(g, kgraph::select_around(g, id(g, "b"), {.depth = 1, .via = {"signed"}})) == "b c | e6");
  CHECK(print(g, kgraph::select_around(g, id(g, "d"), {.depth = 1, .directed = true})) == "d |");
}

TEST_CASE("select_paths: the union of the paths' nodes and edges, in graph order") {
  Graph g = make_graph({"a-b", "b-c", "c-e", "a>d:signed", "d>e:signed", "e-f"});
  auto paths = kgraph::find_paths(g, id(g, "a"), id(g, "e"), {.k = 2});
  CHECK(print(g, kgraph::select_paths(g, paths)) == "a b c e d | e0 e1 e2 e3 e4");
  CHECK(print(g, kgraph::select_paths(g, {})) == " |");
}

TEST_CASE("filter_selection: node types, then the confidence bar") {
  // Edges without a confidence count as 0.5.
  Graph g = make_graph({"a-b:met-with:0.9", "b-c:met-with:0.4", "a>d1:signed:0.8", "c1>d1:signed", "p-q:met-with:0.2"});
  g.add_node({.id = "alone", .type = NodeType::kPerson, .name = "alone"});
  Selection all = kgraph::select_all(g);
  CHECK(print(g, all) == "a b c d1 c1 p q alone | e0 e1 e2 e3 e4");
  CHECK(print(g, kgraph::filter_selection(g, all, {})) == "a b c d1 c1 p q alone | e0 e1 e2 e3 e4");
  CHECK(print(g, kgraph::filter_selection(g, all, {.types = {NodeType::kDeal, NodeType::kCountry}})) == "c d1 c1 | e3");
  CHECK(print(g, kgraph::filter_selection(g, all, {.min_confidence = 0.5})) == "a b d1 c1 alone | e0 e2 e3");
  CHECK(print(g, kgraph::filter_selection(g, all, {.min_confidence = 0.85})) == "a b alone | e0");
  CHECK(print(g, kgraph::filter_selection(g, all, {.types = {NodeType::kPerson}, .min_confidence = 0.95})) == "alone |");
}

#include "graph/paths.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <queue>
#include <random>
#include <sstream>

#include "graph/neighbors.h"
#include "graph/resolve.h"
#include "tests/small_graph.h"

using kgraph::Graph;
using kgraph::NodeType;
using kgraph::Path;
using kgraph::PathQuery;
using kgraph::test::make_graph;

namespace {

std::string print(const Graph& g, const std::vector<Path>& paths) {
  std::string out;
  for (const Path& p : paths) {
    if (!out.empty()) out += " | ";
    for (std::size_t i = 0; i < p.nodes.size(); ++i) out += (i ? " " : "") + g.node(p.nodes[i]).id;
  }
  return out;
}

std::string query(const Graph& g, const std::string& from, const std::string& to, const PathQuery& q = {}) {
  return print(g, kgraph::find_paths(g, *g.find_id(from), *g.find_id(to), q));
}

}  // namespace

TEST_CASE("find_paths: shortest, k shortest and filtered paths on small graphs") {
  Graph g = make_graph({"a-b", "b-c", "c-e", "a-d", "d-e", "b-e", "a>x:signed", "x>e:signed", "e-f"});
  CHECK(query(g, "a", "f") == "a b e f");
  CHECK(query(g, "a", "f", {.k = 4}) == "a b e f | a d e f | a x e f | a b c e f");
  CHECK(query(g, "a", "f", {.k = 3, .max_hops = 3}) == "a b e f | a d e f | a x e f");
  CHECK(query(g, "a", "f", {.via = {"signed", "met-with"}, .avoid = {*g.find_id("b"), *g.find_id("d")}}) == "a x e f");
  CHECK(query(g, "a", "e", {.via = {"signed"}}) == "a x e");
  CHECK(query(g, "e", "a", {.directed = true, .via = {"signed"}}) == "");
  CHECK(query(g, "a", "e", {.directed = true, .via = {"signed"}}) == "a x e");
  CHECK(query(g, "a", "a") == "");
  CHECK(query(g, "a", "f", {.max_hops = 2}) == "");
}

TEST_CASE("find_paths: --through keeps inner nodes to some types; parallel edges are one step") {
  Graph g = make_graph({"p1-c1:leader-of", "c1-p2:leader-of", "p1-p3", "p3-p2", "p1-p3:signed"});
  CHECK(query(g, "p1", "p2", {.k = 5}) == "p1 c1 p2 | p1 p3 p2");
  CHECK(query(g, "p1", "p2", {.through = {NodeType::kPerson}}) == "p1 p3 p2");
}

TEST_CASE("find_paths: --reliable maximises the product of confidences") {
  Graph g = make_graph({"a-b:met-with:0.9", "b-z:met-with:0.9", "a-c:met-with:0.99", "c-d:met-with:0.99",
                        "d-z:met-with:0.99", "a-z:met-with:0.5"});
  CHECK(query(g, "a", "z") == "a z");
  CHECK(query(g, "a", "z", {.reliable = true}) == "a c d z");
  CHECK(query(g, "a", "z", {.k = 2, .reliable = true}) == "a c d z | a b z");
}

TEST_CASE("find_paths: the step shows the parallel edge of highest confidence") {
  Graph g = make_graph({"a-b:met-with:0.6", "a-b:signed:0.9"});
  std::vector<Path> paths = kgraph::find_paths(g, *g.find_id("a"), *g.find_id("b"), {.k = 3});
  REQUIRE(paths.size() == 1);
  CHECK(g.edge(paths[0].edges[0]).type == "signed");
}

TEST_CASE("find_paths: agrees with a plain BFS on a generated graph") {
  std::mt19937 random(7);
  const std::size_t n = 3000;
  std::vector<std::string> edges;
  for (std::size_t i = 0; i < 6000; ++i) {
    std::size_t a = random() % n, b = random() % n;
    if (a != b) edges.push_back("p" + std::to_string(a) + "-p" + std::to_string(b));
  }
  Graph g = make_graph(edges);
  // Reference: BFS over an adjacency list built here, independently of paths.cpp.
  std::vector<std::vector<Graph::Vertex>> adjacent(g.node_count());
  for (Graph::EdgeRef e : g.edges_in_order()) {
    adjacent[g.source(e)].push_back(g.target(e));
    adjacent[g.target(e)].push_back(g.source(e));
  }
  for (int trial = 0; trial < 200; ++trial) {
    Graph::Vertex from = random() % g.node_count(), to = random() % g.node_count();
    std::vector<int> dist(g.node_count(), -1);
    std::queue<Graph::Vertex> queue;
    dist[from] = 0;
    queue.push(from);
    while (!queue.empty()) {
      Graph::Vertex v = queue.front();
      queue.pop();
      for (Graph::Vertex w : adjacent[v])
        if (dist[w] < 0) dist[w] = dist[v] + 1, queue.push(w);
    }
    std::vector<Path> paths = kgraph::find_paths(g, from, to, {});
    CAPTURE(trial);
    if (from == to || dist[to] < 0) {
      CHECK(paths.empty());
      continue;
    }
    REQUIRE(paths.size() == 1);
    CHECK(static_cast<int>(paths[0].edges.size()) == dist[to]);
    for (std::size_t i = 0; i < paths[0].edges.size(); ++i) {
      Graph::EdgeRef e = paths[0].edges[i];
      bool joins = (g.source(e) == paths[0].nodes[i] && g.target(e) == paths[0].nodes[i + 1]) ||
                   (g.target(e) == paths[0].nodes[i] && g.source(e) == paths[0].nodes[i + 1]);
      CHECK(joins);
    }
  }
}

TEST_CASE("find_neighbors: by distance, then vertex order") {
  Graph g = make_graph({"a-b", "b-c", "a>d:signed", "c-e"});
  auto print_neighbors = [&](const kgraph::NeighborQuery& q) {
    std::string out;
    for (const kgraph::Neighbor& n : kgraph::find_neighbors(g, *g.find_id("a"), q))
      out += g.node(n.vertex).id + std::to_string(n.distance) + " ";
    return out;
  };
  CHECK(print_neighbors({.depth = 1}) == "b1 d1 ");
  CHECK(print_neighbors({.depth = 3}) == "b1 d1 c2 e3 ");
  CHECK(print_neighbors({.depth = 3, .via = {"signed"}}) == "d1 ");
}

TEST_CASE("resolve_name: id, name, alias, prefix, close spelling; ambiguous and unknown") {
  Graph g;
  g.add_node({.id = "n1", .type = NodeType::kLeader, .name = "Kassym-Jomart Tokayev", .aliases = {"Toqayev"}});
  g.add_node({.id = "n2", .type = NodeType::kLeader, .name = "Li Qiang"});
  g.add_node({.id = "n3", .type = NodeType::kFirm, .name = "Li Auto Inc."});
  g.add_node({.id = "n4", .type = NodeType::kCountry, .name = "Türkiye"});
  auto found = [&](const std::string& q) {
    kgraph::Resolution r = kgraph::resolve_name(g, q);
    return r.outcome == kgraph::Resolution::Outcome::kFound ? g.node(r.vertex).id : std::string("-");
  };
  CHECK(found("n2") == "n2");
  CHECK(found("kassym jomart TOKAYEV") == "n1");
  CHECK(found("Toqayev") == "n1");
  CHECK(found("turkiye") == "n4");
  CHECK(found("Kassym") == "n1");
  CHECK(found("Tokayv") == "n1");  // one edit from a word of a name: a misspelt surname
  CHECK(found("Zzyzx") == "-");
  CHECK(found("Li Qaing") == "n2");
  CHECK(kgraph::resolve_name(g, "Li").outcome == kgraph::Resolution::Outcome::kAmbiguous);
  CHECK_THROWS_WITH(kgraph::resolve_or_throw(g, "Li"), "ambiguous name \"Li\": Li Qiang (leader), Li Auto Inc. (firm)");
  CHECK_THROWS_WITH(kgraph::resolve_or_throw(g, "Zzyzx Qqq"), doctest::Contains("unknown name \"Zzyzx Qqq\""));
}

TEST_CASE("resolve_or_throw: a name shared by many nodes lists ten of them, then how many more") {
  Graph g;
  for (int i = 0; i < 25; ++i) g.add_node({.id = "n" + std::to_string(i), .type = NodeType::kLeader, .name = "Jo Roe"});
  std::string ten;
  for (int i = 0; i < 10; ++i) ten += (i ? ", " : "") + std::string("Jo Roe (leader)");
  CHECK_THROWS_WITH(kgraph::resolve_or_throw(g, "Jo Roe"), ("ambiguous name \"Jo Roe\": " + ten + " and 15 more").c_str());
}

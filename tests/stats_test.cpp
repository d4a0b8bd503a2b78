#include "graph/stats.h"

#include <doctest/doctest.h>

#include <cmath>
#include <queue>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "small_graph.h"

using kgraph::Graph;
using kgraph::GraphStats;
using kgraph::test::make_graph;

namespace {

std::string print_top(const Graph& g, const std::vector<kgraph::RankedNode>& top) {
  std::string out;
  for (const kgraph::RankedNode& r : top) {
    char score[32];
    std::snprintf(score, sizeof score, "%g", r.score);
    out += g.node(r.vertex).id + ":" + score + " ";
  }
  return out;
}

// Reference: betweenness from every pair's BFS distances and path counts,
// sigma_st(v) = sigma_sv * sigma_vt when v lies on a shortest s-t path.
std::vector<double> reference_betweenness(const std::vector<std::set<std::size_t>>& adjacent) {
  std::size_t n = adjacent.size();
  std::vector<std::vector<int>> dist(n, std::vector<int>(n, -1));
  std::vector<std::vector<double>> paths(n, std::vector<double>(n, 0));
  for (std::size_t s = 0; s < n; ++s) {
    std::queue<std::size_t> queue;
    dist[s][s] = 0, paths[s][s] = 1, queue.push(s);
    while (!queue.empty()) {
      std::size_t v = queue.front();
      queue.pop();
      for (std::size_t w : adjacent[v]) {
        if (dist[s][w] < 0) dist[s][w] = dist[s][v] + 1, queue.push(w);
        if (dist[s][w] == dist[s][v] + 1) paths[s][w] += paths[s][v];
      }
    }
  }
  std::vector<double> score(n, 0);
  for (std::size_t s = 0; s < n; ++s)
    for (std::size_t t = s + 1; t < n; ++t)
      for (std::size_t v = 0; v < n; ++v)
        if (v != s && v != t && dist[s][t] > 0 && dist[s][v] >= 0 && dist[v][t] >= 0 &&
            dist[s][v] + dist[v][t] == dist[s][t])
          score[v] += paths[s][v] * paths[v][t] / paths[s][t];
  return score;
}

}  // namespace

TEST_CASE("graph_stats: counts, components, degree and betweenness on a small graph") {
  // A path a-b-c-d (c a country, d a deal) with a parallel edge a-b, and a separate pair x-y.
  Graph g = make_graph({"a-b", "a>b:signed", "b-c", "c-d", "x-y"});
  GraphStats stats = kgraph::graph_stats(g, 3);
  CHECK(stats.nodes_per_type == std::map<std::string, std::size_t>{{"country", 1}, {"deal", 1}, {"person", 4}});
  CHECK(stats.edges_per_type.at("met-with") == 4);
  CHECK(stats.edges_per_type.at("signed") == 1);
  CHECK(stats.components == 2);
  CHECK(stats.largest_component == 4);
  CHECK(print_top(g, stats.top_degree) == "b:3 a:2 c:2 ");
  CHECK(print_top(g, stats.top_betweenness) == "b:2 c:2 a:0 ");
  CHECK(!stats.betweenness_sampled);
  CHECK(stats.betweenness_sources == 6);
}

TEST_CASE("graph_stats: exact betweenness equals the all-pairs reference on a random graph") {
  std::mt19937 random(7);
  std::vector<std::string> edges;
  std::vector<std::set<std::size_t>> adjacent(60);
  for (int i = 0; i < 150; ++i) {
    std::size_t a = random() % 60, b = random() % 60;
    if (a == b) continue;
    // Names start with 'p' so make_graph types them all as people; created on first use.
    edges.push_back("p" + std::to_string(a) + "-p" + std::to_string(b));
  }
  Graph g = make_graph(edges);
  for (Graph::EdgeRef e : g.edges_in_order())
    adjacent[g.source(e)].insert(g.target(e)), adjacent[g.target(e)].insert(g.source(e));
  adjacent.resize(g.node_count());
  GraphStats stats = kgraph::graph_stats(g, g.node_count());
  REQUIRE(!stats.betweenness_sampled);
  std::vector<double> expected = reference_betweenness(adjacent);
  REQUIRE(stats.top_betweenness.size() == g.node_count());
  for (const kgraph::RankedNode& r : stats.top_betweenness) {
    CAPTURE(g.node(r.vertex).id);
    CHECK(r.score == doctest::Approx(expected[r.vertex]));
  }
}

TEST_CASE("graph_stats: over its work budget, betweenness is sampled and says so") {
  Graph g = make_graph({"a-b", "b-c", "c-d", "d-e"});
  GraphStats stats = kgraph::graph_stats(g, 3, 30);
  CHECK(stats.betweenness_sampled);
  CHECK(stats.betweenness_sources >= 1);
  CHECK(stats.betweenness_sources < 5);
}

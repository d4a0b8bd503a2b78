// Graph statistics for `kgraph stats`: counts per type, connected components
// (edge direction ignored), and the nodes of highest degree and betweenness.
//
// Betweenness is Brandes' algorithm on the undirected graph. It is exact
// when its work (sources x adjacency steps) fits `work_budget`, about four
// seconds on one core (10,000 nodes and 100,000 arcs fit); otherwise it is
// estimated from a fixed-seed sample of source nodes, scaled up, and
// `betweenness_sampled` says so.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "graph/graph.h"

namespace kgraph {

struct RankedNode {
  Graph::Vertex vertex = 0;
  double score = 0;
};

struct GraphStats {
  std::map<std::string, std::size_t> nodes_per_type = {};
  std::map<std::string, std::size_t> edges_per_type = {};
  std::size_t components = 0;
  std::size_t largest_component = 0;
  std::vector<RankedNode> top_degree = {};       // highest first, ties by vertex order
  std::vector<RankedNode> top_betweenness = {};  // highest first, ties by vertex order
  std::size_t betweenness_sources = 0;           // source nodes used
  bool betweenness_sampled = false;
};

GraphStats graph_stats(const Graph& graph, std::size_t top = 10, std::size_t work_budget = 2'500'000'000);

}  // namespace kgraph

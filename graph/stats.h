// Graph statistics for `kgraph stats`: counts per type, connected components
// (edge direction ignored), and the nodes of highest degree and betweenness.
//
// Betweenness is Brandes' algorithm on the undirected graph. It is exact
// when the graph is small enough to do in a few seconds; otherwise it is
// estimated from a fixed-seed sample of source nodes and scaled up, and
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

// `exact_limit`: the most nodes for which betweenness is computed exactly.
GraphStats graph_stats(const Graph& graph, std::size_t top = 10, std::size_t exact_limit = 20000);

}  // namespace kgraph

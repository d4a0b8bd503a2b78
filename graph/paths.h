// Paths between two nodes: the shortest (BFS, from both ends), the k shortest
// simple paths (Yen's algorithm), or the most reliable (Dijkstra on
// -log(confidence)).
//
// A path is simple in its nodes; parallel edges between two nodes count as one
// step, and the step shows the allowed edge of highest confidence (the first in
// file order on a tie). Paths come shortest first (most reliable first with
// `reliable`); ties in a stable order: by the sequence of vertex indices.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "graph/graph.h"

namespace kgraph {

// What an edge without a confidence counts as, wherever a number is needed
// (the most reliable path, an export's edge weight).
inline constexpr double kUnknownConfidence = 0.5;

struct PathQuery {
  std::size_t k = 1;                          // how many paths
  std::optional<std::size_t> max_hops = {};   // longer paths are not returned
  bool directed = false;                      // follow edges only from source to target
  std::vector<std::string> via = {};          // edge types allowed; empty: all
  std::vector<NodeType> through = {};         // node types allowed for inner nodes; empty: all
  std::vector<Graph::Vertex> avoid = {};      // nodes never used
  bool reliable = false;                      // maximise the product of confidences
};

struct Path {
  std::vector<Graph::Vertex> nodes;    // from ... to
  std::vector<Graph::EdgeRef> edges;   // edges[i] joins nodes[i] and nodes[i + 1]
};

// Empty when there is no path (or from == to).
std::vector<Path> find_paths(const Graph& graph, Graph::Vertex from, Graph::Vertex to,
                             const PathQuery& query);

}  // namespace kgraph

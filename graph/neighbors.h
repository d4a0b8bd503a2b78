// The nodes within a few hops of one node (breadth-first), for
// `kgraph neighbors` and `kgraph export --around`.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "graph/graph.h"

namespace kgraph {

struct NeighborQuery {
  std::size_t depth = 1;
  std::vector<std::string> via = {};  // edge types followed; empty: all
  bool directed = false;              // follow edges only from source to target
};

struct Neighbor {
  Graph::Vertex vertex;
  std::size_t distance;       // hops from the start, >= 1
  Graph::EdgeRef reached_by;  // the edge that first reached it
};

// In order of distance, then of vertex index; the start node is not included.
std::vector<Neighbor> find_neighbors(const Graph& graph, Graph::Vertex start, const NeighborQuery& query);

}  // namespace kgraph

#include "export/selection.h"

#include <numeric>

namespace kgraph {

Selection select_all(const Graph& graph) {
  Selection all;
  all.nodes.resize(graph.node_count());
  std::iota(all.nodes.begin(), all.nodes.end(), Graph::Vertex{0});
  all.edges = graph.edges_in_order();
  return all;
}

}  // namespace kgraph

// Breadth-first search from the start node, level by level, so that the
// output order (distance, then vertex index) comes from sorting each level.
#include "graph/neighbors.h"

#include <algorithm>
#include <unordered_map>

namespace kgraph {

std::vector<Neighbor> find_neighbors(const Graph& graph, Graph::Vertex start, const NeighborQuery& query) {
  auto allowed = [&](Graph::EdgeRef e) {
    return query.via.empty() || std::find(query.via.begin(), query.via.end(), graph.edge_type(e)) != query.via.end();
  };
  std::unordered_map<Graph::Vertex, bool> seen = {{start, true}};
  std::vector<Neighbor> out;
  std::vector<Graph::Vertex> level = {start};
  for (std::size_t distance = 1; distance <= query.depth && !level.empty(); ++distance) {
    std::vector<Neighbor> next;
    auto reach = [&](Graph::Vertex w, Graph::EdgeRef e) {
      if (!allowed(e) || seen.count(w)) return;
      seen[w] = true;
      next.push_back({w, distance, e});
    };
    for (Graph::Vertex v : level) {
      for (Graph::Arc arc : graph.out_arcs(v)) reach(arc.node, arc.edge);
      if (!query.directed)
        for (Graph::Arc arc : graph.in_arcs(v)) reach(arc.node, arc.edge);
    }
    std::sort(next.begin(), next.end(), [](const Neighbor& a, const Neighbor& b) { return a.vertex < b.vertex; });
    level.clear();
    for (const Neighbor& n : next) level.push_back(n.vertex), out.push_back(n);
  }
  return out;
}

}  // namespace kgraph

// Each selection marks the nodes it keeps in a bitmap over vertex indices and
// then walks the edges in file order, so output order never depends on how
// the nodes were found.
#include "export/selection.h"

#include <algorithm>
#include <numeric>
#include <set>

namespace kgraph {
namespace {

using Marks = std::vector<bool>;

std::vector<Graph::Vertex> marked_nodes(const Marks& marks) {
  std::vector<Graph::Vertex> nodes;
  for (Graph::Vertex v = 0; v < marks.size(); ++v)
    if (marks[v]) nodes.push_back(v);
  return nodes;
}

bool allowed_type(const std::vector<std::string>& via, std::string_view type) {
  return via.empty() || std::find(via.begin(), via.end(), type) != via.end();
}

}  // namespace

Selection select_all(const Graph& graph) {
  Selection all;
  all.nodes.resize(graph.node_count());
  std::iota(all.nodes.begin(), all.nodes.end(), Graph::Vertex{0});
  auto edges = graph.edges_in_order();
  all.edges.assign(edges.begin(), edges.end());
  return all;
}

Selection select_around(const Graph& graph, Graph::Vertex center, const NeighborQuery& query) {
  Marks marks(graph.node_count(), false);
  marks[center] = true;
  for (const Neighbor& n : find_neighbors(graph, center, query)) marks[n.vertex] = true;
  Selection around{.nodes = marked_nodes(marks), .edges = {}};
  for (Graph::EdgeRef e : graph.edges_in_order())
    if (marks[graph.source(e)] && marks[graph.target(e)] && allowed_type(query.via, graph.edge_type(e)))
      around.edges.push_back(e);
  return around;
}

Selection select_paths(const Graph& graph, const std::vector<Path>& paths) {
  Marks marks(graph.node_count(), false);
  std::set<Graph::EdgeRef> on_path;
  for (const Path& path : paths) {
    for (Graph::Vertex v : path.nodes) marks[v] = true;
    on_path.insert(path.edges.begin(), path.edges.end());
  }
  Selection selected{.nodes = marked_nodes(marks), .edges = {}};
  for (Graph::EdgeRef e : graph.edges_in_order())
    if (on_path.count(e)) selected.edges.push_back(e);
  return selected;
}

Selection filter_selection(const Graph& graph, const Selection& selection, const SelectionFilter& filter) {
  Marks kept(graph.node_count(), false), had_edge(graph.node_count(), false), has_edge(graph.node_count(), false);
  for (Graph::Vertex v : selection.nodes)
    kept[v] = filter.types.empty() ||
              std::find(filter.types.begin(), filter.types.end(), graph.node(v).type) != filter.types.end();
  Selection filtered;
  for (Graph::EdgeRef e : selection.edges) {
    Graph::Vertex s = graph.source(e), t = graph.target(e);
    if (!kept[s] || !kept[t]) continue;
    had_edge[s] = had_edge[t] = true;
    if (filter.min_confidence && graph.edge_confidence(e).value_or(kUnknownConfidence) < *filter.min_confidence) continue;
    has_edge[s] = has_edge[t] = true;
    filtered.edges.push_back(e);
  }
  for (Graph::Vertex v : selection.nodes)
    if (kept[v] && (has_edge[v] || !had_edge[v])) filtered.nodes.push_back(v);
  return filtered;
}

}  // namespace kgraph

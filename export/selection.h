// The part of a graph that an export writes: every format (DOT, SVG, PNG,
// GraphML, GEXF) takes a Selection, so `--around`, `--path`, `--types` and
// `--min-confidence` mean the same thing in each.
//
// Guarantees: nodes and edges come in graph order (vertex index, file order
// of edges) whatever the query, so two exports of one selection are
// byte-identical; every edge's two ends are among the nodes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "graph/neighbors.h"
#include "graph/paths.h"

namespace kgraph {

struct Selection {
  std::vector<Graph::Vertex> nodes;   // ascending vertex index
  std::vector<Graph::EdgeRef> edges;  // in Graph::edges_in_order() order
};

// The whole graph.
Selection select_all(const Graph& graph);

// `center` and the nodes within `query.depth` hops of it, with every edge
// among them that `query.via` allows (not only the edges that reached them).
Selection select_around(const Graph& graph, Graph::Vertex center, const NeighborQuery& query);

// The nodes and edges of the paths (an answer of find_paths); empty for none.
Selection select_paths(const Graph& graph, const std::vector<Path>& paths);

struct SelectionFilter {
  std::vector<NodeType> types = {};           // node types kept; empty: all
  std::optional<double> min_confidence = {};  // weaker edges dropped; no confidence counts as 0.5
};

// What `filter` keeps of `selection`: nodes of the kept types, edges whose
// ends are both kept and whose confidence is high enough. A node that had
// edges in `selection` and lost them all to the confidence bar goes too, so
// a confident view has no stray nodes; a node that had no edge stays.
Selection filter_selection(const Graph& graph, const Selection& selection, const SelectionFilter& filter);

}  // namespace kgraph

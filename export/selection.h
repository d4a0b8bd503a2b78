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
#include "graph/paths.h"

namespace kgraph {

struct Selection {
  std::vector<Graph::Vertex> nodes;   // ascending vertex index
  std::vector<Graph::EdgeRef> edges;  // in Graph::edges_in_order() order
};

// The whole graph.
Selection select_all(const Graph& graph);

}  // namespace kgraph

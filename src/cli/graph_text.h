// How commands print graph pieces for people: "Name (type)", one line per
// hop with its arrow, evidence sentences with their document.
#pragma once

#include <string>

#include "graph/graph.h"

namespace kgraph {

// "Kassym-Jomart Tokayev (leader)".
std::string node_label(const Graph& graph, Graph::Vertex v);

// "A (leader) --met-with--> B (leader)", or "<--type--" when the path walks
// the edge against its direction (`from` is the node the hop starts at).
std::string hop_line(const Graph& graph, Graph::Vertex from, Graph::EdgeRef e);

// The evidence of an edge, one indented line each: the sentence (cut at 300
// characters) and its document's title or path.
std::string evidence_lines(const Graph& graph, Graph::EdgeRef e, std::size_t limit = 1);

}  // namespace kgraph

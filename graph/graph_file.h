// The kgraph/1 graph file (../shared/spec/graph-format.md): JSON text <-> Graph.
//
// Reading streams the JSON through RapidJSON's iterative SAX parser, so memory
// grows with the graph, not with the file (a regular file is parsed in place
// through a memory map, whose pages are released behind the reader; a pipe is
// read whole first), and deep nesting cannot overflow the stack. It checks everything the spec requires and throws an Error naming the
// first problem: "graph.json: line 3, column 17: missing a comma or '}' after
// an object member", "graph.json: edges[12].target: no node \"n99\"".
// Fields kgraph does not know (at the top level and in documents, nodes and
// edges) are kept and written back. Writing is atomic (atomic_file.h).
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

#include "graph/graph.h"

namespace kgraph {

// `display_name` is how messages name the input (usually its path).
Graph read_graph(std::string_view json, std::string_view display_name);
// Throws Error("PATH: cannot read: ...") for a missing or unreadable file.
Graph read_graph_file(const std::string& path);

// Writes the graph as indented JSON, nodes and edges in graph order.
void write_graph(const Graph& graph, std::FILE* out);
std::string write_graph_string(const Graph& graph);
void write_graph_file(const Graph& graph, const std::string& path);

}  // namespace kgraph

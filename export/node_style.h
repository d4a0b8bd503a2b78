// How each node type looks in every visual export: DOT shape and fill,
// GraphML's r/g/b keys, GEXF's viz:color. One table, so a firm is the same
// colour in a rendered SVG and in Gephi.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "graph/graph.h"

namespace kgraph {

struct NodeStyle {
  std::string_view shape;  // a Graphviz node shape
  std::uint8_t r, g, b;    // fill colour
};

const NodeStyle& node_style(NodeType type);

// "#rrggbb" of the style's fill colour.
std::string fill_hex(const NodeStyle& style);

}  // namespace kgraph

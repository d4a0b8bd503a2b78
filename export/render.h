// SVG and PNG of a selection, laid out and rendered in-process by libgvc:
// Selection -> the DOT graph of export/dot.h -> gvLayout -> gvRender -> file.
//
// Guarantees: the file is written through write_file_atomically, so on any
// failure it is left as it was and no partial file remains; Graphviz's
// messages (warnings included) are captured rather than printed to stderr,
// and a failing layout or render becomes a kgraph::Error with one line that
// names the output path and Graphviz's reason.
//
// Graphviz is not thread-safe: its error handler, the one libgvc context
// kept for the process and its layout state are process-wide, so call
// render_image (and dot_text) from one thread only.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "export/selection.h"
#include "graph/graph.h"

namespace kgraph {

enum class ImageFormat { kSvg, kPng };

// "sfdp" above 300 nodes: dot takes minutes on a tangled graph of a thousand
// nodes, sfdp seconds. Up to 300, "dot" for a connected selection (a path, the
// nodes around one) and "neato" for one of several components, which dot
// would draw side by side in one row many metres wide.
std::string_view choose_layout(std::size_t node_count, std::size_t component_count = 1);

// Connected components of the selection, edge direction ignored.
std::size_t component_count(const Graph& graph, const Selection& selection);

// Lays out and renders the selection in-process through libgvc (gvLayout,
// gvRender, gvFreeLayout), and writes it to `path` through
// write_file_atomically (graph/atomic_file.h). `layout` is a Graphviz engine
// name ("dot", "sfdp", "neato"...); empty = choose_layout. Warnings that do
// not stop the layout are dropped. Throws kgraph::Error naming `path` when
// the layout or the render fails or the file cannot be written.
void render_image(const Graph& graph, const Selection& selection, ImageFormat format, std::string_view layout,
                  const std::string& path);

}  // namespace kgraph

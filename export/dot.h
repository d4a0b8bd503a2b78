// DOT of a selection, for Graphviz: Selection -> libcgraph graph -> DOT text.
// Each node is drawn in its type's style (export/node_style.h) and labelled
// with its name (a deal also with its value and item, "$4.2 billion"), its
// tooltip naming its type and aliases; each edge is labelled with its type,
// its tooltip holding its confidence and evidence sentences; a legend node
// (an HTML table) lists the node types present and their counts.
//
// Guarantees: `dot -Tsvg` reads the text without a warning whatever the names
// hold (keywords, quotes, backslashes, markup, emoji, control characters);
// the graph is a non-strict digraph, so parallel edges of different types
// between one pair stay separate; DOT node names are the kgraph node ids and
// edge keys the edge ids, both through dot_escape (made unique if escaping
// makes two equal); output is the same for the same selection.
//
// Graphviz is not thread-safe: call these, and render_image, from one thread.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "export/selection.h"
#include "graph/graph.h"

typedef struct Agraph_s Agraph_t;  // libcgraph's graph (graphviz/cgraph.h)

namespace kgraph {

struct AgraphClose {
  void operator()(Agraph_t* graph) const;  // agclose
};
using AgraphPtr = std::unique_ptr<Agraph_t, AgraphClose>;

// DOT of the selection, built through libcgraph (agopen, agnode, agedge, agsafeset, agwrite).
// An empty selection gives a graph without nodes and without legend.
std::string dot_text(const Graph& graph, const Selection& selection);

// The libcgraph graph that dot_text writes, for rendering (export/render.h).
AgraphPtr dot_graph(const Graph& graph, const Selection& selection);

// The one escaping function every name and label goes through, giving the
// string to hand to libcgraph, which quotes it and escapes `"` itself when it
// writes: a backslash is doubled (Graphviz 2.42 does not escape it, and labels
// read `\\` as one backslash, so `\N` or `\n` in a name shows as written), a
// newline becomes Graphviz's line break `\n`, a tab a space, other control
// characters (C0, DEL, C1) and invalid UTF-8 bytes are dropped. Everything
// else, `&` and `<` included, stays as it is (Graphviz shows a plain `&`).
std::string dot_escape(std::string_view text);

// The first `max_bytes` bytes of UTF-8 text, cut back to a code point
// boundary, with "..." appended when anything was cut.
std::string cut_utf8(std::string_view text, std::size_t max_bytes);

// A dollar amount for people: "$4.2 billion", "$230 million", "$1.25 trillion"
// (three significant digits), "$250,000" below a million.
std::string usd_text(double usd);

}  // namespace kgraph

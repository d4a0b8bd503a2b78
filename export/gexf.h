// A selection as GEXF 1.3 (graph -> GEXF text), Gephi's own format.
//
// What the file holds: namespaces http://gexf.net/1.3 and its viz module;
// typed <attributes> for nodes (type, aliases, then one per node attribute,
// typed as xml_graph.h says) and edges (confidence, evidence one sentence per
// line, docs joined by "; "); each node with its name as label, viz:color of
// its type (node_style.h) and viz:size by its degree in the selection
// (8 + 4 * sqrt(degree)); each edge with its type as both label and kind, so
// Gephi keeps parallel edges of different types apart, and weight (the
// confidence, 0.5 when unknown). Ids are those of xml_graph.h's XmlIds.
//
// Dates, where known, are `start` (timeformat "date", mode "dynamic"; an
// undated graph is "static"): a node starts at the earliest of its `date`
// attribute and the dates of the documents that mention it; an edge at the
// earliest date of its evidence's documents, but not before either end. Only
// dates that begin YYYY-MM-DD count, cut to that.
//
// NetworkX reads GEXF 1.3 from version 3.6 on; older versions (Debian 12 has
// 2.8) find no <graph> until the 1.3 namespaces are added to
// networkx.readwrite.gexf.GEXF.versions, as tests/xml_readback.py does.
// Memory: nothing beyond the graph but the ids of xml_graph.h (a few bytes per
// node, 8 bytes per node and per selected edge), 4 bytes per node,
// and 16 per node when the graph is dated.
#pragma once

#include <cstdio>

#include "export/selection.h"
#include "graph/graph.h"

namespace kgraph {

// Streams the selection as GEXF 1.3 to `out` (used inside write_file_atomically).
void write_gexf(const Graph& graph, const Selection& selection, std::FILE* out);

}  // namespace kgraph

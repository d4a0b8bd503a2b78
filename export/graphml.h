// A selection as GraphML (graph -> GraphML text) that NetworkX, igraph, Gephi
// and TinkerPop read whole: our own streaming writer, because Boost's
// write_graphml rounds doubles to 6 digits, writes booleans as 1/0 and lets
// control characters through.
//
// What the file holds: every <key> before <graph edgedefault="directed">, each
// with for, attr.name and a standard attr.type; node keys label (the name),
// type and labelV (the node type; labelV for TinkerPop), aliases (joined by
// "; "), r, g, b (the node type's colour, ints Gephi reads), then one key per
// node attribute (value_usd double, quantity long, see xml_graph.h); edge keys
// label, type and labelE (the edge type), weight (the confidence, 0.5 when
// unknown), confidence (only when known), evidence (one sentence per line),
// docs (the evidence's document ids, "; "). <edge> also carries the edge type
// as its label XML attribute. Ids are the kgraph ids where usable (xml_ids in
// xml_graph.h); no key is named id, since igraph would then drop the ids.
// Numbers are written in round-trip form, text as xml_text.h cleans it.
// Memory: nothing beyond the graph but the ids of xml_graph.h (a few bytes per
// node, 8 bytes per node and per selected edge).
#pragma once

#include <cstdio>

#include "export/selection.h"
#include "graph/graph.h"

namespace kgraph {

// Streams the selection as GraphML to `out` (used inside write_file_atomically
// from graph/atomic_file.h).
void write_graphml(const Graph& graph, const Selection& selection, std::FILE* out);

}  // namespace kgraph

// JSON results of queries (`kgraph path --json`, `kgraph neighbors --json`),
// written with RapidJSON. Node and edge objects use the graph file's field
// names, so a script reading both sees one vocabulary.
#pragma once

#include <string>
#include <vector>

#include "graph/graph.h"
#include "graph/neighbors.h"
#include "graph/paths.h"

namespace kgraph {

// {"from": ID, "to": ID, "paths": [{"length": HOPS, "nodes": [{"id","name","type"}...],
//  "edges": [{"id","type","source","target","confidence","evidence"}...]}]}
std::string paths_json(const Graph& graph, Graph::Vertex from, Graph::Vertex to, const std::vector<Path>& paths);

// {"node": {"id","name","type"}, "neighbors": [{"id","name","type","distance","edge"}...]}
std::string neighbors_json(const Graph& graph, Graph::Vertex start, const std::vector<Neighbor>& neighbors);

}  // namespace kgraph

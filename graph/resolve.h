// Finding the node a user means by a name typed on the command line.
// Order of tries: exact id; folded name or alias (fold.h); a whole word of a
// folded name or alias (a surname: "Tokayev"); a prefix; a close spelling
// (small edit distance on folded names). The first try that matches anything
// decides; of several matches, the only one that is not a deal is taken
// (deals are named after their parties).
#pragma once

#include <string_view>
#include <vector>

#include "graph/graph.h"

namespace kgraph {

struct Resolution {
  enum class Outcome { kFound, kAmbiguous, kUnknown };
  Outcome outcome = Outcome::kUnknown;
  Graph::Vertex vertex = 0;                 // kFound: the node
  std::vector<Graph::Vertex> candidates = {};  // kAmbiguous: every match; kUnknown: the nearest names (at most 5)
};

Resolution resolve_name(const Graph& graph, std::string_view query);

// For commands: the node, or an Error (exit 2) whose one line lists the
// candidates with their types ("ambiguous name \"Li\": Li Qiang (leader), Li Auto (firm)",
// at most 10, then "and 12 more")
// or the nearest names ("unknown name \"Tokaev\"; did you mean Tokayev (leader)?").
Graph::Vertex resolve_or_throw(const Graph& graph, std::string_view query);

}  // namespace kgraph

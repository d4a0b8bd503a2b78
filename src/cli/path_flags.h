// The options of a path query on the command line, shared by `kgraph path`
// and `kgraph export --path` so that both read them the same way.
#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"
#include "graph/paths.h"

namespace kgraph {

struct PathFlags {
  std::size_t k = 1;
  std::optional<std::size_t> max_hops;
  std::vector<std::string> via, through, avoid;
  bool reliable = false, directed = false;
};

// Registers -k, --max-hops, --via, --through, --avoid, --reliable, --directed.
void add_path_flags(CLI::App& sub, PathFlags& flags);

// The query the flags ask for; --avoid names are resolved in `graph` (an
// unknown or ambiguous one throws, as resolve_or_throw does).
PathQuery path_query(const Graph& graph, const PathFlags& flags);

// Node type names as typed after `option` ("--through", "--types"); an
// unknown one throws Error listing the types there are.
std::vector<NodeType> parse_node_types(const std::vector<std::string>& names, std::string_view option);

}  // namespace kgraph
